"""Is a word spelt right? hunspell first, then the forms hunspell alone refuses.

hunspell (through chunspell) answers most words in microseconds. Two kinds of
correct words it refuses are common in policies and are accepted here:

- Swedish compounds the dictionary has no compound flags for: "pixeltaggar"
  (pixel + taggar) is refused by hunspell with the current ``sv_SE``. A word
  that splits into at most three known words of four letters or more (a linking
  "s" allowed, as in "tredjepart|s|leverantörer") is accepted. Short parts
  are refused so a typo rarely passes as two accidental words.
- Hyphenated forms: "Wi-Fi", "Wi-Fi-åtkomstpunkter". The parts are grouped
  so each group is a known word, written with or without its hyphens.
- English words made with a productive prefix ("reshare", "noncompliant"):
  the prefix followed by a known word of four letters or more.

Every answer is cached: a document repeats its words, and the editor asks
again after every pause in typing.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from importlib.resources import files
from typing import Any

MIN_PART = 4
MAX_PARTS = 3


@cache
def supplement(language: str) -> frozenset[str]:
    """Our own short list of words the dictionaries lack (``resources/lint``)."""
    try:
        text = (files("policyeditor.resources") / "lint" / f"words-{language}.txt").read_text(
            encoding="utf-8")
    except (OSError, ValueError):
        return frozenset()
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# British spellings of the en_US dictionary's words (policies of European
# companies write British English): behavioural, organisation, analyse, centre
_BRITISH = (
    (re.compile(r"isation"), "ization"), (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"our"), "or"), (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"tre(s?)$"), r"ter\1"), (re.compile(r"ogue(s?)$"), r"og\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"), (re.compile(r"ence$"), "ense"),
    # fulfil, enrol, instil (five letters or more: "wil" stays a typo); fulfilment
    (re.compile(r"^(\w{3,}[io])l$"), r"\1ll"), (re.compile(r"([io])lment(s?)$"), r"\1llment\2"),
)


# productive English prefixes: a known word after one is a known word
_ENGLISH_PREFIXES = ("re", "non", "un", "pre", "co", "micro", "sub", "multi", "anti", "inter",
                     "cross", "over", "under", "mis", "de", "dis", "post", "auto", "self-")


def _american(word: str) -> set[str]:
    forms = {word}
    for pattern, replacement in _BRITISH:
        forms |= {pattern.sub(replacement, form) for form in forms}
    forms.discard(word)
    return forms


class Speller:
    """Spelling decisions for one language, over a loaded hunspell engine."""

    def __init__(self, language: str, engine: Any,
                 forms: Container[str] | None = None) -> None:
        self.language = language
        self._engine = engine
        self._forms = forms  # the expanded word list (wordlist.py), Swedish only
        self._words = supplement(language)
        self._lower_words = frozenset(word.lower() for word in self._words)
        self._cache: dict[str, bool] = {}
        self._compounds: dict[str, bool] = {}

    def engine_knows(self, word: str) -> bool:
        """hunspell's own answer (False for a word its encoding cannot hold)."""
        word = word.replace("’", "'")  # typographic apostrophe: "you’ll" is "you'll"
        if word in self._words or word.lower() in self._lower_words:
            return True
        try:
            return bool(self._engine.spell(word))
        except (UnicodeError, ValueError):
            return False

    def knows_fast(self, word: str) -> bool:
        """A look-up that stays fast for unknown words: the expanded list when
        there is one (hunspell needs up to a millisecond to refuse a Swedish word)."""
        if self._forms is None:
            return self.engine_knows(word)
        if word in self._forms or word.lower() in self._forms:
            return True
        return word in self._words or word.lower() in self._lower_words

    def is_correct(self, word: str) -> bool:
        """True when ``word`` is spelt right in this language."""
        known = self._cache.get(word)
        if known is None:
            known = self._decide(word)
            self._cache[word] = known
        return known

    def _decide(self, word: str) -> bool:
        if self.knows_fast(word):
            return True
        if self.language == "sv" and self._forms is not None and self.compound_known(word):
            return True  # set look-ups first: hunspell needs ~0.5 ms to refuse a word
        if self.engine_knows(word):
            return True
        if "-" in word.strip("-"):
            return self._hyphenated(word)
        if self.language == "sv":
            return self.compound_known(word)
        return (any(self.engine_knows(form) for form in _american(word))
                or self._prefixed(word))

    def _prefixed(self, word: str) -> bool:
        """English words made with a productive prefix the dictionary does not list:
        "reshare", "noncompliant", "reidentify", "microblogging". The rest must be a
        known word of four letters or more, so a typo rarely passes as prefix + word."""
        lower = word.lower()
        return any(
            lower.startswith(prefix) and len(lower) - len(prefix) >= MIN_PART
            and self.engine_knows(lower[len(prefix):])
            for prefix in _ENGLISH_PREFIXES)

    def _hyphenated(self, word: str) -> bool:
        parts = [part for part in word.split("-") if part]
        if len(parts) > 6:
            return False
        return self._groups(parts)

    def _groups(self, parts: list[str]) -> bool:
        if not parts:
            return True
        for end in range(len(parts), 0, -1):
            group = parts[:end]
            joined = "".join(group)
            hyphened = "-".join(group)
            ok = (
                self.engine_knows(hyphened) or self.engine_knows(joined)
                or self.engine_knows(joined.lower())
                or (len(group) == 1 and len(joined) >= MIN_PART and self.is_correct(joined))
            )
            if ok and self._groups(parts[end:]):
                return True
        return False

    def compound_known(self, word: str) -> bool:
        """True for a compound of known words (Swedish; see the module's note)."""
        return self.language == "sv" and self._compound(word.lower(), MAX_PARTS)

    def _compound(self, word: str, parts_left: int) -> bool:
        if parts_left < 2 or len(word) < 2 * MIN_PART:
            return False
        key = f"{parts_left}|{word}"
        known = self._compounds.get(key)
        if known is None:
            known = any(
                self._head_known(word[:cut]) and (
                    self.knows_fast(word[cut:]) or self._compound(word[cut:], parts_left - 1))
                for cut in range(MIN_PART, len(word) - MIN_PART + 1))
            self._compounds[key] = known  # tails repeat across cuts and words
        return known

    def _head_known(self, head: str) -> bool:
        if self.knows_fast(head):
            return True
        # a linking "s" (tredjepart|s|…) or a dropped final "a"/"e" (flick|vän,
        # webbläsar|språk) are
        # Swedish compound joints; hunspell's own compound rules miss some
        return (
            (head.endswith("s") and not head.endswith("ss") and len(head) > MIN_PART
             and self.knows_fast(head[:-1]))
            or self.knows_fast(head + "a") or self.knows_fast(head + "e")
        )
