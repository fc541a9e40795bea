"""The document that a reviewer's decisions give: accepted changes in, rejected out.

Per word group: an accepted insertion is kept and an accepted deletion
dropped; a rejected one the other way round. Per section: an added section
accepted is there, rejected absent; a removed section rejected is kept,
accepted absent; a move accepted puts the section where the new version has
it, rejected where the old one had it. Undecided changes read as the new side
has them (they are in the draft after an import, as unreviewed tracked
changes stay in a Word document).

Matched sections keep the old side's id (history and review state follow
them); an added section keeps its own id unless the old side used it for
another section, and no id occurs twice.

Where sections go is decided per parent. Each present section follows the
structure of one side: the new one, unless it is a removed section kept or a
move rejected. Its parent is its parent on that side (the nearest present
ancestor when that one is gone); among its siblings, sections that follow the
new side keep the new reading order, and each section following the old side
goes right after the sibling it came after in the old version. Accepting
everything therefore gives exactly the new structure and rejecting everything
exactly the old.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from policyeditor.core.compare.result import Comparison, SectionChange
from policyeditor.core.merge.changes import (
    ACCEPT,
    REJECT,
    Change,
    Decision,
    Decisions,
    list_changes,
    resolve_ops,
)
from policyeditor.core.model import Policy, Section, new_section_id, walk


@dataclass
class _Entry:
    """One row of the comparison as it ends up in the result."""

    change: SectionChange
    present: bool
    follows_new: bool
    section: Section
    new_parent: int | None = None  # entry index of the parent on the new side
    old_parent: int | None = None
    old_order: int = -1  # position in the old version's reading order
    children: list[int] = field(default_factory=list)


def build_policy(comparison: Comparison, decisions: Decisions,
                 default: Decision = ACCEPT) -> Policy:
    """The policy ``comparison``'s new side becomes under ``decisions`` (by change key)."""
    changes = list_changes(comparison)
    choice = {c.key: decisions.get(c.key, default) for c in changes}
    result = Policy(
        title=comparison.new.title,
        language=comparison.new.language,
        metadata=dict(comparison.new.metadata),
    )
    by_part: dict[tuple[int, str], dict[int, bool]] = {}
    section_choice: dict[tuple[int, str], Decision] = {}
    for c in changes:
        accepted = choice[c.key] == ACCEPT
        if c.kind == "language" and not accepted:
            result.language = c.old
        elif c.kind == "metadata" and not accepted:
            old = comparison.metadata[c.part][0]
            if old is None:
                result.metadata.pop(c.part, None)
            else:
                result.metadata[c.part] = old
        elif c.is_section_level:
            section_choice[c.section, c.kind] = choice[c.key]
        else:
            by_part.setdefault((c.section, c.part), {})[c.start] = accepted
    result.title = resolve_ops(comparison.title, by_part.get((-1, "title"), {}))
    result.preamble = resolve_ops(comparison.preamble, by_part.get((-1, "preamble"), {}))
    entries = _entries(comparison, by_part, section_choice, default)
    _link(comparison, entries)
    result.sections = _assemble(entries)
    return result


def _text(change: SectionChange, by_part: dict[tuple[int, str], dict[int, bool]],
          index: int) -> tuple[str, str]:
    whole = change.new_section if change.old_section is None else change.old_section
    if change.new_section is None or change.old_section is None:
        assert whole is not None
        return whole.heading, whole.body  # an added or removed section is decided whole
    if change.change == "unchanged":
        return change.new_section.heading, change.new_section.body
    return (resolve_ops(change.heading, by_part.get((index, "heading"), {})),
            resolve_ops(change.body, by_part.get((index, "body"), {})))


