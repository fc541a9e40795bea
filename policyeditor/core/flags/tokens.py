"""Text to lower-case word tokens, the unit every cue and detector works on.

``t.ex.`` and ``don't`` stay one token; typographic apostrophes and Unicode
compatibility forms are unified first, so a cue written with a straight
apostrophe matches text typed with a curly one.
"""

from __future__ import annotations

import re
import unicodedata

# Words, keeping inner dots and apostrophes (t.ex, bl.a, e.g, u.s, don't).
_TOKEN = re.compile(r"[^\W_]+(?:['.][^\W_]+)*")
# The same for lower-case ASCII text, where a plain character class is faster.
ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")


def normalise(text: str) -> str:
    """Lower-case text with typographic apostrophes and compatibility forms unified."""
    if text.isascii():
        return text.lower()
    # three replace calls run in C; translate() with a table looks up every character
    text = unicodedata.normalize("NFKC", text)
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").lower()


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens of ``text``."""
    if text.isascii():
        text = text.lower()
        if text.replace(" ", "").isalnum():  # plain words and spaces: each word is a token
            return text.split()
        return ASCII_TOKEN.findall(text)
    return _TOKEN.findall(normalise(text))
