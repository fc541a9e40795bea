"""The :class:`Workspace`: one ``*.policy`` SQLite file per document.

It holds the draft (saved continuously by the editor), immutable versions with
their status and fingerprint, the history log, review acknowledgements and
per-document settings. Every change is one SQLite transaction in rollback-
journal mode, so a crash or a kill at any moment leaves either the old or the
new state, and a closed file is self-contained (no ``-wal`` beside it).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy
from policyeditor.core.workspace import integrity, locking, schema
from policyeditor.core.workspace.errors import (
    DamagedWorkspace,
    DuplicateLabel,
    InvalidLabel,
    ReadOnlyWorkspace,
    VersionImmutable,
    VersionNotFound,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceInUse,
)
from policyeditor.core.workspace.records import (
    Acknowledgement,
    VersionInfo,
    WorkspaceEvent,
    utc_now,
)
from policyeditor.core.workspace.serialize import (
    CorruptText,
    SectionRow,
    TextStore,
    build,
    flatten,
    head_text,
    text_hash,
)

#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 5.0
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (primary codes)
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14
_VERSION_COLUMNS = "label, status, author, created, note, fingerprint, notice"


@dataclass
class _DraftCache:
    """What this connection last wrote or read as the draft (for cheap saves)."""

    revision: int
    head: str
    preamble: str
    rows: list[SectionRow]
    row_ids: list[tuple[int, int, int, int]]


class Workspace:
    """An open workspace file. Use :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, db: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self._db = db
        self._texts = TextStore(db)
        self._mutex = threading.RLock()
        self._token = uuid.uuid4().hex
        self._exclusive = False
        self._wrote = False
        self._draft: _DraftCache | None = None
        self._data_version = -1
        self._closed = False

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
            raise WorkspaceError(f"{target}: cannot create, the folder does not exist")
        temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            db = _connect_new(temp)
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
                ws._write_draft(policy, revision=None)
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise WorkspaceError(f"{target}: cannot create the workspace ({exc})") from exc
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
        probe = _connect_readonly(target, timeout)
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
                _migrate(db, target)
        else:
            probe.close()
            db = _connect(target, timeout)
            if version < schema.SCHEMA_VERSION:
                _migrate(db, target)
        ws = cls(target, db, readonly=readonly)
        if exclusive:
            try:
                ws._take_editor_marker()
            except BaseException:
                db.close()
                raise
        return ws

    def close(self) -> None:
        """Release the editing marker, drop unused texts, close the file."""
        with self._mutex:
            if self._closed:
                return
            try:
                if not self.readonly:
                    self._tidy()
            finally:
                self._db.close()
                self._closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- transactions -------------------------------------------------------
    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite and decoding failures into typed workspace errors."""
        try:
            yield
        except CorruptText as exc:
            raise DamagedWorkspace(str(self.path), [str(exc)]) from exc
        except sqlite3.Error as exc:
            raise _typed(self.path, exc) from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front so it never deadlocks."""
        if self.readonly:
            raise ReadOnlyWorkspace(str(self.path))
        with self._mutex, self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                self._draft = None  # the cache may describe rolled-back rows
                raise
            self._wrote = True
            self._data_version = self._current_data_version()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for multi-query reads."""
        with self._mutex, self._guard():
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                if self._db.in_transaction:
                    self._db.execute("COMMIT")

    def _current_data_version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    # -- draft ---------------------------------------------------------------
    def load_draft(self) -> Policy:
        """The current draft (ids preserved)."""
        with self._read():
            return self._load_draft()

    def save_draft(self, policy: Policy) -> None:
        """Store ``policy`` as the draft; only changed sections are written.

        Nothing is written at all when the policy equals the draft this object
        last saved or loaded and no other process has written since.
        """
        head, rows = head_text(policy), flatten(policy)
        with self._mutex:
            cache = self._draft
            if (cache is not None and cache.head == head and cache.preamble == policy.preamble
                    and cache.rows == rows and not self.readonly
                    and self._current_data_version() == self._data_version):
                return
            with self._write() as db:
                found = db.execute("SELECT revision FROM draft").fetchone()
                self._write_draft(policy, revision=None if found is None else int(found[0]))
                if self._exclusive:
                    locking.refresh(db, self._token)

    def replace_draft(self, policy: Policy, *, author: str = "", detail: str = "",
                      kind: str = "import") -> None:
        """Replace the draft (an imported revision) and log it, in one transaction.

        The caller matches section ids first (``idmatch.carry_over_ids``) so
        history and review state follow the sections.
        """
        with self._write() as db:
            found = db.execute("SELECT revision FROM draft").fetchone()
            self._write_draft(policy, revision=None if found is None else int(found[0]))
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
        self._draft = _DraftCache(int(row[0]), head, preamble, rows, ids)  # type: ignore[arg-type]
        if not self.readonly:
            self._data_version = self._current_data_version()
        return build(head, preamble, rows)

    def _write_draft(self, policy: Policy, revision: int | None) -> None:
        """Write the draft inside the caller's transaction, touching changed rows only."""
        db, texts = self._db, self._texts
        head, rows = head_text(policy), flatten(policy)
        cache = self._draft
        if cache is None or revision is None or cache.revision != revision:
            old_rows: list[SectionRow] = []
            old_ids: list[tuple[int, int, int, int]] = []
            db.execute("DELETE FROM draft_sections")
        else:
            old_rows, old_ids = cache.rows, cache.row_ids
        bases = _Bases(db)
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
            (new_revision, texts.put(head), texts.put(policy.preamble, bases.preamble()),
             fingerprint(policy), utc_now()),
        )
        self._draft = _DraftCache(new_revision, head, policy.preamble, rows, new_ids)

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
            bases = _Bases(db)
            texts = self._texts
            rows = [(texts.key_id(r.sid), r.depth, texts.put(r.heading),
                     texts.put(r.body, bases.body(r))) for r in flatten(policy)]
            created = utc_now()
            cursor = db.execute(
                "INSERT INTO versions(label, status, author, created, note, fingerprint, "
                "head_blob, preamble_blob) VALUES (?, 'draft', ?, ?, ?, ?, ?, ?)",
                (label, author, created, note, fingerprint(policy),
                 texts.put(head_text(policy)), texts.put(policy.preamble, bases.preamble())),
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

    def publish(self, label: str, *, author: str = "",
                override_reason: str | None = None) -> VersionInfo:
        """Publish a version: from now on nothing can change or delete it.

        The content is re-verified against its fingerprint first; an override
        reason (publishing despite open review flags) is recorded in the log.
        """
        return self._set_status(label, "published", author, override_reason)

    def _set_status(self, label: str, status: str, author: str,
                    override_reason: str | None) -> VersionInfo:
        with self._write() as db:
            info = self._version_info(db, label)
            if info.status == "published":
                raise VersionImmutable(label, "it is already published")
            if info.status == status:
                raise VersionImmutable(label, f"it is already {status}")
            if status == "published":
                row = db.execute("SELECT id, head_blob, preamble_blob FROM versions "
                                 "WHERE label = ?", (label,)).fetchone()
                content = build(self._texts.get(int(row[1])), self._texts.get(int(row[2])),
                                self._texts.rows("version_sections", "s.version_id = ?",
                                                 (row[0],)))
                if fingerprint(content) != info.fingerprint:
                    raise DamagedWorkspace(str(self.path),
                                           [f"version {label} does not match its fingerprint"])
            if override_reason is not None:
                self._log(db, "override", label, author, override_reason)
            try:
                db.execute("UPDATE versions SET status = ? WHERE label = ?", (status, label))
            except sqlite3.IntegrityError as exc:
                raise VersionImmutable(label, str(exc)) from exc
            self._log(db, "approve" if status == "approved" else "publish", label, author, "")
            return self._version_info(db, label)

    def set_version_notice(self, label: str, text: str) -> None:
        """Set the release notice ("What has changed"); refused once published."""
        with self._write() as db:
            info = self._version_info(db, label)
            if info.status == "published":
                raise VersionImmutable(label, "it is published")
            db.execute("UPDATE versions SET notice = ? WHERE label = ?", (text, label))

    def _version_info(self, db: sqlite3.Connection, label: str) -> VersionInfo:
        row = db.execute(f"SELECT {_VERSION_COLUMNS} FROM versions WHERE label = ?",
                         (label,)).fetchone()
        if row is None:
            raise VersionNotFound(label)
        return VersionInfo(*row)

    # -- log, reviews, settings ----------------------------------------------
    def events(self) -> list[WorkspaceEvent]:
        """The history log, oldest first."""
        with self._read() as db:
            return [WorkspaceEvent(*r) for r in db.execute(
                "SELECT kind, label, author, created, detail FROM events ORDER BY id")]

    def record_event(self, kind: str, *, label: str | None = None, author: str = "",
                     detail: str = "") -> None:
        """Append an entry to the history log (e.g. ``import``)."""
        with self._write() as db:
            self._log(db, kind, label, author, detail)

    def _log(self, db: sqlite3.Connection, kind: str, label: str | None, author: str,
             detail: str) -> None:
        db.execute("INSERT INTO events(kind, label, author, created, detail) "
                   "VALUES (?, ?, ?, ?, ?)", (kind, label, author, utc_now(), detail))

    def acknowledge(self, flag_key: str, *, section_id: str, content_hash: str, rule: str,
                    reviewer: str, comment: str = "") -> Acknowledgement:
        """Record that a reviewer acknowledged a flag (append-only)."""
        created = utc_now()
        with self._write() as db:
            db.execute(
                "INSERT INTO acknowledgements(flag_key, section_id, content_hash, rule, "
                "reviewer, comment, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (flag_key, section_id, content_hash, rule, reviewer, comment, created))
        return Acknowledgement(flag_key, section_id, content_hash, rule, reviewer, comment,
                               created)

    def acknowledgements(self) -> list[Acknowledgement]:
        """Every acknowledgement, oldest first."""
        with self._read() as db:
            return [Acknowledgement(*r) for r in db.execute(
                "SELECT flag_key, section_id, content_hash, rule, reviewer, comment, created "
                "FROM acknowledgements ORDER BY id")]

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A per-document setting."""
        with self._read() as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        """Store a per-document setting."""
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                       (key, str(value)))

    # -- integrity and upkeep ----------------------------------------------
    def check(self) -> list[str]:
        """Problems found (empty means sound): SQLite integrity, every fingerprint."""
        with self._read() as db:
            return integrity.run_check(db, TextStore(db))

    def heartbeat(self) -> None:
        """Refresh the editing marker (call about every minute while open)."""
        if self._exclusive:
            with self._write() as db:
                locking.refresh(db, self._token)

    def _take_editor_marker(self) -> None:
        with self._write() as db:
            holder = locking.acquire(db, self._token, utc_now())
        if holder is not None:
            raise WorkspaceInUse(str(self.path), pid=holder.pid, host=holder.host,
                                 user=holder.user, since=holder.since)
        self._exclusive = True

    def _tidy(self) -> None:
        """On close: drop our marker and texts nothing refers to; compact if worth it."""
        if not (self._wrote or self._exclusive):
            return
        try:
            with self._write() as db:
                if self._exclusive:
                    locking.release(db, self._token)
                _collect_garbage(db)
            pages = int(self._db.execute("PRAGMA page_count").fetchone()[0])
            free = int(self._db.execute("PRAGMA freelist_count").fetchone()[0])
            if free > 16 and free * 4 > pages:
                self._db.execute("VACUUM")
        except (WorkspaceError, sqlite3.OperationalError):
            pass  # busy or damaged: tidying is optional, the data is already safe


class _Bases:
    """Likely similar stored texts (latest version) to delta-compress against."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._by_sid: dict[str, int] | None = None
        self._by_heading: dict[str, int] = {}

    def _load(self) -> dict[str, int]:
        if self._by_sid is None:
            self._by_sid = {}
            for sid, heading, body in self._db.execute(
                "SELECT k.sid, h.hash, s.body_blob FROM version_sections s "
                "JOIN section_keys k ON k.id = s.key_id JOIN blobs h ON h.id = s.heading_blob "
                "WHERE s.version_id = (SELECT max(id) FROM versions)"):
                self._by_sid[str(sid)] = int(body)
                self._by_heading[bytes(heading).hex()] = int(body)
        return self._by_sid

    def body(self, row: SectionRow) -> int | None:
        by_sid = self._load()
        if row.sid in by_sid:
            return by_sid[row.sid]
        return self._by_heading.get(text_hash(row.heading).hex())

    def preamble(self) -> int | None:
        row = self._db.execute(
            "SELECT preamble_blob FROM versions ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else int(row[0])


def _collect_garbage(db: sqlite3.Connection) -> None:
    """Delete texts and section ids that neither the draft nor any version uses."""
    while True:
        deleted = db.execute(
            "DELETE FROM blobs WHERE id NOT IN ("
            "SELECT heading_blob FROM version_sections UNION SELECT body_blob FROM "
            "version_sections UNION SELECT head_blob FROM versions UNION SELECT preamble_blob "
            "FROM versions UNION SELECT head_blob FROM draft UNION SELECT preamble_blob FROM "
            "draft UNION SELECT heading_blob FROM draft_sections UNION SELECT body_blob FROM "
            "draft_sections UNION SELECT base FROM blobs WHERE base IS NOT NULL)").rowcount
        if deleted <= 0:
            break
    db.execute("DELETE FROM section_keys WHERE id NOT IN (SELECT key_id FROM "
               "version_sections UNION SELECT key_id FROM draft_sections)")


def _typed(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """The workspace error for an SQLite failure (by its primary result code)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in _BUSY_CODES:
        return WorkspaceInUse(str(path))
    if code in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN):
        return ReadOnlyWorkspace(str(path))
    if code in (_SQLITE_IOERR, _SQLITE_FULL):
        return WorkspaceError(f"{path}: could not be written ({exc}); nothing was changed")
    if isinstance(exc, sqlite3.IntegrityError):
        return WorkspaceError(f"{path}: the workspace refused the change ({exc})")
    return DamagedWorkspace(str(path), [str(exc)])


def _check_label(label: str) -> None:
    if not isinstance(label, str) or not label.strip() or "\n" in label or "\r" in label:
        raise InvalidLabel(str(label))


def _connect_new(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path.parent}: cannot create a workspace here ({exc})") from exc


def _connect(path: Path, timeout: float) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    return db


def _connect_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that cannot write; first rolls back a crashed writer's journal.

    A process killed mid-transaction leaves a "hot" journal that only a writable
    connection may roll back. The header has already been recognised as ours,
    so restoring our own file's last committed state is safe.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    for _attempt in range(2):
        db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as exc:
            db.close()
            if getattr(exc, "sqlite_errorcode", 0) != 776:  # SQLITE_READONLY_ROLLBACK
                raise _typed(path, exc) from exc
            try:
                recover = sqlite3.connect(path, timeout=timeout)
                try:
                    recover.execute("SELECT count(*) FROM sqlite_master").fetchone()
                finally:
                    recover.close()
            except sqlite3.Error as failure:
                raise _typed(path, failure) from failure
        except sqlite3.DatabaseError as exc:
            db.close()
            raise DamagedWorkspace(str(path), [str(exc)]) from exc
    raise WorkspaceInUse(str(path))


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    try:
        db.execute("BEGIN IMMEDIATE")
        schema.migrate(db)
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        db.close()
        raise _typed(path, exc) from exc


