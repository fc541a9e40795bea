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

from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing.legacy_text import (
    encoding_name,
    guess_legacy,
    guess_utf16_without_bom,
)

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


_C1_BYTES = re.compile(rb"[\x80-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded, normalised text and, when it was not UTF-8, a warning naming the encoding."""

    text: str
    warning: InputWarning | None = None


def _encoding_warning(data: bytes, codec: str) -> InputWarning:
    name = encoding_name(codec)
    if name == "Windows-1252" and not _C1_BYTES.search(data):
        # Bytes 0x80-0x9F are the only ones the two read differently.
        name = "Windows-1252 (Latin-1)"
    return InputWarning("import.decoded-as", encoding=name)


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(name, "input.binary") from None


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a source file's bytes to normalised text, or raise InputError."""
    return decode_source(data, name).text


def decode_source(data: bytes, name: str = "<bytes>", declared: str | None = None) -> Decoded:
    """Decode bytes to normalised text and the encoding used, or raise InputError.

    ``declared`` is an encoding the file names itself (an HTML page's
    ``<meta charset>``); it is used when the bytes decode with it.
    """
    if not data:
        raise InputError(name, "input.empty")
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data))
    for magic, code in _KNOWN_BINARY:
        if data.startswith(magic):
            raise InputError(name, code)
    encoding: str | None = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(data, name)
        encoding = "utf-16"
    elif bomless := guess_utf16_without_bom(data):
        text = data.decode(bomless)
        encoding = bomless
    else:
        if _looks_binary(data):
            raise InputError(name, "input.binary")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            own = _declared(data, declared)
            if own is not None:
                # The file says what it is and the bytes agree: nothing guessed.
                return Decoded(normalise_text(data.decode(own), name))
            encoding = guess_legacy(data)
            if encoding is None:
                raise _not_utf8(name, data, exc) from None
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
    return decode_source(read_bytes(path), str(path)).text


def read_bytes(path: str | Path) -> bytes:
    """Read a source file's bytes, raising InputError for every bad case."""
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
    return data
