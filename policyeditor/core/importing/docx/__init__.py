"""Import a Word .docx into a Policy, losing no word of the body.

Public API::

    read_docx(path, *, language=None) -> DocxImport   # policy and warnings
    is_office_file(path) -> bool                       # ZIP or OLE magic

The steps: :mod:`.package` opens the file defensively (zip bombs, XXE,
encrypted and legacy files are refused with one InputError); :mod:`.body`
turns paragraphs, lists and tables into Markdown blocks, with headings from
Word's heading styles in any language (:mod:`.styles`); the same text
assembler as Markdown import then finds the title, dates, sections and
nesting, and strips numbers from headings. Tracked changes are taken as
accepted and Word comments become ``Section.comments`` (:mod:`.comments`),
each reported in a warning.

The language comes from ``w:lang`` only when the text itself does not say
clearly: default templates carry the author's locale (a Swedish policy
written with an en-US template is common), the words do not lie.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policyeditor.core.comments.anchor import locate
from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing.assemble import parse
from policyeditor.core.importing.decode import normalise_text
from policyeditor.core.importing.docx.body import BodyReader, bold_number_headings, compose
from policyeditor.core.importing.docx.comments import read_comments, read_notes, threads
from policyeditor.core.importing.docx.inline import Anchors, Counts, InlineReader
from policyeditor.core.importing.docx.package import (
    DC,
    OLE_MAGIC,
    ZIP_MAGIC,
    DocxPackage,
    open_package,
    w,
)
from policyeditor.core.importing.docx.styles import Styles, read_numbering
from policyeditor.core.importing.language import language_scores
from policyeditor.core.importing.metadata import match_date_line
from policyeditor.core.model import Policy, Section, iter_sections

__all__ = ["DOCX_SUFFIXES", "DocxImport", "is_office_file", "read_docx"]

DOCX_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm", ".doc"})
_NO_TITLE = "import.no-title"


@dataclass
class DocxImport:
    """The imported policy and what was odd or carried over."""

    policy: Policy
    warnings: list[InputWarning] = field(default_factory=list)


def is_office_file(path: str | Path) -> bool:
    """Whether the file starts like a ZIP (OOXML) or OLE (legacy/encrypted Office) file."""
    try:
        if not Path(path).is_file():  # never open a pipe or device just to sniff it
            return False
        with open(path, "rb") as handle:
            head = handle.read(8)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return False
    return head.startswith(ZIP_MAGIC) or head == OLE_MAGIC


def _core_title(package: DocxPackage) -> str:
    if package.core is None:
        return ""
    found = package.core.find(f"{{{DC}}}title")
    return " ".join((found.text or "").split()) if found is not None else ""


def _language(document: Any, styles: Styles, text: str) -> str:
    sv, en = language_scores(text)
    if max(sv, en) >= 20 and max(sv, en) >= 2 * min(sv, en):
        return "sv" if sv > en else "en"
    tagged: Counter[str] = Counter()
    for run in document.iter(w("r")):
        lang = run.find(f"{w('rPr')}/{w('lang')}")
        if lang is not None:
            length = sum(len(t.text or "") for t in run.iter(w("t")))
            tagged[(lang.get(w("val")) or "")[:2].lower()] += length
    if not tagged and styles.default_lang:
        tagged[styles.default_lang[:2].lower()] += 1
    top = tagged.most_common(1)
    if top and top[0][0] in ("sv", "en"):
        return top[0][0]
    return "en" if en > sv else "sv"


def read_docx(path: str | Path, *, language: str | None = None) -> DocxImport:
    """Import the .docx at ``path``; every problem is an InputError."""
    name = str(path)
    package = open_package(path)
    body_el = package.document.find(w("body"))
    if body_el is None:
        raise InputError(name, "docx.no-body")
    styles = Styles(package.styles)
    anchors, counts = Anchors(), Counts()
    inline = InlineReader(package.links, anchors, counts)
    inline.notes = read_notes(package.footnotes, package.endnotes)
    paras = BodyReader(styles, read_numbering(package.numbering), inline).read(body_el).paras
    if not any(p.text.strip() for p in paras):
        raise InputError(name, "docx.no-text")
    # Heading styles give the structure when at least two section headings
    # use them (the first styled paragraph is often the title, and a date
    # line is no section); otherwise bold numbered lines may.
    styled = [p for p in paras if p.kind == "heading"][1:]
    sections = [p for p in styled if match_date_line(p.text) is None]
    bold = len(sections) < 2 and bold_number_headings(paras)
    structured = bool(bold) or any(p.kind in ("heading", "title") for p in paras)
    text, starts = compose(paras, plain_text=not structured)
    parsed = parse(normalise_text(text, name), "md" if structured else "txt")
    item_lines = {starts[p.number] for p in paras if p.kind == "item" and p.number in starts}
    if not structured and item_lines & set(parsed.heading_lines):
        # a Word list item read as a numbered heading: write the list so it cannot be
        text, starts = compose(paras, plain_text=True, protect=True)
        parsed = parse(normalise_text(text, name), "txt")
    policy = Policy(title=parsed.title, metadata=parsed.metadata, preamble=parsed.preamble,
                    sections=parsed.sections)
    warnings = parsed.warnings
    if not policy.title and (title := _core_title(package)):
        policy.title = title
        warnings = [m for m in warnings if m.code != _NO_TITLE]
    policy.language = language or _language(package.document, styles, text)
    for key in list(anchors.open_quotes):
        anchors.end(key)  # a range the file never closes quotes to the end
    comments = threads(read_comments(package.comments, package.comments_extended),
                       anchors.quotes)
    warnings.extend(_attach(policy, comments, anchors, starts, parsed.heading_lines))
    if counts.changes:
        warnings.append(InputWarning("docx.changes-accepted", count=counts.changes))
    if counts.images:
        warnings.append(InputWarning("docx.images-left-out", count=counts.images))
    if counts.footnotes:
        warnings.append(InputWarning("docx.notes-kept", count=counts.footnotes))
    return DocxImport(policy, warnings)


def _attach(
    policy: Policy,
    comments: dict[str, Any],
    anchors: Anchors,
    para_lines: dict[int, int],
    heading_lines: list[int],
) -> list[InputWarning]:
    """Put each comment on the section its range starts in; warnings."""
    if not comments:
        return []
    sections: list[Section] = list(iter_sections(policy.sections))
    numbers = sorted(para_lines)
    outside = 0
    for cid, comment in comments.items():
        number = anchors.starts.get(cid)
        line = 0
        if number is not None and numbers:
            # a comment on an empty paragraph belongs with the next one that has text
            k = min(bisect.bisect_left(numbers, number), len(numbers) - 1)
            line = para_lines[numbers[k]]
        index = bisect.bisect_right(heading_lines, line) - 1
        if not sections:
            outside += 1
            continue
        if index < 0:
            outside += 1  # on the title or preamble: kept on the first section
            index = 0
        # on its words in the text where they are there (else placed when found)
        comment.anchor = locate(sections[index].body, comment.quote,
                                before=anchors.contexts.get(cid, ""))
        sections[index].comments.append(comment)
    kept = len(comments) - (outside if not sections else 0)
    warnings = [InputWarning("docx.comments-kept", count=kept)]
    if outside and sections:
        warnings.append(InputWarning("docx.comments-moved", count=outside))
    elif outside:
        warnings.append(InputWarning("docx.comments-dropped", count=outside))
    return warnings
