"""Which language a piece of text is in: Swedish or English, by function words.

A Swedish policy may hold an English section (a vendor's clause quoted as
is) and the other way round; each is spell-checked in its own language.
Function words are a reliable signal even in a short section; with too few
of them the document's own language stands.
"""

from __future__ import annotations

import re

_SV = frozenset((
    "och", "att", "det", "som", "en", "ett", "är", "på", "för", "med", "av", "till",
    "vi", "du", "eller", "om", "har", "inte", "kan", "din", "dina", "dig", "oss", "våra",
    "vår", "vilka", "när", "hur", "den", "detta", "denna", "också", "från", "ska",
))
_EN = frozenset((
    "the", "and", "of", "to", "we", "you", "is", "are", "for", "with", "or", "in", "that",
    "your", "our", "be", "by", "this", "it", "not", "may", "can", "from", "which", "when",
    "how", "these", "will",
))
_WORD = re.compile(r"[^\W\d_]+")
MIN_SIGNAL = 4
#: a long text with fewer function words than this share is in a third language
MIN_SHARE = 0.08
LONG_TEXT = 40


def detect(text: str, default: str) -> str:
    """``sv``, ``en``, or ``""`` for a text in neither (a German clause is not
    spell-checked); ``default`` when the text is too short to say."""
    sv = en = total = 0
    for word in _WORD.findall(text.lower()):
        total += 1
        sv += word in _SV
        en += word in _EN
    if total >= LONG_TEXT and max(sv, en) < MIN_SHARE * total:
        return ""
    if sv + en < MIN_SIGNAL:
        return default
    if sv >= 2 * en:
        return "sv"
    if en >= 2 * sv:
        return "en"
    return default
