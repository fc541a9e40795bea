"""Moves, splits and merges found on an alignment.

A section is *moved* when its parent changed, or when its order among the
siblings it kept changed. Renumbering caused only by insertions or removals
elsewhere is not a move: within each parent, the matched children that stay
in a longest increasing subsequence of their old order did not move; only the
others did (the fewest sections that explain the new order).

A *split* is an added section whose words mostly come from an old section
whose text shrank or vanished; a *merge* is a removed section whose words
mostly reappear in a new section that grew. Both are reported as links
between the sections, so the reader sees text flowing rather than an
unrelated deletion and insertion.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable

from policyeditor.core.compare.align import Alignment
from policyeditor.core.compare.similarity import words
from policyeditor.core.model import SectionRef

# Share of a section's words that must be found in the other section.
FLOW_CONTAINMENT = 0.6
# Sections shorter than this say too little to claim a split or merge.
FLOW_MIN_WORDS = 8


def _parent_indexes(refs: list[SectionRef]) -> list[int]:
    position = {id(ref.section): index for index, ref in enumerate(refs)}
    return [-1 if ref.parent is None else position[id(ref.parent)] for ref in refs]


def longest_increasing(values: list[int]) -> set[int]:
    """Positions in ``values`` forming one longest strictly increasing subsequence."""
    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_pos: list[int] = []
    previous = [-1] * len(values)
    for pos, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_pos.append(pos)
        else:
            tails[length] = value
            tail_pos[length] = pos
        previous[pos] = tail_pos[length - 1] if length else -1
    kept: set[int] = set()
    pos = tail_pos[-1] if tail_pos else -1
    while pos != -1:
        kept.add(pos)
        pos = previous[pos]
    return kept


def find_moves(alignment: Alignment) -> set[int]:
    """Indexes (into ``alignment.new_refs``) of matched sections that moved."""
    old_parent = _parent_indexes(alignment.old_refs)
    new_parent = _parent_indexes(alignment.new_refs)
    moved: set[int] = set()
    siblings: dict[int, list[int]] = defaultdict(list)
    for new_index in sorted(alignment.new_to_old):
        old_index = alignment.new_to_old[new_index]
        before, after = old_parent[old_index], new_parent[new_index]
        same_parent = before == after == -1 or (
            before != -1 and alignment.old_to_new.get(before) == after
        )
        if same_parent:
            siblings[after].append(new_index)
        else:
            moved.add(new_index)
    for group in siblings.values():
        order = [alignment.old_refs[alignment.new_to_old[i]].index for i in group]
        kept = longest_increasing(order)
        moved.update(new_index for pos, new_index in enumerate(group) if pos not in kept)
    return moved


def shingles(text: str) -> set[tuple[str, str, str]]:
    """Word triples of ``text``: shared triples mean shared wording, not shared vocabulary."""
    found = words(text)
    return set(zip(found, found[1:], found[2:], strict=False))


def _best_container(
    part: set[tuple[str, str, str]],
    index_by_shingle: dict[tuple[str, str, str], list[int]],
) -> int | None:
    """The indexed section holding most of ``part``'s wording, if it holds enough."""
    shared: dict[int, int] = defaultdict(int)
    for shingle in part:
        for index in index_by_shingle.get(shingle, ()):
            shared[index] += 1
    if not shared:
        return None
    index, count = max(shared.items(), key=lambda item: (item[1], -item[0]))
    return index if count >= FLOW_CONTAINMENT * len(part) else None


def _flows(
    parts: list[int],
    part_text: Callable[[int], str],
    pool: list[int],
    pool_text: Callable[[int], str],
) -> dict[int, int]:
    index_by_shingle: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index in pool:
        for shingle in shingles(pool_text(index)):
            index_by_shingle[shingle].append(index)
    found: dict[int, int] = {}
    for index in parts:
        part = shingles(part_text(index))
        if len(part) + 2 >= FLOW_MIN_WORDS:
            container = _best_container(part, index_by_shingle)
            if container is not None:
                found[index] = container
    return found


def find_flows(
    alignment: Alignment, changed_old: set[int], changed_new: set[int]
) -> tuple[dict[int, int], dict[int, int]]:
    """Splits ``{added new index: old index}`` and merges ``{removed old index: new index}``.

    ``changed_old`` / ``changed_new`` are the indexes whose text changed or
    that have no counterpart: only such sections can give or receive text.
    A section's wording (word triples of its body) must be found mostly in
    the other section; shared vocabulary alone is not enough.
    """
    added = [i for i in range(len(alignment.new_refs)) if i not in alignment.new_to_old]
    removed = [i for i in range(len(alignment.old_refs)) if i not in alignment.old_to_new]

    def old_body(index: int) -> str:
        return alignment.old_refs[index].section.body

    def new_body(index: int) -> str:
        return alignment.new_refs[index].section.body

    splits = _flows(added, new_body, sorted(changed_old), old_body) if added else {}
    merges = _flows(removed, old_body, sorted(changed_new), new_body) if removed else {}
    return splits, merges
