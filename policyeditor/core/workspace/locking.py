"""The "open for editing" marker that keeps two editors off one workspace.

SQLite's own locks keep concurrent writers from corrupting the file, but they
last one transaction only; an editor keeps a document open for hours. The
editor therefore writes a marker row (pid, host, user, heartbeat) when it opens
a workspace exclusively and removes it when it closes. A marker is *stale* (and
taken over) when its process is gone on this host, or when its heartbeat has
not been refreshed for :data:`STALE_AFTER` seconds (a crashed editor on another
machine sharing the file). An editor calls ``Workspace.heartbeat()`` about every
:data:`HEARTBEAT_INTERVAL` seconds; every ``save_draft`` refreshes it too.
"""

from __future__ import annotations

import getpass
import os
import socket
import sqlite3
import sys
import time
from dataclasses import dataclass

HEARTBEAT_INTERVAL = 60.0
STALE_AFTER = 300.0

# Tokens of the markers this process holds right now. A marker with our pid
# but a token not in here was left by a workspace we closed without being able
# to remove it (the file was busy at that moment): it is stale, not "in use".
_LIVE_TOKENS: set[str] = set()


@dataclass(frozen=True)
class LockHolder:
    """Who holds the editing marker."""

    token: str
    pid: int
    host: str
    user: str
    since: str
    heartbeat: float


def this_host() -> str:
    """Name of this machine as recorded in markers."""
    return socket.gethostname()


def this_user() -> str:
    """Login name, or empty when the platform cannot tell."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    if sys.platform != "win32":  # narrows the platform for type checkers
        return False
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def is_stale(holder: LockHolder, now: float | None = None) -> bool:
    """A marker left by a dead process here, or not refreshed for a long time."""
    now = time.time() if now is None else now
    if holder.host == this_host():
        if holder.pid == os.getpid():
            return holder.token not in _LIVE_TOKENS
        if not pid_alive(holder.pid):
            return True
    return now - holder.heartbeat > STALE_AFTER


def current_holder(db: sqlite3.Connection) -> LockHolder | None:
    """The marker row, if any."""
    row = db.execute(
        "SELECT token, pid, host, user, since, heartbeat FROM editor_lock WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return LockHolder(str(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]),
                      float(row[5]))


def acquire(db: sqlite3.Connection, token: str, since: str) -> LockHolder | None:
    """Take the marker (caller holds a write transaction).

    Returns None on success, or the live holder that prevents it.
    """
    holder = current_holder(db)
    if holder is not None and holder.token != token and not is_stale(holder):
        return holder
    db.execute(
        "INSERT OR REPLACE INTO editor_lock(id, token, pid, host, user, since, heartbeat) "
        "VALUES (1, ?, ?, ?, ?, ?, ?)",
        (token, os.getpid(), this_host(), this_user(), since, time.time()),
    )
    _LIVE_TOKENS.add(token)
    return None


def refresh(db: sqlite3.Connection, token: str) -> None:
    """Move our marker's heartbeat to now (no-op if we do not hold it)."""
    db.execute("UPDATE editor_lock SET heartbeat = ? WHERE id = 1 AND token = ?",
               (time.time(), token))


def release(db: sqlite3.Connection, token: str) -> None:
    """Remove our marker (a marker taken over by someone else is left alone)."""
    forget(token)
    db.execute("DELETE FROM editor_lock WHERE id = 1 AND token = ?", (token,))


def forget(token: str) -> None:
    """This process no longer holds the marker ``token`` (even if its row remains)."""
    _LIVE_TOKENS.discard(token)
