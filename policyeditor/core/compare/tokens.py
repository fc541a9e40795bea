"""Words, whitespace runs and punctuation, each encoded as one character.

diff-match-patch diffs characters. Encoding every token as one private
character (like its ``diff_linesToChars``, but for words) makes it diff whole
words: a redline never cuts a word in half, and the diff works on far fewer
symbols than the raw text has characters. One :class:`TokenMap` serves a whole
comparison, so the same word has the same code in every section.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A word (letters and digits; apostrophes, hyphens and underscores stay single
# tokens so Markdown ``_emphasis_`` and ``e-mail`` diff by their parts), a run
# of whitespace, or any other single character. Together they cover any text.
TOKEN = re.compile(r"[^\W_]+|\s+|[\W_]")

_SURROGATES = range(0xD800, 0xE000)
_MAX_CODE = 0x10FFFF


class TokenMapFull(Exception):  # internal signal, never escapes the engine
    """Every code point is taken; the caller starts a fresh map."""


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``; joined they give ``text`` back exactly."""
    return TOKEN.findall(text)


class TokenMap:
    """Bidirectional map token <-> one character, with a cache of encoded texts."""

    def __init__(self, key: Callable[[str], str] | None = None) -> None:
        # ``key`` maps a token to what counts as "the same" (e.g. formatting
        # normalised); tokens with equal keys get equal codes. The exact token
        # text is always recovered from the source, never from the code.
        self.key = key
        self._codes: dict[str, str] = {}
        self._next = 1  # code 0 is avoided, as diff-match-patch does
        self._encoded: dict[str, tuple[str, list[str]]] = {}

    def _code_for(self, token: str) -> str:
        name = token if self.key is None else self.key(token)
        code = self._codes.get(name)
        if code is None:
            if self._next in _SURROGATES:
                self._next = _SURROGATES.stop
            if self._next > _MAX_CODE:
                raise TokenMapFull
            code = chr(self._next)
            self._next += 1
            self._codes[name] = code
        return code

    def encode(self, text: str) -> tuple[str, list[str]]:
        """``text`` as a string of codes, and its tokens (same length, same order)."""
        found = self._encoded.get(text)
        if found is None:
            tokens = tokenize(text)
            codes = self._codes
            try:
                # fast path: every token already known, no key function
                if self.key is not None:
                    raise KeyError
                encoded = "".join([codes[token] for token in tokens])
            except KeyError:
                encoded = "".join([self._code_for(token) for token in tokens])
            found = (encoded, tokens)
            self._encoded[text] = found
        return found
