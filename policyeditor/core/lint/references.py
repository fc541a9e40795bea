"""References to sections by number, and by number with a quoted title.

"se avsnitt 4.2", "punkt 3", "§ 5", "section 12", "see Section 3 ‘Personal
data we collect about you’". After sections move, such a reference may point
nowhere (the number does not exist) or at the wrong place (the quoted title
is another section's heading): both are findings. References to other
documents ("Section 7027(m) of the CCPA Regulations", "avsnitt 3 i lagen")
are left alone: the words after the number say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from policyeditor.core.lint.findings import Finding
from policyeditor.core.model import Policy, walk

_REFERENCE = re.compile(
    r"(?P<word>\b(?:avsnitt(?:et|en)?|punkt(?:en|erna)?|sections?|clauses?|paragraphs?)"
    r"\s+|§\s*)"
    r"(?P<number>\d{1,3}(?:\.\d{1,3})*)(?![\d.]*\d)(?P<sub>\([A-Za-z0-9]{1,3}\))?"
    r"(?P<title>,?\s*[‘“\"'”«](?P<quoted>[^’”\"'»\]\n]{2,120})[’”\"'»\]])?",
    re.IGNORECASE,
)
# what follows a number that points outside this document
_EXTERNAL = re.compile(
    r"\s*(?:of|in|under|i|enligt)\s+(?!this\b|these\b|our\b|denna\b|detta\b|den här\b"
    r"|dessa\b|vår\b|våra\b)\S", re.IGNORECASE)
_NORMAL = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Reference:
    """One reference found in a text."""

    text: str
    number: str
    quoted: str | None
    start: int
    end: int
    number_start: int = 0


def find(text: str) -> Iterator[Reference]:
    """The references to sections in ``text``."""
    for match in _REFERENCE.finditer(text):
        after = text[match.end():match.end() + 40]
        if _EXTERNAL.match(after) and not match.group("title"):
            continue
        number = match.group("number").rstrip(".")
        quoted = match.group("quoted")
        yield Reference(match.group(0).rstrip(",").strip(), number,
                        quoted.strip() if quoted else None, match.start(), match.end(),
                        match.start("number"))


def _normal(text: str) -> str:
    return _NORMAL.sub(" ", text.casefold()).strip()


def _findings_in(text: str, part: str, number: str | None, section_id: str | None,
                 headings: dict[str, str]) -> Iterator[Finding]:
    for ref in find(text):
        params = {"reference": ref.text, "number": ref.number}
        if ref.number not in headings:
            yield Finding("cross-reference", "reference.missing", number, section_id,
                          ref.text, part, ref.start, ref.end, (), params)
            continue
        heading = headings[ref.number]
        if ref.quoted is not None and _normal(ref.quoted) != _normal(heading):
            right = [n for n, h in headings.items() if _normal(h) == _normal(ref.quoted)]
            yield Finding("cross-reference", "reference.title", number, section_id,
                          ref.text, part, ref.start, ref.end, tuple(right),
                          {**params, "heading": heading, "quoted": ref.quoted})


def check(policy: Policy) -> list[Finding]:
    """Every reference of ``policy`` to a section that is missing or has another title."""
    headings = {ref.number: ref.section.heading for ref in walk(policy)}
    found = list(_findings_in(policy.preamble, "preamble", None, None, headings))
    for ref in walk(policy):
        found += _findings_in(ref.section.body, "body", ref.number, ref.section.id, headings)
    return found


def retarget(policy: Policy, before: dict[str, str]) -> list[tuple[str, str]]:
    """Bodies whose references follow their sections to new numbers.

    ``before`` maps section ids to their numbers before a move (or an insert
    or removal that renumbered sections). A reference to a number that named
    a section then, and that section now has another number, gets the new
    one. Returns ``(section_id, new_body)`` for each body that changes.
    """
    was = {number: section_id for section_id, number in before.items()}
    now = {ref.section.id: ref.number for ref in walk(policy)}
    changed: list[tuple[str, str]] = []
    for ref in walk(policy):
        body = ref.section.body
        pieces: list[str] = []
        last = 0
        for reference in find(body):
            section_id = was.get(reference.number)
            new = now.get(section_id or "")
            if new is None or new == reference.number:
                continue
            pieces += [body[last:reference.number_start], new]
            last = reference.number_start + len(reference.number)
        if pieces:
            changed.append((ref.section.id, "".join(pieces) + body[last:]))
    return changed
