"""Text that is not UTF-8: UTF-16 without a byte-order mark, and legacy code pages.

Windows Notepad before 2019, Word's "plain text" and many older editors save
Swedish and English text as Windows-1252 (or Latin-1, which is the same for
every letter); "Unicode" in Notepad is UTF-16. :func:`guess_legacy` decides
which encoding explains a file's bytes, or returns None when nothing does (the
caller refuses the file).

Swedish texts are the trap: "Hej på dig" is valid, chaos-free text in a
dozen single-byte code pages and charset-normalizer may pick Windows-1250 (å
becomes ĺ), Big5, or for long words a Mac code page. Our users write Swedish
and English, so Windows-1252 wins whenever its reading is plausible Western
text; charset-normalizer decides the rest (Cyrillic, Greek, CJK...).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# At most this share of letters may be accented in a Western text read as
# Windows-1252: Swedish has about 4 % å/ä/ö, French and German less.
_MAX_ACCENTED = 0.3

# Names users recognise, by Python codec name.
_NAMES = {
    "latin_1": "Latin-1",
    "iso8859_1": "Latin-1",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "utf_32": "UTF-32",
    "mac_roman": "Mac Roman",
    "cp932": "Shift JIS",
    "big5": "Big5",
    "cp437": "DOS code page 437",
    "cp850": "DOS code page 850",
    "cp865": "DOS code page 865",
}

# Punctuation a Western text uses beyond ASCII; anything else non-alphabetic
# (¤, ³, ¬...) in a Windows-1252 reading suggests the bytes are something else.
_TYPOGRAPHY = frozenset("\u00a0«»“”‘’„‚–—…•·§°€£©®™½¼¾×")
_LATIN1_LETTERS = frozenset(chr(c) for c in range(0xC0, 0x100)) - set("×÷")
_NON_ASCII = re.compile(r"[^\x00-\x7e]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")

# Characters that never occur in text; tab, newline, carriage return and form
# feed are fine. Used to judge a UTF-16 reading of bytes without a BOM.
_CONTROL = frozenset(chr(c) for c in range(0x20)) - set("\t\n\x0c\r")


def encoding_name(codec: str) -> str:
    """The name a user knows for a Python codec name ("cp1252" -> "Windows-1252")."""
    normal = codecs.lookup(codec).name.replace("-", "_")
    if normal.startswith("cp125") and len(normal) == 6:
        return f"Windows-{normal[2:]}"  # cp1250..cp1258 are the Windows code pages
    return _NAMES.get(normal, codec.upper().replace("_", "-"))


def _plausible_text(text: str) -> bool:
    # Unassigned and private-use code points and controls say "not text".
    if not text:
        return False
    bad = sum(1 for c in text if c in _CONTROL or "\ue000" <= c <= "\uf8ff" or c == "\ufffd")
    return bad == 0


def guess_utf16_without_bom(data: bytes) -> str | None:
    """The codec ("utf-16-le"/"utf-16-be") of BOM-less UTF-16 text, or None.

    Western text in UTF-16 has a zero high byte in most code units, so its
    NULs sit almost all at odd offsets (little-endian) or even ones (big-endian).
    Binary data has NULs at both; requiring that pattern, a strict decode and
    no control characters makes a wrong guess practically impossible.
    """
    sample = data[:65536]
    if len(data) % 2 or len(sample) < 4:
        return None
    units = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    layouts = (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls))
    for codec, high, low in layouts:
        if high >= units * 0.3 and low <= units * 0.01:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec if _plausible_text(text[:32768]) else None
    return None


def guess_legacy(data: bytes) -> str | None:
    """The Python codec that best explains non-UTF-8 ``data``, or None if none does."""
    if _reads_as_western_text(data):
        return "cp1252"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    if "cp1252" in best.could_be_from_charset:
        return "cp1252"  # the same text under several names: use the familiar one
    return best.encoding if _decodes(data, best.encoding) else None


def _reads_as_western_text(data: bytes) -> bool:
    """Whether the Windows-1252 reading of ``data`` is Western European text.

    charset-normalizer is not trusted here: it calls long Swedish words
    ("säkerhetsinställningarna") weird and prefers a Mac code page that turns
    ä into ‰. Read as Windows-1252, Swedish, English, German or French text
    shows letters from the Latin-1 range and common typography only, and
    accented letters are a minority; Cyrillic (Windows-1251) read this way is
    all accented letters, Mac Roman shows Š and Œ, CJK shows symbols.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    # regular expressions count at C speed: a 4 MB file costs milliseconds
    others = _NON_ASCII.findall(text)
    if not set(others) <= _LATIN1_LETTERS | _TYPOGRAPHY:
        return False
    accented = sum(1 for c in others if c in _LATIN1_LETTERS)
    letters = len(_ASCII_LETTERS.findall(text)) + accented
    return accented <= max(3, letters * _MAX_ACCENTED)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True
