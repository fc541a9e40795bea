"""The ``--ignore-formatting`` noise profile: what counts as the same text.

Whitespace runs (including non-breaking and other Unicode spaces), typographic
quotes and dashes, and Markdown emphasis markers carry no legal meaning. Link
targets and numbers do, so they are never normalised: a changed URL or figure
always shows.

Design (ops stay lossless): the word diff still emits the real text of both
sides; this profile only (a) gives formatting variants of a token the same diff
code, so a retyped quote does not perturb the alignment of the words around it,
and (b) decides that a section whose texts differ only in formatting is
``unchanged``. Its ops then still contain the small -1/+1 pairs for the
formatting, which a view may render quietly, but nothing is lost or invented.
"""

from __future__ import annotations

import re

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00ad": "",
})
_SPACE = re.compile(r"\s+")
# Link targets and bare URLs are kept verbatim (a changed target is never noise).
_PROTECTED = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|<[a-z][a-z0-9+.-]*:[^>\s]*>|https?://\S+")
# Emphasis markers at the edge of a word: **bold**, *it*, __bold__, _it_.
# Inner underscores (snake_case, URLs) are left alone.
_EMPHASIS_OPEN = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)")
_EMPHASIS_CLOSE = re.compile(r"(?<=\S)[*_]{1,3}(?![\w*_])")


def token_key(token: str) -> str:
    """What a token counts as under the profile (for diff codes)."""
    if token.isspace():
        return " "
    return token.translate(_QUOTES)


def _normalise_plain(text: str) -> str:
    text = text.translate(_QUOTES)
    text = _EMPHASIS_OPEN.sub("", text)
    text = _EMPHASIS_CLOSE.sub("", text)
    return _SPACE.sub(" ", text)


def normalise(text: str) -> str:
    """``text`` with formatting noise removed; link targets and URLs untouched."""
    out: list[str] = []
    start = 0
    for match in _PROTECTED.finditer(text):
        out.append(_normalise_plain(text[start : match.start()]))
        out.append("\0" + match.group(0) + "\0")
        start = match.end()
    out.append(_normalise_plain(text[start:]))
    return _SPACE.sub(" ", "".join(out)).strip()


def same_but_formatting(old: str, new: str) -> bool:
    """True when ``old`` and ``new`` differ at most in formatting noise."""
    return old == new or normalise(old) == normalise(new)
