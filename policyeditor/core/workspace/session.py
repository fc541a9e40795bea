"""The connection side of a workspace: transactions, log, reviews, settings, upkeep.

:class:`WorkspaceSession` owns the SQLite connection and turns every failure
into a typed error; :class:`~policyeditor.core.workspace.store.Workspace` adds
the document (draft and versions) on top. Every write is one ``BEGIN
IMMEDIATE`` transaction: the write lock is taken up front (waiting up to the
busy timeout), so two writers never deadlock and a reader never sees half a
change.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from policyeditor.core.workspace import connection, integrity, locking
from policyeditor.core.workspace.errors import (
    DamagedWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceInUse,
)
from policyeditor.core.workspace.records import Acknowledgement, WorkspaceEvent, utc_now
from policyeditor.core.workspace.serialize import (
    CorruptText,
    SectionRow,
    TextStore,
    collect_garbage,
)


@dataclass
class DraftCache:
    """What this connection last wrote or read as the draft (for cheap saves)."""

    revision: int
    head: str
    preamble: str
    rows: list[SectionRow]
    row_ids: list[tuple[int, int, int, int]]


class WorkspaceSession:
    """An open connection to a workspace file (base of ``Workspace``)."""

    def __init__(self, path: Path, db: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self._db = db
        self._texts = TextStore(db)
        self._mutex = threading.RLock()
        self._token = uuid.uuid4().hex
        self._exclusive = False
        self._wrote = False
        self._draft: DraftCache | None = None
        self._data_version = -1
        self._closed = False

    def close(self) -> None:
        """Release the editing marker, drop unused texts, close the file."""
        with self._mutex:
            if self._closed:
                return
            try:
                if not self.readonly:
                    self._tidy()
            finally:
                locking.forget(self._token)
                self._db.close()
                self._closed = True

    def __enter__(self) -> WorkspaceSession:
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
        except (CorruptText, UnicodeDecodeError) as exc:
            raise DamagedWorkspace(str(self.path), [str(exc)]) from exc
        except sqlite3.Error as exc:
            raise connection.as_workspace_error(self.path, exc) from exc

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
        """A consistent snapshot for multi-query reads (inside a write: that write's)."""
        with self._mutex, self._guard():
            if self._db.in_transaction:  # e.g. the publish gate reads what it publishes
                yield self._db
                return
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                if self._db.in_transaction:
                    self._db.execute("COMMIT")

    def _current_data_version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

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

    def dictionary_words(self) -> list[str]:
        """The workspace's own dictionary ("add to dictionary"), sorted."""
        with self._read() as db:
            # a read-only view of an older file has no such table yet (schema 3)
            if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'dictionary_words'"
                              ).fetchone():
                return []
            return [row[0] for row in db.execute("SELECT word FROM dictionary_words ORDER BY word")]

    def add_dictionary_word(self, word: str) -> None:
        """Accept ``word`` in this document's spelling from now on (idempotent)."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO dictionary_words(word, added) VALUES (?, ?)",
                       (word, utc_now()))

    def remove_dictionary_word(self, word: str) -> None:
        """Take ``word`` out of the workspace's dictionary again."""
        with self._write() as db:
            db.execute("DELETE FROM dictionary_words WHERE word = ?", (word,))

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

    def editor(self) -> locking.LockHolder | None:
        """Who has this workspace open for editing (None: nobody, or this object)."""
        with self._read() as db:
            holder = locking.current_holder(db)
        if holder is None or holder.token == self._token or locking.is_stale(holder):
            return None
        return holder

    def _refuse_if_edited_elsewhere(self, db: sqlite3.Connection) -> None:
        """The draft belongs to the editor that has the file open; others may not replace it."""
        holder = locking.current_holder(db)
        if holder is not None and holder.token != self._token and not locking.is_stale(holder):
            raise WorkspaceInUse(str(self.path), pid=holder.pid, host=holder.host,
                                 user=holder.user, since=holder.since)

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
                collect_garbage(db)
            pages = int(self._db.execute("PRAGMA page_count").fetchone()[0])
            free = int(self._db.execute("PRAGMA freelist_count").fetchone()[0])
            if free > 16 and free * 4 > pages:
                self._db.execute("VACUUM")
        except (WorkspaceError, sqlite3.OperationalError):
            pass  # busy or damaged: tidying is optional, the data is already safe
