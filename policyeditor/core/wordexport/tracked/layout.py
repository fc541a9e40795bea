"""The redline document in reading order: title, dates, preamble, then every section.

Sections follow the new version's order; a removed section stands where it
was in the old one, deleted. A moved section appears twice, as a move: its old
text where it was (``moveFrom``) and its new text where it is (``moveTo``),
children travelling with their parent. Which sections stayed in place is the
longest common order of the two versions once the comparison's moves are set
aside, so the two views each read in their own order.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange
from policyeditor.core.model import Policy, walk
from policyeditor.core.render.labels import label
from policyeditor.core.wordexport.tracked.markdown_lines import Block
from policyeditor.core.wordexport.tracked.paragraphs import Paragraph, Placement, tracked_paragraphs

# Metadata shown under the title, in this order; other keys follow alphabetically.
_METADATA_LABELS = {"organisation": "organisation", "effective": "effective",
                    "last_changed": "last_changed"}


@dataclass(frozen=True)
class _Node:
    """One section in one version's pre-order, with its comparison entry."""

    key: int  # index of its SectionChange
    parent: int | None  # key of its parent's SectionChange


def redline_paragraphs(comparison: Comparison) -> list[Paragraph]:
    """Every paragraph of the redline, tracked, in reading order."""
    language = comparison.new.language
    result = tracked_paragraphs(comparison.title, mode="plain")
    for paragraph in result:
        paragraph.style = "Title"
    result.extend(_metadata(comparison, language))
    result.extend(tracked_paragraphs(comparison.preamble))
    result.extend(_sections(comparison))
    return result


def metadata_lines(policy: Policy, language: str) -> list[str]:
    """The metadata lines of one version as the redline shows them ("Label: value").

    ``language`` is the document's (the new version's): labels are the same on both sides.
    """
    return [f"{_metadata_label(key, language)}: {value}".replace("\n", " ")
            for key, value in sorted(policy.metadata.items(), key=lambda kv: _metadata_order(kv[0]))
            if value]


def _metadata_order(key: str) -> tuple[int, str]:
    known = list(_METADATA_LABELS)
    return (known.index(key), "") if key in known else (len(known), key)


def _metadata_label(key: str, language: str) -> str:
    return label(language, _METADATA_LABELS[key]) if key in _METADATA_LABELS else key


def _metadata(comparison: Comparison, language: str) -> list[Paragraph]:
    old, new = comparison.old.metadata, comparison.new.metadata
    paragraphs: list[Paragraph] = []
    for key in sorted(set(old) | set(new), key=_metadata_order):
        before, after = old.get(key) or "", new.get(key) or ""
        if not before and not after:
            continue
        name = f"{_metadata_label(key, language)}: "
        if before == after:
            ops: list[DiffOp] = [(0, name + after)]
        elif not before or not after:
            ops = [(1 if after else -1, name + (after or before))]
        else:
            ops = [(0, name), (-1, before), (1, after)]
        paragraphs.extend(tracked_paragraphs(ops, mode="plain"))
    return paragraphs


def _order(policy: Policy, ids: dict[str, int]) -> list[_Node]:
    nodes: list[_Node] = []
    for ref in walk(policy):
        key = ids.get(ref.section.id)
        if key is not None:
            parent = ids.get(ref.parent.id) if ref.parent is not None else None
            nodes.append(_Node(key, parent))
    return nodes


def _stayed(old: list[_Node], new: list[_Node], moved: set[int]) -> set[int]:
    """Sections in the same relative order in both versions (longest common order)."""
    common = {n.key for n in old} & {n.key for n in new}
    a = [n.key for n in old if n.key in common and n.key not in moved]
    b = [n.key for n in new if n.key in common and n.key not in moved]
    # Patience would be faster; policies have tens of sections, so plain LCS is fine.
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            lengths[i][j] = (lengths[i + 1][j + 1] + 1 if a[i] == b[j]
                             else max(lengths[i + 1][j], lengths[i][j + 1]))
    stayed: set[int] = set()
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            stayed.add(a[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return stayed


def _sections(comparison: Comparison) -> list[Paragraph]:
    changes = comparison.sections
    old_ids = {c.old_id: k for k, c in enumerate(changes) if c.old_id and c.change != "added"}
    new_ids = {c.new_id: k for k, c in enumerate(changes) if c.new_id and c.change != "removed"}
    old, new = _order(comparison.old, old_ids), _order(comparison.new, new_ids)
    moved = {k for k, c in enumerate(changes) if c.moved and c.change != "added"}
    # Children keep travelling with a moved parent when both versions agree on it.
    old_parent = {n.key: n.parent for n in old}
    for node in new:
        if node.parent in moved and old_parent.get(node.key) == node.parent:
            moved.add(node.key)
    stayed = _stayed(old, new, moved)
    # Sections in both versions but out of the common order are moves too.
    common = set(old_ids.values()) & set(new_ids.values())
    move_names = {k: f"move{n}" for n, k in enumerate(sorted(common - stayed), start=1)}
    result: list[Paragraph] = []
    i = j = 0
    while i < len(old) or j < len(new):
        while i < len(old) and old[i].key not in stayed:
            key = old[i].key
            result.extend(_section(changes[key], "old", move_names.get(key)))
            i += 1
        while j < len(new) and new[j].key not in stayed:
            key = new[j].key
            result.extend(_section(changes[key], "new", move_names.get(key)))
            j += 1
        if i < len(old) and j < len(new):
            result.extend(_section(changes[new[j].key], "both", None))
            i, j = i + 1, j + 1
        elif i < len(old) or j < len(new):
            break  # unreachable: a section that stayed is in both orders
    return result


def _number_ops(change: SectionChange, placement: Placement) -> list[DiffOp]:
    before, after = change.old_number or "", change.new_number or ""
    # In one place only (a move, an addition, a removal) the number belongs to that place.
    if placement == "old":
        return [(0, before)]
    if placement == "new":
        return [(0, after)]
    if before == after:
        return [(0, after)]
    return [op for op in ((-1, before), (1, after)) if op[1]]


def _section(change: SectionChange, placement: Placement, move: str | None) -> list[Paragraph]:
    """Heading and body of one section, placed in both versions or only in one."""
    heading_ops = [*_number_ops(change, placement), (0, " "), *change.heading]
    moved = move is not None
    heading = tracked_paragraphs(heading_ops, placement=placement, moved=moved, mode="plain")
    depth = max(0, change.number.count("."))
    for paragraph in heading:
        paragraph.style = f"Heading{min(depth + 1, 9)}"
        paragraph.heading = True
        paragraph.block = Block("heading", depth + 1)
    body = tracked_paragraphs(change.body, placement=placement, moved=moved)
    paragraphs = heading + body
    for paragraph in paragraphs:
        paragraph.section_id = change.section_id
        paragraph.move = move
        paragraph.move_from = placement == "old"
    return paragraphs
