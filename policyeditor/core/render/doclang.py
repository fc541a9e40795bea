"""The language an export is written in: the policy's, unless it is German text marked Swedish.

The model knows two languages (sv, en) and the importer guesses between them
from function words plus the letters ä and ö, so a German policy (Telegram's
"Datenschutzerklärung", versions 007 on) arrives marked Swedish and its
export said "Innehåll", "UTKAST" and "sida 1 av 20" — and told screen readers
to read German with a Swedish voice. Exports therefore check a policy marked
Swedish: when its text is plainly German it is written as German (labels and
``lang``). The policy itself is not changed.
"""

from __future__ import annotations

import re

from policyeditor.core.model import Policy, walk

_GERMAN = frozenset((
    "und", "der", "die", "das", "nicht", "ist", "mit", "für", "auf", "sich", "dem", "des",
    "ein", "eine", "einer", "eines", "werden", "wird", "oder", "zu", "von", "bei", "auch",
    "nach", "deine", "deiner", "deinen", "ihre", "ihrer", "unsere", "unserer", "uns", "dich",
    "dir", "sind", "können", "kannst", "wenn", "diese", "dieser", "über",
))
_SWEDISH = frozenset((
    "och", "att", "det", "som", "är", "på", "för", "med", "av", "till", "har", "inte", "eller",
    "vi", "dina", "din", "ditt", "våra", "vårt", "oss", "dig", "när", "hur", "också", "kan",
    "ska", "vilka", "dessa", "eftersom", "från",
))
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 20_000  # characters: plenty to tell the two apart, cheap on a 1 MB handbook
MIN_GERMAN = 20


def _sample(policy: Policy) -> str:
    parts = [policy.title, policy.preamble]
    size = sum(len(p) for p in parts)
    for ref in walk(policy):
        if size >= SAMPLE:
            break
        parts += [ref.section.heading, ref.section.body]
        size += len(ref.section.heading) + len(ref.section.body)
    return " ".join(parts)[:SAMPLE].lower()


def looks_german(text: str) -> bool:
    """True when German function words clearly outnumber Swedish ones."""
    german = swedish = 0
    for word in _WORD.findall(text.lower()):
        if word in _GERMAN:
            german += 1
        elif word in _SWEDISH:
            swedish += 1
    return german >= MIN_GERMAN and german > 3 * swedish


def export_language(policy: Policy) -> str:
    """Language code to write ``policy`` in (labels, ``lang`` attributes, PDF /Lang)."""
    language = policy.language or ""
    if language.split("-")[0].lower() == "sv" and looks_german(_sample(policy)):
        return "de"
    return language
