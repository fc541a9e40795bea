"""Bytes to text: the checks that turn bad input into one clear InputError.

A source file must be text, not empty and not larger than :data:`MAX_BYTES`.
UTF-8 (with or without a byte-order mark) is the fast path and needs no
remark. Files people plausibly pick by mistake (PDF, ZIP/Word, old Office,
SQLite) are recognised by their magic numbers first, and data with control
bytes is binary (unless its NULs are the regular pattern of UTF-16), before
any code page is guessed. Other text is UTF-16 (with a byte-order mark, or
without one when the NUL pattern leaves no doubt) or a legacy code page
(:mod:`.legacy_text`: Windows-1252 preferred); it is decoded, and
:attr:`Decoded.warning` names the encoding, because a wrong guess would show
as odd letters the user should check. Only bytes that no
encoding explains are refused.

Line ends are normalised to ``\\n`` and the text to Unicode NFC, so that a
Swedish "ä" typed on macOS (decomposed) and one typed on Windows (composed)
are the same letter for compare and search.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from policyeditor.core.errors import InputError
from policyeditor.core.importing.legacy_text import (
    encoding_name,
    guess_legacy,
    guess_utf16_without_bom,
)

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


_C1_BYTES = re.compile(rb"[\x80-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded, normalised text and, when it was not UTF-8, a warning naming the encoding."""

    text: str
    warning: str | None = None


def _encoding_warning(data: bytes, codec: str) -> str:
    name = encoding_name(codec)
    if name == "Windows-1252" and not _C1_BYTES.search(data):
        # Bytes 0x80-0x9F are the only ones the two read differently.
        name = "Windows-1252 (Latin-1)"
    return f"the file is not UTF-8; decoded as {name}"


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(name, "this is not a text file (binary data)") from None


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a source file's bytes to normalised text, or raise InputError."""
    return decode_source(data, name).text


def decode_source(data: bytes, name: str = "<bytes>", declared: str | None = None) -> Decoded:
    """Decode bytes to normalised text and the encoding used, or raise InputError.

    ``declared`` is an encoding the file names itself (an HTML page's
    ``<meta charset>``); it is used when the bytes decode with it.
    """
    if not data:
        raise InputError(name, "the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(name, _too_large(len(data)))
    for magic, reason in _KNOWN_BINARY:
        if data.startswith(magic):
            raise InputError(name, reason)
    encoding: str | None = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data, name)
        encoding = "utf-16"
    elif bomless := guess_utf16_without_bom(data):
        text = data.decode(bomless)
        encoding = bomless
    else:
        if _looks_binary(data):
            raise InputError(name, "this is not a text file (binary data)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            own = _declared(data, declared)
            if own is not None:
                # The file says what it is and the bytes agree: nothing guessed.
                return Decoded(normalise_text(data.decode(own), name))
            encoding = guess_legacy(data)
            if encoding is None:
                raise InputError(name, _not_utf8_reason(data, exc)) from None
            text = data.decode(encoding)
    warning = _encoding_warning(data, encoding) if encoding else None
    return Decoded(normalise_text(text, name), warning)


def _declared(data: bytes, declared: str | None) -> str | None:
    if declared is None:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # browsers ignore these in a page: ASCII would "decode" as CJK
    # Browsers read a page declared Latin-1 as Windows-1252 (WHATWG Encoding).
    codec = "cp1252" if codec in ("iso8859-1", "latin-1", "ascii") else codec
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


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
    return decode_source(read_bytes(path), str(path)).text


def read_bytes(path: str | Path) -> bytes:
    """Read a source file's bytes, raising InputError for every bad case."""
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
    return data
