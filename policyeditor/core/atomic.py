"""Write files so that they are either complete or untouched.

A crash, a full disk or a kill while writing never leaves a half-written
output: data goes to a temporary file in the same folder, is flushed to disk,
and only then replaces the target in one rename.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def _final_mode(target: Path) -> int:
    """Keep an existing file's mode; a new file gets the usual 0666 minus umask.

    mkstemp creates 0600, which would make an exported page unreadable to a
    web server.
    """
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    For writers that insist on a file name (Qt's PDF writer, SQLite). A target
    that is a device or a pipe (``-o /dev/null``, ``-o /dev/stdout``) is
    written in place: renaming over it would replace the device with a file.
    A symbolic link is followed, so the file it points to is replaced and the
    link stays.
    """
    target = Path(target)
    if target.exists() and not target.is_file():
        yield target
        return
    target = target.resolve()
    import tempfile  # loaded on first write: printing to stdout never needs it

    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        # name the file the user chose (a missing folder, no permission), not our temporary
        raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_bytes_atomic(target: str | Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: str | Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``target`` atomically."""
    write_bytes_atomic(target, text.encode("utf-8"))
