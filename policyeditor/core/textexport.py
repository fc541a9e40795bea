"""Export a policy as Markdown or as plain text in the seed's numbered form.

Both forms write what :mod:`policyeditor.core.importing` reads back to the
same structure and text:

* plain text: the title on the first line, an "Effective" line if the
  metadata has one, the preamble, each section as ``1. Heading`` / ``1.1
  Heading`` followed by its body, and a closing "Senast ändrad: DATE" /
  "Last updated: DATE" line (label in the policy's language; a date line
  imported with other wording is written as it was, word for word);
* Markdown: the same, with ``# Title`` and ``##``... headings (one level per
  depth, capped at ``######``; numbers are part of the heading text so the
  depth is still clear past level six) and heading text escaped.

Numbers are derived from position. Metadata other than the two dates is not
part of these text forms (JSON export carries all of it).
"""

from __future__ import annotations

from policyeditor.core.importing.markdown_in import escape_heading
from policyeditor.core.importing.metadata import EFFECTIVE, LAST_CHANGED, export_date_line
from policyeditor.core.model import Policy, walk


def _number(number: str, depth: int) -> str:
    # The seed writes "1." at the top level and "1.1", "1.2.1" below it.
    return number + "." if depth == 0 else number


def _assemble(policy: Policy, title: str, headings: list[tuple[str, str]]) -> str:
    parts = [title, export_date_line(policy.metadata, EFFECTIVE, policy.language) or ""]
    if policy.preamble.strip():
        parts.append(policy.preamble.strip("\n"))
    for heading, body in headings:
        parts.append(heading)
        if body.strip():
            parts.append(body.strip("\n"))
    parts.append(export_date_line(policy.metadata, LAST_CHANGED, policy.language) or "")
    return "\n\n".join(part for part in parts if part) + "\n"


def to_plain_text(policy: Policy) -> str:
    """The policy as plain text with numbered headings, like the seed."""
    headings = []
    for ref in walk(policy):
        line = _number(ref.number, ref.depth)
        if ref.section.heading:
            line += " " + " ".join(ref.section.heading.split())
        headings.append((line, ref.section.body))
    return _assemble(policy, " ".join(policy.title.split()), headings)


def to_markdown(policy: Policy) -> str:
    """The policy as Markdown: ``# Title``, ``## 1. Heading``, ``### 1.1 Heading``..."""
    headings = []
    for ref in walk(policy):
        line = "#" * min(ref.depth + 2, 6) + " " + _number(ref.number, ref.depth)
        if ref.section.heading:
            line += " " + escape_heading(" ".join(ref.section.heading.split()))
        headings.append((line, ref.section.body))
    title = escape_heading(" ".join(policy.title.split()))
    # An empty title is written as a bare "#" so the first paragraph of the
    # preamble is not taken for the title on import.
    return _assemble(policy, "# " + title if title else "#", headings)
