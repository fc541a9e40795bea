"""Compare two policies: align sections, diff the changed ones, find moves.

The comparison lists every section of both versions exactly once, in the
reading order of the new version; a removed section stands where it stood in
the old one (after the section that preceded it there). Only sections whose
text differs are diffed, one at a time: never the whole document at once.
"""

from __future__ import annotations

from policyeditor.core.compare import noise
from policyeditor.core.compare.align import Alignment, align
from policyeditor.core.compare.moves import find_flows, find_moves
from policyeditor.core.compare.result import Comparison, SectionChange, SideInfo
from policyeditor.core.compare.tokens import TokenMap
from policyeditor.core.compare.worddiff import diff_words
from policyeditor.core.model import Policy, SectionRef


def compare(
    old: Policy,
    new: Policy,
    *,
    ignore_formatting: bool = False,
    old_info: SideInfo | None = None,
    new_info: SideInfo | None = None,
) -> Comparison:
    """The comparison of ``old`` with ``new`` (flags are left empty for the rules)."""
    tokens = TokenMap(noise.token_key if ignore_formatting else None)
    alignment = align(old, new)
    moved = find_moves(alignment)
    changes: dict[tuple[str, int], SectionChange] = {}
    changed_old: set[int] = set()
    changed_new: set[int] = set()
    for new_index, ref in enumerate(alignment.new_refs):
        old_index = alignment.new_to_old.get(new_index)
        if old_index is None:
            changes["new", new_index] = _added(ref)
            changed_new.add(new_index)
            continue
        change = _paired(alignment.old_refs[old_index], ref, tokens, ignore_formatting)
        change.moved = new_index in moved
        changes["new", new_index] = change
        if change.change != "unchanged":
            changed_old.add(old_index)
            changed_new.add(new_index)
    for old_index, ref in enumerate(alignment.old_refs):
        if old_index not in alignment.old_to_new:
            changes["old", old_index] = _removed(ref)
            changed_old.add(old_index)
    _link_flows(alignment, changes, changed_old, changed_new)
    return Comparison(
        old=old,
        new=new,
        old_info=old_info or SideInfo(source="", label=None, title=old.title),
        new_info=new_info or SideInfo(source="", label=None, title=new.title),
        sections=[changes[key] for key in _reading_order(alignment)],
        title=diff_words(old.title, new.title, tokens),
        preamble=diff_words(old.preamble, new.preamble, tokens),
        ignore_formatting=ignore_formatting,
        metadata=_metadata_changes(old, new),
        language=None if old.language == new.language else (old.language, new.language),
    )


def _metadata_changes(old: Policy, new: Policy) -> dict[str, tuple[str | None, str | None]]:
    """Metadata keys whose values differ: a changed date or organisation is a change too."""
    keys = sorted(set(old.metadata) | set(new.metadata))
    return {
        key: (old.metadata.get(key), new.metadata.get(key))
        for key in keys
        if old.metadata.get(key) != new.metadata.get(key)
    }


def _added(ref: SectionRef) -> SectionChange:
    section = ref.section
    return SectionChange(
        change="added", moved=False, old_number=None, new_number=ref.number,
        old_id=None, new_id=section.id,
        heading=[(1, section.heading)] if section.heading else [],
        body=[(1, section.body)] if section.body else [],
        new_section=section, depth=ref.depth,
    )


def _removed(ref: SectionRef) -> SectionChange:
    section = ref.section
    return SectionChange(
        change="removed", moved=False, old_number=ref.number, new_number=None,
        old_id=section.id, new_id=None,
        heading=[(-1, section.heading)] if section.heading else [],
        body=[(-1, section.body)] if section.body else [],
        old_section=section, depth=ref.depth,
    )


def _paired(
    old_ref: SectionRef, new_ref: SectionRef, tokens: TokenMap, ignore_formatting: bool
) -> SectionChange:
    before, after = old_ref.section, new_ref.section
    if ignore_formatting:
        same = noise.same_but_formatting(before.heading, after.heading) and (
            noise.same_but_formatting(before.body, after.body)
        )
    else:
        same = before.heading == after.heading and before.body == after.body
    return SectionChange(
        change="unchanged" if same else "modified",
        moved=False,
        old_number=old_ref.number,
        new_number=new_ref.number,
        old_id=before.id,
        new_id=after.id,
        heading=diff_words(before.heading, after.heading, tokens),
        body=diff_words(before.body, after.body, tokens),
        old_section=before,
        new_section=after,
        depth=new_ref.depth,
    )


def _link_flows(
    alignment: Alignment,
    changes: dict[tuple[str, int], SectionChange],
    changed_old: set[int],
    changed_new: set[int],
) -> None:
    splits, merges = find_flows(alignment, changed_old, changed_new)
    for new_index, old_index in sorted(splits.items()):
        old_ref, new_ref = alignment.old_refs[old_index], alignment.new_refs[new_index]
        changes["new", new_index].split_from = (old_ref.section.id, old_ref.number)
        giver = _change_of_old(alignment, changes, old_index)
        giver.split_into.append((new_ref.section.id, new_ref.number))
    for old_index, new_index in sorted(merges.items()):
        old_ref, new_ref = alignment.old_refs[old_index], alignment.new_refs[new_index]
        changes["old", old_index].merged_into = (new_ref.section.id, new_ref.number)
        taker = changes["new", new_index]
        taker.merged_from.append((old_ref.section.id, old_ref.number))


def _change_of_old(
    alignment: Alignment, changes: dict[tuple[str, int], SectionChange], old_index: int
) -> SectionChange:
    """The change that reports old section ``old_index`` (paired or removed)."""
    new_index = alignment.old_to_new.get(old_index)
    return changes["old", old_index] if new_index is None else changes["new", new_index]


def _reading_order(alignment: Alignment) -> list[tuple[str, int]]:
    """Keys of the changes: new order, each removal after its old predecessor."""
    removed_after: dict[int, list[int]] = {}
    anchor = -1  # new index of the last matched section met in old order
    for old_index in range(len(alignment.old_refs)):
        target = alignment.old_to_new.get(old_index)
        if target is None:
            removed_after.setdefault(anchor, []).append(old_index)
        else:
            anchor = target
    order: list[tuple[str, int]] = [("old", i) for i in removed_after.get(-1, ())]
    for new_index in range(len(alignment.new_refs)):
        order.append(("new", new_index))
        order.extend(("old", i) for i in removed_after.get(new_index, ()))
    return order
