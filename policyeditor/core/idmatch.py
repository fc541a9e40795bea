"""Carry section ids over to a revised text imported into an existing workspace.

A revision drafted elsewhere arrives as a plain file whose sections have fresh
ids. Matching them to the sections already in the workspace, by the same
matcher the compare engine aligns with, lets history and review state follow
each section across the import (DESIGN.md §5, ``import`` into a workspace);
review comments on a matched section follow it onto its revised words.
"""

from __future__ import annotations

import copy

from policyeditor.core.comments.anchor import remap
from policyeditor.core.compare.align import align
from policyeditor.core.model import Policy, iter_sections, new_section_id


def carry_over_ids(existing: Policy, imported: Policy) -> Policy:
    """A copy of ``imported`` whose sections bear the ids of their matches in ``existing``.

    Sections are matched by heading and content similarity only: ids that
    arrive with an imported file are not trusted to mean the same section (a
    file edited elsewhere may carry ids that now label other text), and an
    unchanged re-import is recovered exactly by content anyway. Unmatched
    sections keep their id only if it is unused in ``existing`` and unique,
    else get a fresh one. No id occurs twice in the result. Neither argument
    is changed.
    """
    result = imported.clone()
    alignment = align(existing, result, use_ids=False)
    existing_ids = {section.id for section in iter_sections(existing.sections)}
    used: set[str] = set()
    # Matched sections first, so their ids are taken before any fresh choice;
    # a damaged workspace may repeat an id, and only its first match keeps it.
    assigned: dict[int, str] = {}
    for new_index in sorted(alignment.new_to_old):
        section_id = alignment.old_refs[alignment.new_to_old[new_index]].section.id
        if section_id not in used:
            assigned[new_index] = section_id
            used.add(section_id)
    for new_index, ref in enumerate(alignment.new_refs):
        if new_index in assigned:
            section_id = assigned[new_index]
        else:
            section_id = ref.section.id
            # An id the existing document used for another section would
            # splice this section into that one's history.
            if not section_id or section_id in existing_ids or section_id in used:
                section_id = new_section_id()
                while section_id in existing_ids or section_id in used:
                    section_id = new_section_id()
            used.add(section_id)
        ref.section.id = section_id
    _carry_over_comments(existing, result)
    return result


def _carry_over_comments(existing: Policy, result: Policy) -> None:
    """Review comments of matched sections follow them into the revision, on their words.

    A comment is mapped from the old text to the revised one as an edit would
    map it (its words deleted: detached, still listed); comments that arrive
    with the revision (Word comments) come after, an id already there once only.
    """
    old_by_id = {section.id: section for section in iter_sections(existing.sections)}
    for section in iter_sections(result.sections):
        old = old_by_id.get(section.id)
        if old is None or not old.comments:
            continue
        carried = copy.deepcopy(old.comments)
        remap(carried, old.body, section.body)
        kept = {c.id for c in carried}
        section.comments = carried + [c for c in section.comments if c.id not in kept]
