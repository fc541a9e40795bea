"""Bytes to text: the checks that turn bad input into one clear InputError.

A source file must be UTF-8 text (a UTF-8 byte-order mark is accepted, and so
is UTF-16 with a byte-order mark, which Windows Notepad writes), not empty and
not larger than :data:`MAX_BYTES`. Line ends are normalised to ``\\n`` and the
text to Unicode NFC, so that a Swedish "ä" typed on macOS (decomposed) and one
typed on Windows (composed) are the same letter for compare and search.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from policyeditor.core.errors import InputError

# The compare benchmarks use a 1 MB handbook; the largest real policy in the
# corpus is under 50 kB. 4 MB leaves room for any real policy while refusing
# runaway files (a 5 MB single paragraph) before they cost time and memory.
MAX_BYTES = 4 * 1024 * 1024

# Magic numbers of files people plausibly pick by mistake: the code names the
# kind, so the message can say what to do instead.
_KNOWN_BINARY: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "input.database"),
    (b"%PDF-", "input.pdf"),
    (b"PK\x03\x04", "input.zip"),
    (b"\xd0\xcf\x11\xe0", "input.old-office"),
)

# Control characters that never occur in text; tab, newline, carriage return
# and form feed are fine.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL and b != 0x7F)


def _too_large(name: str, size: int) -> InputError:
    return InputError(name, "input.too-large", size=size, limit=MAX_BYTES)


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    # deleting every other byte counts the control bytes at C speed
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(2, len(sample) // 100)


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(name, "input.binary") from None


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a source file's bytes to normalised text, or raise InputError."""
    if not data:
        raise InputError(name, "input.empty")
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    for magic, code in _KNOWN_BINARY:
        if data.startswith(magic):
            raise InputError(name, code)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data, name)
    else:
        if _looks_binary(data):
            raise InputError(name, "input.binary")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _not_utf8(name, data, exc) from None
    return normalise_text(text, name)


def _not_utf8(name: str, data: bytes, exc: UnicodeDecodeError) -> InputError:
    # Bytes that are not UTF-8 but decode as Windows-1252 into letters are the
    # classic Latin-1 export from an older editor; say so, and how to fix it.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return InputError(name, "input.not-utf8", byte=data[exc.start], offset=exc.start)
    return InputError(name, "input.latin1")


def normalise_text(text: str, name: str = "<text>") -> str:
    """Checks and normalisation shared by files and text handed in directly."""
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_BYTES:
        raise _too_large(name, len(text.encode("utf-8")))
    if "\x00" in text:
        raise InputError(name, "input.binary")
    if not text.strip():
        raise InputError(name, "input.empty" if not text else "input.blank")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read_source(path: str | Path) -> str:
    """Read and decode a source file, raising InputError for every bad case."""
    p = Path(path)
    name = str(path)
    if "\x00" in name:
        raise InputError(name.replace("\x00", "\\0"), "input.bad-name")
    try:
        if p.is_dir():
            raise InputError(name, "input.folder")
        if not p.exists():
            raise InputError(name, "input.not-found")
        if not p.is_file():
            # A device or pipe (/dev/zero) could be read forever.
            raise InputError(name, "input.not-regular")
        size = p.stat().st_size
        if size > MAX_BYTES:
            # Refuse before reading: a huge file should not cost memory first.
            raise _too_large(name, size)
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may grow meanwhile
    except PermissionError:
        raise InputError(name, "input.permission") from None
    except OSError as exc:
        raise InputError(name, "input.unreadable", detail=exc.strerror or str(exc)) from None
    return decode_bytes(data, name)
