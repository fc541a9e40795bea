"""The :class:`Workspace`: one ``*.policy`` SQLite file per document.

It holds the draft (saved continuously by the editor) and immutable versions
with their status and fingerprint; the history log, review acknowledgements,
settings and the connection itself come from :mod:`.session`. Every change is
one SQLite transaction in rollback-journal mode, so a crash or a kill at any
moment leaves either the old or the new state, and a closed file is
self-contained (no ``-wal`` beside it).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy
from policyeditor.core.workspace import connection, integrity, locking, schema
from policyeditor.core.workspace.errors import (
    DamagedWorkspace,
    DuplicateLabel,
    InvalidLabel,
    PublishRefused,
    VersionImmutable,
    VersionNotFound,
    WorkspaceError,
    WorkspaceExists,
)
from policyeditor.core.workspace.records import VersionInfo, utc_now
from policyeditor.core.workspace.serialize import (
    DeltaBases,
    SectionRow,
    build,
    flatten,
    head_text,
)
from policyeditor.core.workspace.session import DraftCache, WorkspaceSession

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Flag

#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 5.0
_VERSION_COLUMNS = "label, status, author, created, note, fingerprint, notice"


class Workspace(WorkspaceSession):
    """An open workspace file. Use :meth:`create` or :meth:`open`."""

    # -- opening and closing ----------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], policy: Policy, *,
               exclusive: bool = False) -> Workspace:
        """Write a new workspace holding ``policy`` as its draft.

        The file is built under a temporary name and linked into place only when
        complete, so there is never a half-written workspace, and an existing
        file is never overwritten.
        """
        target = Path(path)
        if target.exists() or target.is_symlink():
            raise WorkspaceExists(str(target))
        if not target.parent.is_dir():
            raise WorkspaceError("workspace.no-folder", path=str(target))
        temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            db = connection.connect_new(temp)
            try:
                db.execute("PRAGMA journal_mode = DELETE")
                # A document file has ~20 tables and indexes of at least one page
                # each, so small pages keep small workspaces small, while texts of
                # a few hundred bytes pack badly into 1 KiB pages. Measured with
                # benchmarks/bench_workspace.py (Spotify ratio / 1 MB handbook):
                # 1 KiB 0.074x / 1001 KiB, 2 KiB 0.083x / 752 KiB, 4 KiB 0.100x /
                # 764 KiB.
                db.execute("PRAGMA page_size = 2048")
                db.execute("BEGIN IMMEDIATE")
                schema.create_baseline(db)
                schema.migrate(db)
                now = utc_now()
                db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [
                    ("format", "policyeditor-workspace"),
                    ("workspace_id", uuid.uuid4().hex),
                    ("created", now),
                    ("text_hash", "sha256"),
                ])
                ws = cls(temp, db, readonly=False)
                ws._write_draft(policy, None)
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise WorkspaceError("workspace.cannot-create", path=str(target),
                                     detail=str(exc)) from exc
            finally:
                db.close()
            try:
                os.link(temp, target)
            except FileExistsError as exc:
                raise WorkspaceExists(str(target)) from exc
            except OSError:  # no hard links on this filesystem
                if target.exists():
                    raise WorkspaceExists(str(target)) from None
                os.replace(temp, target)
            _sync_folder(target.parent)
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                leftover.unlink(missing_ok=True)
        return cls.open(target, exclusive=exclusive)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False,
             exclusive: bool = False, timeout: float = BUSY_TIMEOUT) -> Workspace:
        """Open an existing workspace.

        A foreign, damaged or newer file is refused with a typed error and not
        written to: it is inspected with plain reads and a read-only connection
        before any writable connection exists. An older schema is migrated (in
        memory only when ``readonly``). ``exclusive`` (the editor) also takes
        the "open for editing" marker and raises :class:`WorkspaceInUse` naming
        the holder if another live editor has it.
        """
        if exclusive and readonly:
            raise ValueError("an exclusive open must be writable")
        target = Path(path)
        version = integrity.inspect_header(target)
        probe = connection.connect_readonly(target, timeout)
        try:
            integrity.validate(probe, target, version)
        except BaseException:
            probe.close()
            raise
        if readonly:
            db = probe
            if version < schema.SCHEMA_VERSION:
                db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                probe.backup(db)
                probe.close()
                connection.migrate_file(db, target)
        else:
            probe.close()
            db = connection.connect(target, timeout)
            if version < schema.SCHEMA_VERSION:
                connection.migrate_file(db, target)
        ws = cls(target, db, readonly=readonly)
        if exclusive:
            try:
                ws._take_editor_marker()
            except BaseException:
                db.close()
                raise
        return ws

    def __enter__(self) -> Workspace:
        return self

    # -- draft ---------------------------------------------------------------
    def load_draft(self) -> Policy:
        """The current draft (ids preserved)."""
        with self._read():
            return self._load_draft()

    def save_draft(self, policy: Policy) -> None:
        """Store ``policy`` as the draft; only changed sections are written.

        Nothing is written at all when the policy equals the draft this object
        last saved or loaded and no other process has written since. Refused
        with :class:`WorkspaceInUse` while another live editor has the
        workspace open (the draft is that editor's).
        """
        head, rows = head_text(policy), flatten(policy)
        with self._mutex:
            cache = self._draft
            if (cache is not None and cache.head == head and cache.preamble == policy.preamble
                    and cache.rows == rows and not self.readonly
                    and self._current_data_version() == self._data_version):
                return
            with self._write() as db:
                self._refuse_if_edited_elsewhere(db)
                found = db.execute("SELECT revision FROM draft").fetchone()
                self._write_draft(policy, None if found is None else int(found[0]), head, rows)
                if self._exclusive:
                    locking.refresh(db, self._token)

    def replace_draft(self, policy: Policy, *, author: str = "", detail: str = "",
                      kind: str = "import") -> None:
        """Replace the draft (an imported revision) and log it, in one transaction.

        The caller matches section ids first (``idmatch.carry_over_ids``) so
        history and review state follow the sections. Refused with
        :class:`WorkspaceInUse` while another live editor has the file open.
        """
        with self._write() as db:
            self._refuse_if_edited_elsewhere(db)
            found = db.execute("SELECT revision FROM draft").fetchone()
            self._write_draft(policy, None if found is None else int(found[0]))
            self._log(db, kind, None, author, detail)

    def _load_draft(self) -> Policy:
        row = self._db.execute(
            "SELECT revision, head_blob, preamble_blob FROM draft WHERE id = 1").fetchone()
        if row is None:
            raise DamagedWorkspace(str(self.path), ["the draft is missing"])
        head, preamble = self._texts.get(int(row[1])), self._texts.get(int(row[2]))
        rows = self._texts.rows("draft_sections", "1", ())
        ids = [tuple(int(v) for v in r) for r in self._db.execute(
            "SELECT key_id, depth, heading_blob, body_blob FROM draft_sections ORDER BY ord")]
        self._draft = DraftCache(int(row[0]), head, preamble, rows, ids)  # type: ignore[arg-type]
        if not self.readonly:
            self._data_version = self._current_data_version()
        return build(head, preamble, rows)

    def _write_draft(self, policy: Policy, revision: int | None, head: str | None = None,
                     rows: list[SectionRow] | None = None) -> None:
        """Write the draft inside the caller's transaction, touching changed rows only.

        ``revision`` is the draft's revision in the file; when it is not the one
        this object last saw, another connection wrote the draft and every row
        is rewritten instead of patched. The draft keeps no fingerprint: an
        autosave would spend most of its time computing it, and its texts are
        verified by their hashes anyway.
        """
        db, texts = self._db, self._texts
        head = head_text(policy) if head is None else head
        rows = flatten(policy) if rows is None else rows
        cache = self._draft
        if cache is None or revision is None or cache.revision != revision:
            old_rows: list[SectionRow] = []
            old_ids: list[tuple[int, int, int, int]] = []
            db.execute("DELETE FROM draft_sections")
        else:
            old_rows, old_ids = cache.rows, cache.row_ids
        bases = DeltaBases(db)
        new_ids: list[tuple[int, int, int, int]] = []
        for index, row in enumerate(rows):
            if index < len(old_rows) and old_rows[index] == row:
                new_ids.append(old_ids[index])
                continue
            ids = (texts.key_id(row.sid), row.depth, texts.put(row.heading),
                   texts.put(row.body, bases.body(row)))
            if index >= len(old_ids) or old_ids[index] != ids:
                db.execute("INSERT OR REPLACE INTO draft_sections(ord, key_id, depth, "
                           "heading_blob, body_blob) VALUES (?, ?, ?, ?, ?)", (index, *ids))
            new_ids.append(ids)
        if len(old_ids) > len(rows):
            db.execute("DELETE FROM draft_sections WHERE ord >= ?", (len(rows),))
        new_revision = (revision or 0) + 1
        db.execute(
            "INSERT OR REPLACE INTO draft(id, revision, head_blob, preamble_blob, fingerprint, "
            "updated) VALUES (1, ?, ?, ?, ?, ?)",
            (new_revision, texts.put(head), texts.put(policy.preamble, bases.preamble), "",
             utc_now()),
        )
        self._draft = DraftCache(new_revision, head, policy.preamble, rows, new_ids)

    # -- versions --------------------------------------------------------------
    def save_version(self, label: str, *, note: str = "", author: str = "",
                     policy: Policy | None = None) -> VersionInfo:
        """Snapshot ``policy`` (default: the current draft) as a new version."""
        _check_label(label)
        with self._write() as db:
            if db.execute("SELECT 1 FROM versions WHERE label = ?", (label,)).fetchone():
                raise DuplicateLabel(label)
            if policy is None:
                policy = self._load_draft()
            bases = DeltaBases(db)
            texts = self._texts
            rows = [(texts.key_id(r.sid), r.depth, texts.put(r.heading),
                     texts.put(r.body, bases.body(r))) for r in flatten(policy)]
            created = utc_now()
            cursor = db.execute(
                "INSERT INTO versions(label, status, author, created, note, fingerprint, "
                "head_blob, preamble_blob) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?)",
                (label, author, created, note, fingerprint(policy),
                 texts.put(head_text(policy)), texts.put(policy.preamble, bases.preamble)),
            )
            version_id = cursor.lastrowid
            db.executemany(
                "INSERT INTO version_sections(version_id, ord, key_id, depth, heading_blob, "
                "body_blob) VALUES (?, ?, ?, ?, ?, ?)",
                [(version_id, index, *ids) for index, ids in enumerate(rows)],
            )
            self._log(db, "save-version", label, author, note)
            return self._version_info(db, label)

    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first."""
        with self._read() as db:
            return [VersionInfo(*r) for r in db.execute(
                f"SELECT {_VERSION_COLUMNS} FROM versions ORDER BY id").fetchall()]

    def version(self, label: str) -> VersionInfo:
        """The version with this label (:class:`VersionNotFound` if none)."""
        with self._read() as db:
            return self._version_info(db, label)

    def load_version(self, label: str) -> Policy:
        """The content of a version, ids preserved."""
        with self._read() as db:
            row = db.execute("SELECT id, head_blob, preamble_blob FROM versions "
                             "WHERE label = ?", (label,)).fetchone()
            if row is None:
                raise VersionNotFound(label)
            return build(self._texts.get(int(row[1])), self._texts.get(int(row[2])),
                         self._texts.rows("version_sections", "s.version_id = ?", (row[0],)))

    def approve(self, label: str, *, author: str = "") -> VersionInfo:
        """Move a version from draft to approved."""
        return self._set_status(label, "approved", author, None)

    def publish(self, label: str, *, author: str = "", override_reason: str | None = None,
                rule_files: Sequence[Path] = ()) -> VersionInfo:
        """Publish a version: from now on nothing can change or delete it.

        The publish gate holds here, so no caller can skip it: while
        :meth:`open_high_flags` (with the user's ``rule_files``) finds any, the
        version is refused with :class:`PublishRefused` unless a non-empty
        ``override_reason`` is given; a reason is recorded in the log
        (``override``). The content is re-verified against its fingerprint first.
        """
        reason = (override_reason or "").strip() or None  # a blank reason is no reason
        return self._set_status(label, "published", author, reason, rule_files)

    def open_high_flags(self, label: str, *, rule_files: Sequence[Path] = ()) -> list[Flag]:
        """High-severity flags since ``label``'s review base (``gate.review_base``), unsigned."""
        # imported here: opening a workspace (every verb, the editor) needs no flag rules
        from policyeditor.core.review import gate

        with self._read():
            versions = self.versions()
            if all(info.label != label for info in versions):
                raise VersionNotFound(label)
            base, _published = gate.review_base(versions, label)
            if base is None:
                return []
            return gate.open_high_flags(self.load_version(base), self.load_version(label),
                                        self.acknowledgements(), rule_files=rule_files)

    def _set_status(self, label: str, status: str, author: str, override_reason: str | None,
                    rule_files: Sequence[Path] = ()) -> VersionInfo:
        # one transaction: the gate judges exactly the versions and sign-offs it publishes
        with self._write() as db:
            info = self._version_info(db, label)
            if info.status == "published":
                raise VersionImmutable(label, "version.published")
            if info.status == status:  # only "approved" can be asked for twice
                raise VersionImmutable(label, "version.already-approved")
            if status == "published":
                if fingerprint(self.load_version(label)) != info.fingerprint:
                    raise DamagedWorkspace(str(self.path),
                                           [f"version {label} does not match its fingerprint"])
                blocking = self.open_high_flags(label, rule_files=rule_files)
                if blocking and not override_reason:
                    raise PublishRefused(label, blocking, versions=self.versions())
            if override_reason:
                self._log(db, "override", label, author, override_reason)
            try:
                db.execute("UPDATE versions SET status = ? WHERE label = ?", (status, label))
            except sqlite3.IntegrityError as exc:
                raise VersionImmutable(label, "version.immutable", str(exc)) from exc
            self._log(db, "approve" if status == "approved" else "publish", label, author, "")
            return self._version_info(db, label)

    def set_version_notice(self, label: str, text: str) -> None:
        """Set the release notice ("What has changed"); refused once published."""
        with self._write() as db:
            info = self._version_info(db, label)
            if info.status == "published":
                raise VersionImmutable(label, "version.published")
            db.execute("UPDATE versions SET notice = ? WHERE label = ?", (text, label))

    def _version_info(self, db: sqlite3.Connection, label: str) -> VersionInfo:
        row = db.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE label = ?",
                         (label,)).fetchone()
        if row is None:
            raise VersionNotFound(label)
        return VersionInfo(*row)


def _sync_folder(folder: Path) -> None:
    """Make the new directory entry durable (POSIX; a no-op where unsupported)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _check_label(label: str) -> None:
    if not isinstance(label, str) or not label.strip() or "\n" in label or "\r" in label:
        raise InvalidLabel(str(label))


