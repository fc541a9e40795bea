"""Review comments of a section as Word comments, anchored on the words they quote.

A comment is anchored on its quote where the quote is found in the section's
text (white space and line breaks between its words may differ; of several
occurrences, the one its anchor is on), else on the section's heading, so no
comment is lost; a detached comment (its words deleted) goes on the heading.
Each reply is a further Word comment on the same words, and
``word/commentsExtended.xml`` threads it under the comment it answers
(``w15:paraIdParent``) and marks resolved comments as done (``w15:done``):
Word and LibreOffice then show one thread, with its state, and an importer
that reads only ``comments.xml`` still finds every reply with its author,
date and text.
"""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime

from docx.document import Document as DocxDocument
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree
from lxml.etree import _Element

from policyeditor.core.model import Comment
from policyeditor.core.wordexport.blocks import xml_safe

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
RT_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
CT_COMMENTS_EXTENDED = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _runs(paragraph: DocxParagraph) -> list[tuple[_Element, str]]:
    """The text runs of ``paragraph`` (links included) with the text each shows."""
    out: list[tuple[_Element, str]] = []
    for run in paragraph._p.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if run.find(qn("w:br")) is not None:
            text += "\n"
        out.append((run, text))
    return out


def _split(run: _Element, at: int) -> _Element:
    """Split a one-text run at ``at``; returns the second half (inserted after ``run``)."""
    t = run.find(qn("w:t"))
    assert t is not None and t.text is not None
    second = copy.deepcopy(run)
    second_t = second.find(qn("w:t"))
    assert second_t is not None
    t.text, second_t.text = t.text[:at], t.text[at:]
    second_t.set(_XML_SPACE, "preserve")
    run.addnext(second)
    return second


def _pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.split()
    return re.compile(r"\s+".join(map(re.escape, words))) if words else None


def count_quote(paragraph: DocxParagraph, quote: str) -> int:
    """How often ``quote`` occurs (exactly, white space aside) in ``paragraph``."""
    pattern = _pattern(quote)
    text = "".join(t for _r, t in _runs(paragraph))
    return sum(1 for _m in pattern.finditer(text)) if pattern else 0


def occurrence(body: str, comment: Comment) -> int:
    """Which occurrence of its quote (0 = first) the comment's anchor is on in ``body``."""
    pattern = _pattern(comment.quote)
    if pattern is None or comment.anchor is None:
        return 0
    return sum(1 for m in pattern.finditer(body) if m.start() < comment.anchor[0])


def find_quote(paragraph: DocxParagraph, quote: str, skip: int = 0
               ) -> tuple[_Element, _Element] | None:
    """The first and last run of ``quote`` in ``paragraph`` (runs split to fit), or None.

    ``skip`` occurrences are passed over (the same words may be quoted twice).
    """
    pattern = _pattern(quote)
    runs = _runs(paragraph)
    text = "".join(t for _r, t in runs)
    matches = list(pattern.finditer(text)) if pattern else []
    match = matches[skip] if skip < len(matches) else None
    if pattern and not matches:
        match = re.compile(pattern.pattern, re.IGNORECASE).search(text)
    if match is None:
        return None
    start, end = match.span()
    first = last = None
    position = 0
    for run, shown in runs:
        run_start, run_end = position, position + len(shown)
        position = run_end
        if run_end <= start or run_start >= end or not shown:
            continue
        if first is None:
            first = run
            if start > run_start:  # only a word inside the run is quoted
                first = _split(run, start - run_start)
                run, run_start = first, start
        last = run
        if end < run_end:
            _split(run, end - run_start)
    return (first, last) if first is not None and last is not None else None


def comment_date(value: str) -> datetime | None:
    """A comment's ISO time as Word's ``w:date`` wants it (None: no usable time)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def initials(author: str) -> str:
    """Word's initials of an author: the first letters of up to three names."""
    return "".join(word[0] for word in author.split()[:3]).upper()


class CommentWriter:
    """Writes comments of one document; :meth:`finish` adds the thread part."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self._threads: list[tuple[str, str | None, bool]] = []  # paraId, parent, done

    def _comment(self, first: Run, last: Run, author: str, created: str, text: str
                 ) -> str:
        author, text = xml_safe(author), xml_safe(text)
        lines = text.split("\n") or [""]
        comment = self.document.add_comment([first, last], lines[0], author, initials(author))
        for line in lines[1:]:
            comment.add_paragraph(line)
        element = comment._comment_elm
        moment = comment_date(created)
        if moment is not None:
            element.date = moment
        elif element.get(qn("w:date")) is not None:
            del element.attrib[qn("w:date")]  # no invented dates on a lawyer's note
        para_id = f"{len(self._threads) + 0x10000001:08X}"
        element.findall(qn("w:p"))[-1].set(f"{{{W14}}}paraId", para_id)
        return para_id

    def add(self, paragraph: DocxParagraph, runs: tuple[_Element, _Element],
            comment: Comment) -> None:
        """``comment`` and its replies on the runs ``runs`` of ``paragraph``."""
        first, last = Run(runs[0], paragraph), Run(runs[1], paragraph)
        parent = self._comment(first, last, comment.author, comment.created, comment.text)
        self._threads.append((parent, None, comment.resolved))
        for reply in comment.replies:
            para_id = self._comment(first, last, reply.author, reply.created, reply.text)
            self._threads.append((para_id, parent, comment.resolved))

    def _on_anchor(self, comment: Comment, source: str, body: list[DocxParagraph]) -> bool:
        """Place ``comment`` on the occurrence of its quote its anchor names; False if none."""
        skip = occurrence(source, comment)
        if not skip:
            return False  # the first occurrence: the plain search below finds it
        for paragraph in body:
            count = count_quote(paragraph, comment.quote)
            if skip < count:
                runs = find_quote(paragraph, comment.quote, skip)
                if runs is not None:
                    self.add(paragraph, runs, comment)
                    return True
                return False
            skip -= count
        return False

    def anchor(self, comments: list[Comment], heading: DocxParagraph,
               body: list[DocxParagraph], source: str = "") -> None:
        """Each comment on its quote in ``body`` or ``heading``, else on the whole heading.

        ``source`` is the section's Markdown body: with it, a comment whose
        words occur more than once goes on the occurrence it was made on.
        """
        for comment in comments:
            if comment.quote.strip() and not comment.detached and self._on_anchor(
                    comment, source, body):
                continue
            # a detached thread's words were deleted: it goes on the heading
            for paragraph in [] if comment.detached else [*body, heading]:
                runs = find_quote(paragraph, comment.quote) if comment.quote.strip() else None
                if runs is not None:
                    self.add(paragraph, runs, comment)
                    break
            else:
                heading_runs = [r for r, _t in _runs(heading)]
                if heading_runs:
                    self.add(heading, (heading_runs[0], heading_runs[-1]), comment)

    def finish(self) -> None:
        """Write ``word/commentsExtended.xml`` (threads, resolved state) if there are comments."""
        if not self._threads:
            return
        root = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
        for para_id, parent, done in self._threads:
            entry = etree.SubElement(root, f"{{{W15}}}commentEx")
            entry.set(f"{{{W15}}}paraId", para_id)
            if parent is not None:
                entry.set(f"{{{W15}}}paraIdParent", parent)
            entry.set(f"{{{W15}}}done", "1" if done else "0")
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/commentsExtended.xml"), CT_COMMENTS_EXTENDED, blob,
                    self.document.part.package)
        self.document.part.relate_to(part, RT_COMMENTS_EXTENDED)
