"""Suggestions for a misspelt word, ranked, fast.

hunspell's own ``suggest`` takes 0.5–0.7 s per Swedish word (its compound
search), too slow for a context menu. Ordinary typos are one edit away (a
letter swapped with its neighbour, missing, doubled, or mistyped), so the
candidates are every word one edit away that the speller accepts: ~800
look-ups of a few microseconds. They are ranked by how likely that edit is as a
typo, then by how often the document itself uses the word (a policy repeats
its vocabulary: "personuppgifer" is nearly always the document's
"personuppgifter"). With fewer than two one-edit forms, the cheap
two-edit forms (two swaps, doublings, neighbours left out) are tried too.
hunspell's own list is never used: it takes up to seconds on some words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from policyeditor.core.lint.speller import Speller

ALPHABETS = {
    "sv": "abcdefghijklmnopqrstuvwxyzåäöé",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
MAX_SUGGESTIONS = 5
#: longer words get no suggestions: they are compounds or names, not typos
MAX_LENGTH = 26

_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")


def _neighbours() -> dict[str, set[str]]:
    where = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    near: dict[str, set[str]] = {c: set() for c in where}
    for c, (r, i) in where.items():
        for d, (r2, i2) in where.items():
            if c != d and abs(r - r2) <= 1 and abs(i - i2) <= 1:
                near[c].add(d)
    return near


_NEAR = _neighbours()


def _edits(word: str, alphabet: str) -> dict[str, float]:
    """Every form one edit away, with the cost of that edit as a typo (lower: likelier)."""
    found: dict[str, float] = {}

    def add(form: str, cost: float) -> None:
        if form and form != word and cost < found.get(form, math.inf):
            found[form] = cost

    lower = word.lower()
    for i in range(len(word)):
        if i + 1 < len(word) and lower[i] != lower[i + 1]:
            add(word[:i] + word[i + 1] + word[i] + word[i + 2:], 0.5)  # swapped
        doubled = i > 0 and lower[i] == lower[i - 1]
        add(word[:i] + word[i + 1:], 0.6 if doubled else 1.2)  # one letter too many
        for c in alphabet:
            if c != lower[i]:
                cost = 1.0 if c in _NEAR.get(lower[i], ()) else 1.4
                add(word[:i] + c + word[i + 1:], cost)  # mistyped
    for i in range(len(word) + 1):
        for c in alphabet:
            # a letter left out; doubling the neighbour is the commonest case
            beside = (i > 0 and lower[i - 1] == c) or (i < len(word) and lower[i] == c)
            add(word[:i] + c + word[i:], 0.6 if beside else 1.0)
    return found


def _cheap(word: str) -> dict[str, float]:
    """Only the likeliest single edits: swaps, a doubled letter undone or made."""
    found: dict[str, float] = {}
    for i in range(len(word)):
        if i + 1 < len(word) and word[i] != word[i + 1]:
            found[word[:i] + word[i + 1] + word[i] + word[i + 2:]] = 0.5
        if i > 0 and word[i] == word[i - 1]:
            found[word[:i] + word[i + 1:]] = 0.6
        found.setdefault(word[:i] + word[i] + word[i:], 0.6)
    found.pop(word, None)
    return found


def _recase(form: str, word: str) -> str:
    if word[:1].isupper() and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def suggest(speller: Speller, word: str, usage: Mapping[str, int] | None = None) -> list[str]:
    """Up to five corrections of ``word``, likeliest first.

    ``usage`` counts the words of the document (lower case); words it uses
    often rank higher among equally likely edits.
    """
    usage = usage or {}
    capitalised = word[:1].isupper() and word[1:].islower()
    if capitalised:
        # edit the lower-case word: "Adsense" must not become "BAdsense"
        return [_recase(form, word) for form in suggest(speller, word.lower(), usage)]
    alphabet = ALPHABETS.get(speller.language, ALPHABETS["en"])
    scored: dict[str, float] = {}
    if len(word) > MAX_LENGTH:
        return []  # no typo of ours; and the look-ups grow with the square of the length
    for form, cost in _edits(word, alphabet).items():
        if speller.knows_fast(form):
            scored[form] = cost
    cheap = _cheap(word)
    if not scored and speller.language == "sv":
        # compounds the word list lacks but the speller accepts ("pixletaggar"
        # -> "pixeltaggar"); a compound split is a few set look-ups per cut
        for form, cost in _edits(word, alphabet).items():
            if speller.compound_known(form):
                scored[form] = cost + 0.2
    if len(scored) < 2:
        for first, cost in cheap.items():
            for form, second in _cheap(first).items():
                if form != word and speller.knows_fast(form):
                    scored.setdefault(form, cost + second + 1.0)
    ranked = sorted(scored, key=lambda form: (
        scored[form] - 0.25 * min(math.log1p(usage.get(form.lower(), 0)), 2.0), form))
    result = [_recase(form, word) for form in ranked]
    unique: list[str] = []
    for form in result:
        if form not in unique and form != word:
            unique.append(form)
    return unique[:MAX_SUGGESTIONS]
