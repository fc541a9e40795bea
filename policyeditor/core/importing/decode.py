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

# Magic numbers of files people plausibly pick by mistake, with a hint.
_KNOWN_BINARY: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "this is a database (such as a .policy workspace), not a text file"),
    (b"%PDF-", "this is a PDF file, not a text file; export it as plain text first"),
    (
        b"PK\x03\x04",
        "this is a ZIP-based file (such as a Word document), not a text file; "
        "save it as plain text or Markdown first",
    ),
    (b"\xd0\xcf\x11\xe0", "this is an old Office document, not a text file"),
)

# Control characters that never occur in text; tab, newline, carriage return
# and form feed are fine.
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL and b != 0x7F)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _too_large(size: int) -> str:
    return f"the file is {_mb(size)}; PolicyEditor imports texts up to {_mb(MAX_BYTES)}"


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
        raise InputError(name, "this is not a text file (binary data)") from None


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a source file's bytes to normalised text, or raise InputError."""
    if not data:
        raise InputError(name, "the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(name, _too_large(len(data)))
    for magic, reason in _KNOWN_BINARY:
        if data.startswith(magic):
            raise InputError(name, reason)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data, name)
    else:
        if _looks_binary(data):
            raise InputError(name, "this is not a text file (binary data)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(name, _not_utf8_reason(data, exc)) from None
    return normalise_text(text, name)


def _not_utf8_reason(data: bytes, exc: UnicodeDecodeError) -> str:
    # Bytes that are not UTF-8 but decode as Windows-1252 into letters are the
    # classic Latin-1 export from an older editor; say so, and how to fix it.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return (
            f"the text is not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); save it as UTF-8 and import again"
        )
    return (
        "the text is not UTF-8 (it looks like Latin-1/Windows-1252); "
        "save it as UTF-8 and import again"
    )


def normalise_text(text: str, name: str = "<text>") -> str:
    """Checks and normalisation shared by files and text handed in directly."""
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_BYTES:
        raise InputError(name, _too_large(len(text.encode("utf-8"))))
    if "\x00" in text:
        raise InputError(name, "this is not a text file (binary data)")
    if not text.strip():
        reason = "the file is empty" if not text else "the file contains only blank space"
        raise InputError(name, reason)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def read_source(path: str | Path) -> str:
    """Read and decode a source file, raising InputError for every bad case."""
    p = Path(path)
    name = str(path)
    if "\x00" in name:
        raise InputError(name.replace("\x00", "\\0"), "this is not a valid file name")
    try:
        if p.is_dir():
            raise InputError(name, "this is a folder, not a file")
        if not p.exists():
            raise InputError(name, "no such file")
        if not p.is_file():
            # A device or pipe (/dev/zero) could be read forever.
            raise InputError(name, "this is not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            # Refuse before reading: a huge file should not cost memory first.
            raise InputError(name, _too_large(size))
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may grow meanwhile
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file ({exc.strerror or exc})") from None
    return decode_bytes(data, name)
