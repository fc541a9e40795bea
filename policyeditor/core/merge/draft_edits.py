"""The edits that turn the draft into a built policy, as one invertible step.

When the sections are the same (same ids in the same tree) only the texts
that differ are set, so the editor's views redraw just those sections; when
sections come or go or move, the whole section tree is replaced (still exact
to undo: removal and insertion keep the section objects). Title, language,
preamble and metadata are set where they differ.
"""

from __future__ import annotations

from policyeditor.core import edits
from policyeditor.core.edits import Edit
from policyeditor.core.model import Policy, walk


def _shape(policy: Policy) -> list[tuple[str, tuple[int, ...]]]:
    return [(ref.section.id, ref.path) for ref in walk(policy)]


def draft_edits(current: Policy, target: Policy) -> list[Edit]:
    """Edits that make ``current`` read exactly as ``target`` (empty when it already does)."""
    out: list[Edit] = []
    if _shape(current) == _shape(target):
        now = {ref.section.id: ref.section for ref in walk(current)}
        for ref in walk(target):
            section = now[ref.section.id]
            if section.heading != ref.section.heading:
                out.append(edits.SetHeading(section.id, ref.section.heading))
            if section.body != ref.section.body:
                out.append(edits.SetBody(section.id, ref.section.body))
    else:
        out += [edits.RemoveSection(s.id) for s in current.sections]
        out += [edits.InsertSection(None, i, s.clone()) for i, s in enumerate(target.sections)]
    if current.title != target.title:
        out.append(edits.SetTitle(target.title))
    if current.language != target.language:
        out.append(edits.SetLanguage(target.language))
    if current.preamble != target.preamble:
        out.append(edits.SetPreamble(target.preamble))
    for key in sorted(set(current.metadata) | set(target.metadata)):
        if current.metadata.get(key) != target.metadata.get(key):
            out.append(edits.SetMetadata(key, target.metadata.get(key)))
    return out
