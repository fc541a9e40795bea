"""Empty sections and in-page links to anchors that are not in the document.

A link's target counts as present when an export would point it at a section:
a section anchor (``#s-1-2``), or an anchor the export resolves by the
section's number and heading or by the link's text
(:mod:`policyeditor.core.render.links`). Everything else would be unwrapped
into plain text in an export, so it is a finding here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policyeditor.core.lint.findings import Finding
from policyeditor.core.model import Policy, walk
from policyeditor.core.render.links import section_anchor, section_targets, slug

_LINK = re.compile(r"\[(?P<label>[^\]\n]*)\]\(#(?P<anchor>[^)\s]*)\)"
                   r"|<a\s+href=\"#(?P<html>[^\"]*)\"")
_ANCHOR = re.compile(r"""\b(?:id|name)=["']([^"']+)["']|\{#([\w-]+)\}""")


def _declared(policy: Policy) -> set[str]:
    texts = [policy.preamble] + [ref.section.body for ref in walk(policy)]
    return {a or b for text in texts for a, b in _ANCHOR.findall(text)}


def _links(text: str, part: str, number: str | None, section_id: str | None,
           anchors: set[str], targets: dict[str, str]) -> Iterator[Finding]:
    for match in _LINK.finditer(text):
        anchor = match.group("anchor") if match.group("html") is None else match.group("html")
        label = match.group("label") or ""
        if anchor in anchors or targets.get(slug(anchor)) or (label and targets.get(slug(label))):
            continue
        yield Finding("link", "link.anchor", number, section_id, match.group(0), part,
                      match.start(), match.end(), (), {"label": label, "anchor": anchor})


def check(policy: Policy) -> list[Finding]:
    """Broken in-page links and empty sections of ``policy``."""
    refs = list(walk(policy))
    anchors = {section_anchor(ref.number) for ref in refs} | _declared(policy)
    targets = section_targets((ref.number, ref.section.heading) for ref in refs)
    found = list(_links(policy.preamble, "preamble", None, None, anchors, targets))
    for ref in refs:
        section = ref.section
        found += _links(section.body, "body", ref.number, section.id, anchors, targets)
        if not section.heading.strip():
            found.append(Finding("structure", "structure.no-heading", ref.number, section.id,
                                 "", "heading", 0, 0, (), {"number": ref.number}))
        if not section.body.strip() and not section.children:
            found.append(Finding("structure", "structure.empty", ref.number, section.id,
                                 section.heading, "heading", 0, len(section.heading), (),
                                 {"number": ref.number}))
    return found
