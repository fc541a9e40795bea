"""How alike two sections are, judged by their words.

Used to align sections that share no stable id (two independently imported
files) and to carry ids over when a revised text is imported. A section's
profile is computed once, lazily, because aligned-by-id comparisons never need
it. Body similarity averages the Dice coefficient over word multisets (which
tolerates reordering) and over sets of adjacent word pairs (which tells the
same wording from the same vocabulary).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Hashable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from policyeditor.core.model import Section

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# A number a heading may still carry from the source text ("1.2 Purpose",
# "§ 3", "IV."), which must not stop two equal headings from matching.
_HEADING_NUMBER = re.compile(r"^\s*(?:§\s*)?(?:\d+(?:\.\d+)*\.?|[ivxlcdm]+\.)\s+", re.IGNORECASE)


def normalise_heading(heading: str) -> str:
    """Heading reduced for exact matching: no leading number, casefolded, spaces collapsed."""
    text = _HEADING_NUMBER.sub("", heading)
    return _SPACE.sub(" ", text).strip().casefold()


@lru_cache(maxsize=256)
def words(text: str) -> tuple[str, ...]:
    """The casefolded words of ``text`` (cached: alignment, flows and pairing
    all read the same section texts)."""
    return tuple(_WORD.findall(text.casefold()))


@dataclass(slots=True)
class Profile:
    """What similarity needs to know about one section."""

    heading_key: str
    content_key: str
    heading_words: Counter[str]
    body_words: Counter[str]
    body_pairs: frozenset[tuple[str, str]]
    body_size: int

    @property
    def vocabulary(self) -> set[str]:
        """Distinct words of heading and body (for candidate lookup)."""
        return set(self.heading_words) | set(self.body_words)


def profile(section: Section) -> Profile:
    """Build the profile of one section (its own text, not its children)."""
    heading_key = normalise_heading(section.heading)
    body_list = words(section.body)
    body_key = " ".join(body_list)
    return Profile(
        heading_key=heading_key,
        content_key=heading_key + "\n" + body_key,
        heading_words=Counter(words(heading_key)),
        body_words=Counter(body_list),
        body_pairs=frozenset(itertools.pairwise(body_list)),
        body_size=len(body_list),
    )


def dice(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two word multisets (1.0 for two empty sets)."""
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 1.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(count, b[word]) for word, count in a.items() if word in b)
    return 2.0 * shared / total


def set_dice(a: AbstractSet[Hashable], b: AbstractSet[Hashable]) -> float:
    """Dice coefficient of two sets (1.0 for two empty sets)."""
    total = len(a) + len(b)
    return 1.0 if total == 0 else 2.0 * len(a & b) / total


def containment(part: Counter[str], whole: Counter[str]) -> float:
    """Share of the words of ``part`` that also occur in ``whole`` (0.0 if ``part`` is empty)."""
    size = sum(part.values())
    if size == 0:
        return 0.0
    shared = sum(min(count, whole[word]) for word, count in part.items() if word in whole)
    return shared / size


def similarity(a: Profile, b: Profile) -> float:
    """Similarity of two sections in [0, 1]: mostly body, partly heading."""
    if a.heading_key and a.heading_key == b.heading_key:
        heading = 1.0
    else:
        heading = dice(a.heading_words, b.heading_words)
    if a.body_size == 0 and b.body_size == 0:
        return heading
    # Vocabulary alone makes any two texts on one topic look alike; shared
    # word pairs (wording) tell an edited section from a different one.
    body = 0.5 * dice(a.body_words, b.body_words) + 0.5 * set_dice(a.body_pairs, b.body_pairs)
    # Short bodies say little on their own; let the heading weigh more there.
    weight = 0.25 if min(a.body_size, b.body_size) >= 20 else 0.45
    return weight * heading + (1.0 - weight) * body
