"""A drafting problem found by ``lint``: what, where, and how to fix it.

The JSON form is a contract (DESIGN.md §6, ``lint --format json``). The
finding also keeps where it is inside the section (``part`` and character
offsets into that part's Markdown) so the editor can select the words, and
its ``code`` and ``params`` so the sentence is made in one place, in the
reader's language (:mod:`policyeditor.core.lint.messages`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: ``kind`` values of DESIGN.md §6
KINDS = ("spelling", "cross-reference", "defined-term", "link", "structure")

#: which text of a section a finding is in
PARTS = ("heading", "body", "preamble", "title")


@dataclass(frozen=True)
class Finding:
    """One problem in one place."""

    kind: str
    code: str
    section: str | None  # number such as "4.2"; None in the title or preamble
    section_id: str | None
    text: str  # the words the finding is about, as they read
    part: str = "body"
    start: int = 0
    end: int = 0
    suggestions: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict)

    def to_json(self, message: str) -> dict[str, Any]:
        """The contract's object (DESIGN.md §6)."""
        return {
            "kind": self.kind,
            "section": self.section,
            "section_id": self.section_id,
            "text": self.text,
            "message": message,
            "suggestions": list(self.suggestions),
        }