def _entries(comparison: Comparison, by_part: dict[tuple[int, str], dict[int, bool]],
             section_choice: dict[tuple[int, str], Decision],
             default: Decision) -> list[_Entry]:
    old_ids = {ref.section.id for ref in walk(comparison.old)}
    used: set[str] = set()
    entries: list[_Entry] = []
    for index, change in enumerate(comparison.sections):
        old, new = change.old_section, change.new_section
        if old is not None and new is not None:
            present = True
            follows_new = section_choice.get((index, "moved"), default) == ACCEPT
            source, section_id = new, old.id
        elif new is not None:
            present = section_choice.get((index, "added"), default) == ACCEPT
            follows_new, source, section_id = True, new, new.id
        else:
            assert old is not None  # a comparison row always has a side
            present = section_choice.get((index, "removed"), default) == REJECT
            follows_new, source, section_id = False, old, old.id
        heading, body = _text(change, by_part, index)
        if old is None and (section_id in old_ids or section_id in used or not section_id):
            # An imported revision may carry an id the old side gave another section.
            section_id = new_section_id()
            while section_id in old_ids or section_id in used:
                section_id = new_section_id()
        if present:
            used.add(section_id)
        section = Section(heading=heading, body=body, id=section_id,
                          comments=copy.deepcopy(source.comments))
        entries.append(_Entry(change, present, follows_new, section))
    return entries


def _link(comparison: Comparison, entries: list[_Entry]) -> None:
    """Fill in each entry's parents on both sides and its place in the old reading order."""
    by_new = {id(e.change.new_section): i for i, e in enumerate(entries)
              if e.change.new_section is not None}
    by_old = {id(e.change.old_section): i for i, e in enumerate(entries)
              if e.change.old_section is not None}
    for ref in walk(comparison.new):
        index = by_new.get(id(ref.section))
        if index is not None and ref.parent is not None:
            entries[index].new_parent = by_new.get(id(ref.parent))
    for order, ref in enumerate(walk(comparison.old)):
        index = by_old.get(id(ref.section))
        if index is None:
            continue
        entries[index].old_order = order
        if ref.parent is not None:
            entries[index].old_parent = by_old.get(id(ref.parent))


def _parent(entries: list[_Entry], index: int) -> int | None:
    """The present section that ``index`` goes under (None: top level)."""
    entry = entries[index]
    new_side = entry.follows_new
    parent = entry.new_parent if new_side else entry.old_parent
    while parent is not None and not entries[parent].present:
        # Walk up the same side's tree: the missing parent exists on that side.
        parent = entries[parent].new_parent if new_side else entries[parent].old_parent
    return parent


def _break_cycles(parents: dict[int, int | None]) -> None:
    """Two sections each under the other (one move accepted, one rejected): lift one."""
    for start in parents:
        seen = {start}
        node = parents[start]
        while node is not None:
            if node in seen:
                parents[node] = None  # the top level always takes a section
                break
            seen.add(node)
            node = parents[node]


def _assemble(entries: list[_Entry]) -> list[Section]:
    present = [i for i, e in enumerate(entries) if e.present]
    parents = {i: _parent(entries, i) for i in present}
    _break_cycles(parents)
    groups: dict[int | None, list[int]] = {}
    for i in present:
        groups.setdefault(parents[i], []).append(i)
    top: list[Section] = []
    for parent, members in groups.items():
        ordered = sorted(members, key=lambda i: _sort_key(entries, members, i))
        target = top if parent is None else entries[parent].section.children
        target.extend(entries[i].section for i in ordered)
    return top


def _sort_key(entries: list[_Entry], siblings: list[int], index: int) -> tuple[int, int, int]:
    """New-side sections by reading order; an old-side one after its old predecessor."""
    entry = entries[index]
    if entry.follows_new:
        return (index, 0, 0)
    anchors = [
        i for i in siblings
        if entries[i].follows_new and 0 <= entries[i].old_order < entry.old_order
    ]
    anchor = max(anchors, key=lambda i: entries[i].old_order, default=-1)
    return (anchor, 1, entry.old_order)


def decisions_for(changes: list[Change], decision: Decision) -> dict[str, Decision]:
    """The same decision for every change in ``changes`` (accept all, reject all)."""
    return {c.key: decision for c in changes}
