"""Opening SQLite connections to a workspace file, and SQLite errors as typed errors.

Writable connections use the rollback journal (``journal_mode = DELETE``), not
WAL: a closed workspace is then one self-contained file to copy or e-mail, and
SQLite's journal still makes every transaction atomic across crashes.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from policyeditor.core.workspace import schema
from policyeditor.core.workspace.errors import (
    DamagedWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceInUse,
)

BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (primary codes)
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14


def as_workspace_error(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """The workspace error for an SQLite failure (by its primary result code)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in BUSY_CODES:
        return WorkspaceInUse(str(path))
    if code in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN):
        return ReadOnlyWorkspace(str(path))
    if code in (_SQLITE_IOERR, _SQLITE_FULL):
        # the errno lets the editor say "the disk is full" in the user's language
        os_errno = errno.ENOSPC if code == _SQLITE_FULL else errno.EIO
        return WorkspaceError("workspace.write-failed", path=str(path), detail=str(exc),
                              os_errno=os_errno)
    if isinstance(exc, sqlite3.IntegrityError):
        return WorkspaceError("workspace.change-refused", path=str(path), detail=str(exc))
    return DamagedWorkspace(str(path), [str(exc)])


def connect_new(path: Path) -> sqlite3.Connection:
    """A connection that creates ``path`` (a new workspace under a temporary name)."""
    try:
        return sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise WorkspaceError("workspace.folder-not-writable", path=str(path.parent),
                             detail=str(exc)) from exc


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A writable connection to an existing, already validated workspace."""
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    return db


def connect_readonly(path: Path, timeout: float) -> sqlite3.Connection:
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
                raise as_workspace_error(path, exc) from exc
            try:
                recover = sqlite3.connect(path, timeout=timeout)
                try:
                    recover.execute("SELECT count(*) FROM sqlite_master").fetchone()
                finally:
                    recover.close()
            except sqlite3.Error as failure:
                raise as_workspace_error(path, failure) from failure
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # a damaged schema can make even SQLite's error message invalid UTF-8
            db.close()
            raise DamagedWorkspace(str(path), [str(exc)]) from exc
    raise WorkspaceInUse(str(path))


def migrate_file(db: sqlite3.Connection, path: Path) -> None:
    """Upgrade an older schema in one transaction (all steps or none)."""
    try:
        db.execute("BEGIN IMMEDIATE")
        schema.migrate(db)
        db.execute("COMMIT")
    except sqlite3.Error as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        db.close()
        raise as_workspace_error(path, exc) from exc
