"""Find and replace across a whole policy (headings and bodies of every section).

Pure functions over the model: the find panel lists the matches and turns a
replacement into edits pushed through the session as one undo step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyeditor.core import edits
from policyeditor.core.model import Policy, walk

PREAMBLE = "preamble"
HEADING = "heading"
BODY = "body"


@dataclass(frozen=True)
class Match:
    """One occurrence: where (section id, field, offset) and a line of context."""

    section_id: str  # '' for the preamble
    number: str
    field: str
    start: int
    length: int
    context: str


def compile_pattern(text: str, *, match_case: bool, whole_words: bool) -> re.Pattern[str] | None:
    """A regex for literal ``text`` (None for an empty search)."""
    if not text:
        return None
    body = re.escape(text)
    if whole_words:
        body = rf"(?<!\w){body}(?!\w)"  # \w is Unicode-aware: å, ä, ö are letters
    return re.compile(body, 0 if match_case else re.IGNORECASE)


def _context(text: str, start: int, length: int, width: int = 36) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[start + length : start + length + width].replace("\n", " ")
    prefix = "…" if start > width else ""
    suffix = "…" if start + length + width < len(text) else ""
    return f"{prefix}{left}[{text[start : start + length]}]{right}{suffix}"


def find_all(policy: Policy, pattern: re.Pattern[str] | None) -> list[Match]:
    """Every match in document order: preamble, then each section's heading and body."""
    if pattern is None:
        return []
    found = [
        Match(
            "",
            "",
            PREAMBLE,
            m.start(),
            m.end() - m.start(),
            _context(policy.preamble, m.start(), m.end() - m.start()),
        )
        for m in pattern.finditer(policy.preamble)
    ]
    for ref in walk(policy):
        for field in (HEADING, BODY):
            text = getattr(ref.section, field)
            for m in pattern.finditer(text):
                found.append(
                    Match(
                        ref.section.id,
                        ref.number,
                        field,
                        m.start(),
                        m.end() - m.start(),
                        _context(text, m.start(), m.end() - m.start()),
                    )
                )
    return found


def replacement_edits(
    policy: Policy, pattern: re.Pattern[str], replacement: str, only: Match | None = None
) -> list[edits.Edit]:
    """Edits that replace every match (or just ``only``) with ``replacement``."""
    literal = replacement.replace("\\", "\\\\")  # a replacement is text, never a regex template

    def swap(text: str) -> str:
        if only is None:
            return pattern.sub(literal, text)
        end = only.start + only.length
        if not pattern.fullmatch(text, only.start, end):
            return text
        return text[: only.start] + replacement + text[end:]

    result: list[edits.Edit] = []
    if only is None or only.field == PREAMBLE:
        new = swap(policy.preamble)
        if new != policy.preamble:
            result.append(edits.SetPreamble(new))
    for ref in walk(policy):
        if only is not None and ref.section.id != only.section_id:
            continue
        for field in (HEADING, BODY):
            if only is not None and only.field != field:
                continue
            old = getattr(ref.section, field)
            new = swap(old)
            if new != old:
                cls = edits.SetHeading if field == HEADING else edits.SetBody
                result.append(cls(ref.section.id, new))
    return result
