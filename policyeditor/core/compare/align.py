"""Section alignment: which section of the old version is which of the new.

Matching runs in rounds from cheap and certain to costly and probable, so that
a large policy never needs the all-pairs comparison (DESIGN.md §7):

1. stable section id (two versions of one workspace);
2. identical heading and text (independently imported files);
3. scored candidates: sections with the same heading, sections sharing rare
   words (an inverted index), and the section standing in the gap between two
   already matched neighbours; the best-scoring pairs above a threshold win.

Each section is matched at most once on each side. The result is used both by
the compare engine and by :mod:`policyeditor.core.idmatch`.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from policyeditor.core.compare.similarity import Profile, profile, similarity
from policyeditor.core.model import Policy, SectionRef, walk

# A pair found only by similarity must be at least this alike.
MATCH_THRESHOLD = 0.45
# The section in the gap between matched neighbours needs less evidence:
# its place already speaks for it.
GAP_THRESHOLD = 0.3
GAP_BONUS = 0.05
# How many sections sharing rare words are scored for each unmatched section.
CANDIDATES_PER_SECTION = 8
# With this few unmatched sections left, score every pair (cheap, and finds
# matches among short sections made of common words).
ALL_PAIRS_LIMIT = 40


@dataclass
class Alignment:
    """Sections of both versions in document order and the pairs between them."""

    old_refs: list[SectionRef]
    new_refs: list[SectionRef]
    old_to_new: dict[int, int] = field(default_factory=dict)
    new_to_old: dict[int, int] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)  # by old index

    def pair(self, old_index: int, new_index: int, score: float = 1.0) -> None:
        """Record a match (both indexes must still be free)."""
        self.old_to_new[old_index] = new_index
        self.new_to_old[new_index] = old_index
        self.scores[old_index] = score


class _Profiles:
    """Lazily built profiles of one side, by pre-order index."""

    def __init__(self, refs: list[SectionRef]) -> None:
        self._refs = refs
        self._cache: dict[int, Profile] = {}

    def __getitem__(self, index: int) -> Profile:
        found = self._cache.get(index)
        if found is None:
            found = profile(self._refs[index].section)
            self._cache[index] = found
        return found


def align(old: Policy, new: Policy, *, use_ids: bool = True) -> Alignment:
    """Match the sections of ``old`` to those of ``new`` (see the module docstring)."""
    result = Alignment(list(walk(old)), list(walk(new)))
    if use_ids:
        _match_ids(result)
    if len(result.old_to_new) in (len(result.old_refs), len(result.new_refs)):
        return result
    old_profiles = _Profiles(result.old_refs)
    new_profiles = _Profiles(result.new_refs)
    _match_identical(result, old_profiles, new_profiles)
    # Scoring rounds: each round's matches create new gaps for the next.
    for _ in range(3):
        if not _match_scored(result, old_profiles, new_profiles):
            break
    return result


def _match_ids(result: Alignment) -> None:
    # an id that is not unique on its side identifies nothing
    old_counts = Counter(ref.section.id for ref in result.old_refs)
    new_counts = Counter(ref.section.id for ref in result.new_refs)
    new_ids = {ref.section.id: index for index, ref in enumerate(result.new_refs)}
    for index, ref in enumerate(result.old_refs):
        section_id = ref.section.id
        if old_counts[section_id] == 1 and new_counts.get(section_id) == 1:
            result.pair(index, new_ids[section_id])


def _match_identical(result: Alignment, old_p: _Profiles, new_p: _Profiles) -> None:
    # Raw text first: cheap (no profile needed), and most sections of two
    # versions of one policy are untouched.
    old_refs, new_refs = result.old_refs, result.new_refs
    _match_by_key(result, lambda i: _raw_key(old_refs[i]), lambda i: _raw_key(new_refs[i]))
    # Then the same words with different spacing, case or heading number.
    _match_by_key(result, lambda i: old_p[i].content_key, lambda i: new_p[i].content_key)


def _raw_key(ref: SectionRef) -> str:
    return ref.section.heading + "\0" + ref.section.body


def _match_by_key(
    result: Alignment, old_key: Callable[[int], str], new_key: Callable[[int], str]
) -> None:
    by_key: dict[str, deque[int]] = defaultdict(deque)
    for index in range(len(result.new_refs)):
        if index not in result.new_to_old:
            key = new_key(index)
            if key.strip("\0\n "):
                by_key[key].append(index)
    if not by_key:
        return
    for index in range(len(result.old_refs)):
        if index in result.old_to_new:
            continue
        queue = by_key.get(old_key(index))
        if queue:
            result.pair(index, queue.popleft())


def _gap_candidates(result: Alignment) -> dict[int, set[int]]:
    """For each free old section, the free new section standing where it stood."""
    found: dict[int, set[int]] = defaultdict(set)
    old_count, new_count = len(result.old_refs), len(result.new_refs)
    for old_index, new_index in result.old_to_new.items():
        after_old, after_new = old_index + 1, new_index + 1
        if (
            after_old < old_count
            and after_new < new_count
            and after_old not in result.old_to_new
            and after_new not in result.new_to_old
        ):
            found[after_old].add(after_new)
        before_old, before_new = old_index - 1, new_index - 1
        if (
            before_old >= 0
            and before_new >= 0
            and before_old not in result.old_to_new
            and before_new not in result.new_to_old
        ):
            found[before_old].add(before_new)
    if not result.old_to_new and old_count and new_count:
        found[0].add(0)  # nothing matched yet: the starts stand in the same place
    return found


def _match_scored(result: Alignment, old_p: _Profiles, new_p: _Profiles) -> bool:
    """One round of candidate scoring; True if it matched anything."""
    free_old = [i for i in range(len(result.old_refs)) if i not in result.old_to_new]
    free_new = [i for i in range(len(result.new_refs)) if i not in result.new_to_old]
    if not free_old or not free_new:
        return False
    gaps = _gap_candidates(result)
    all_pairs = len(free_old) * len(free_new) <= ALL_PAIRS_LIMIT * ALL_PAIRS_LIMIT
    by_heading: dict[str, list[int]] = defaultdict(list)
    index_by_word: dict[str, list[int]] = defaultdict(list)
    if not all_pairs:
        for index in free_new:
            prof = new_p[index]
            if prof.heading_key:
                by_heading[prof.heading_key].append(index)
            for word in prof.vocabulary:
                index_by_word[word].append(index)
    # A word in many sections does not tell them apart.
    rare_limit = max(3, len(free_new) // 20)
    scored: list[tuple[float, int, int]] = []
    for old_index in free_old:
        prof = old_p[old_index]
        gap = gaps.get(old_index, set())
        if all_pairs:
            candidates: set[int] = set(free_new)
        else:
            candidates = set(gap) | set(by_heading.get(prof.heading_key, ()))
            shared: dict[int, int] = defaultdict(int)
            for word in prof.vocabulary:
                holders = index_by_word.get(word)
                if holders and len(holders) <= rare_limit:
                    for new_index in holders:
                        shared[new_index] += 1
            best = sorted(shared.items(), key=lambda item: -item[1])[:CANDIDATES_PER_SECTION]
            candidates.update(new_index for new_index, _ in best)
        for new_index in candidates:
            score = similarity(prof, new_p[new_index])
            if new_index in gap:
                score += GAP_BONUS
                if score >= GAP_THRESHOLD:
                    scored.append((score, old_index, new_index))
            elif score >= MATCH_THRESHOLD:
                scored.append((score, old_index, new_index))
    # Best pairs first; ties broken by document order so results are stable.
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    matched = False
    for score, old_index, new_index in scored:
        if old_index in result.old_to_new or new_index in result.new_to_old:
            continue
        result.pair(old_index, new_index, min(score, 1.0))
        matched = True
    return matched
