"""Where each significance flag goes as a Word comment, and what the comment says.

Only medium and high flags become comments (low ones are editorial noise in a
legal review). A comment is anchored on the changed words of its section: the
inserted or deleted run in the paragraph that holds the flag's evidence (the
quoted sentences), else the first changed run of the section, else the
section's heading. Its text is in the document's language: severity,
explanation, legal reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.render.labels import label
from policyeditor.core.wordexport.tracked.paragraphs import Paragraph

COMMENTED_SEVERITIES = ("high", "medium")
_QUOTE = re.compile(r"“([^”]*)”")
_CHANGED = ("ins", "del", "moveTo")
_PROBE = 30  # characters of a quote looked for (a quote may join heading and body)


@dataclass(frozen=True)
class FlagComment:
    """One comment: its text and where it is anchored."""

    flag: Flag
    text: str
    paragraph: int
    run: int | None  # None: the whole paragraph


def comment_text(flag: Flag, language: str) -> str:
    """Severity, explanation and reference in the document's language (one line each)."""
    explanation = flag.explanations.get(language) or flag.explanation
    lines = [f"{label(language, 'severity_' + flag.severity)}: {explanation}"]
    if flag.secondary:  # the other categories of the same change (one flag per change)
        names = ", ".join(label(language, f"category_{c}") for c in flag.secondary)
        lines.append(label(language, "also_concerns", categories=names))
    if flag.reference:
        lines.append(f"{label(language, 'reference')}: {flag.reference}")
    return "\n".join(lines)


def flag_comments(comparison: Comparison, paragraphs: list[Paragraph]) -> list[FlagComment]:
    """A comment for every medium or high flag that has a section in the redline."""
    language = comparison.new.language
    by_section: dict[str, list[int]] = {}
    for index, paragraph in enumerate(paragraphs):
        if paragraph.section_id:
            by_section.setdefault(paragraph.section_id, []).append(index)
    comments: list[FlagComment] = []
    for flag in comparison.flags:
        if flag.severity not in COMMENTED_SEVERITIES:
            continue
        indexes = by_section.get(flag.section_id)
        if not indexes:
            # A flag about the document as a whole: on the title.
            indexes = [0] if paragraphs else []
        if not indexes:
            continue
        where = _anchor(flag, paragraphs, indexes)
        comments.append(FlagComment(flag, comment_text(flag, language), *where))
    return comments


def _anchor(
    flag: Flag, paragraphs: list[Paragraph], indexes: list[int]
) -> tuple[int, int | None]:
    # A moved section is in the document twice: its new place is where it is read.
    current = [i for i in indexes if not paragraphs[i].move_from] or indexes
    probes = [q.strip().rstrip("…").strip()[:_PROBE] for q in _QUOTE.findall(flag.evidence)]
    probes = [p for p in probes if p]
    changed = [
        (i, r) for i in current for r, run in enumerate(paragraphs[i].runs) if run.mark in _CHANGED
    ]
    for probe in probes:
        for i, r in changed:
            paragraph = paragraphs[i]
            if probe in paragraph.view_text("new") or probe in paragraph.view_text("old"):
                return i, r
    if changed:
        return changed[0]
    heading = next((i for i in current if paragraphs[i].heading), current[0])
    return heading, None
