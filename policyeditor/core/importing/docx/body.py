"""The document body as Markdown lines, with what each paragraph is.

Every paragraph becomes a block of Markdown: headings (from styles, see
:mod:`.styles`) as ATX headings, Word lists (``w:numPr``, nested by
``w:ilvl``) as Markdown lists, tables as pipe tables, everything else as
paragraphs. The text importer (:mod:`policyeditor.core.importing.assemble`)
then finds the title, date lines, sections and nesting exactly as it does
for Markdown, so a .docx and the same text as Markdown import alike.

In documents without heading styles, numbered bold paragraphs ("1.",
"1.1 Title", wholly bold, short) are headings; without those either, the
text is handed over as plain text and the numbered-line rules apply (a .txt
saved as .docx imports like the .txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policyeditor.core.importing.blocks import split_number
from policyeditor.core.importing.docx.inline import (
    InlineReader,
    Segment,
    escape,
    plain,
    to_markdown,
)
from policyeditor.core.importing.docx.package import w
from policyeditor.core.importing.docx.styles import Numbering, Styles, outline_level
from policyeditor.core.importing.markdown_in import escape_heading
from policyeditor.core.importing.plaintext import fits

_LINE_HASH = re.compile(r"(?m)^(\s*)#")
_TYPED_ITEM = re.compile(r"^\s*[-+*•]\s")
MAX_BOLD_HEADING_WORDS = 15
MAX_COLUMNS = 64  # most columns one merged cell may span (padding only; no text is cut)


@dataclass
class Para:
    """One block of the body: its Markdown and what kind of block it is."""

    markdown: str
    text: str  # plain text
    kind: str = "text"  # text | heading | title | item | table
    level: int = 0  # heading level, or list nesting level
    number: int = 0  # paragraph number (for comment anchors)
    bold: bool = False  # wholly bold
    # The block as plain-text import reads it (documents without headings):
    # no escapes, as in a .txt, and emphasis only inside a line, because a
    # wholly bold line may be the title or a heading, which are plain text.
    loose: str = ""
    prefix: str = ""  # list marker with indent, for items


@dataclass
class Body:
    """The paragraphs of the document body, in order."""

    paras: list[Para] = field(default_factory=list)


def _numbered(ppr: Any, styles_num: tuple[str | None, int]) -> tuple[str | None, int]:
    num_id, ilvl = styles_num
    num = None if ppr is None else ppr.find(w("numPr"))
    if num is not None:
        found = num.find(w("numId"))
        level = num.find(w("ilvl"))
        if found is not None:
            num_id = found.get(w("val"))
        if level is not None and (level.get(w("val")) or "").isdigit():
            ilvl = int(level.get(w("val")))
    return (None if num_id in (None, "0") else num_id), min(ilvl, 8)


def _paragraph_mark_deleted(ppr: Any) -> bool:
    return ppr is not None and ppr.find(f"{w('rPr')}/{w('del')}") is not None


class BodyReader:
    """Turns ``w:body`` into :class:`Para` blocks."""

    def __init__(self, styles: Styles, numbering: Numbering, inline: InlineReader) -> None:
        self.styles = styles
        self.numbering = numbering
        self.inline = inline
        self.counters: dict[tuple[str, int], int] = {}
        self.body = Body()
        self._carry: list[Segment] = []  # text of a paragraph whose mark was deleted

    def read(self, body: Any) -> Body:
        self._blocks(body)
        if self._carry:
            markdown = to_markdown(self._carry)
            self.body.paras.append(Para(markdown, plain(self._carry), loose=markdown))
        return self.body

    def _blocks(self, parent: Any) -> None:
        for child in parent:
            tag = child.tag
            if tag == w("p"):
                self._paragraph(child)
                self._notes()
            elif tag == w("tbl"):
                self._table(child)
                self._notes()
            elif tag in (w("sdt"), w("customXml"), w("ins"), w("moveTo")):
                content = child.find(w("sdtContent")) if tag == w("sdt") else child
                if content is not None:
                    self._blocks(content)

    def _notes(self) -> None:
        """Footnotes referenced in the last block, each as a paragraph after it
        (Markdown has no footnotes in our renderer; the words must stay)."""
        for note in self.inline.pending_notes:
            number = len(self.body.paras)
            self.body.paras.append(Para(escape(note), note, "text", 0, number, loose=note))
        self.inline.pending_notes = []

    def _paragraph(self, p: Any) -> None:
        self.inline.paragraph = len(self.body.paras)
        ppr = p.find(w("pPr"))
        style_el = None if ppr is None else ppr.find(w("pStyle"))
        info = self.styles.info(None if style_el is None else style_el.get(w("val")))
        segments = self._carry + self.inline.segments(p, info.bold)
        self._carry = []
        if _paragraph_mark_deleted(ppr):
            # an accepted deletion of the paragraph mark joins it with the next
            self.inline.counts.changes += 1
            self._carry = segments
            return
        text = plain(segments)
        if not text.strip():
            self.body.paras.append(Para("", "", "blank", 0, self.inline.paragraph))
            return
        level = outline_level(ppr)
        level = info.level if level is None else (level or None)
        number = self.inline.paragraph
        if level or info.title:
            heading = " ".join(text.split())
            kind, depth = ("heading", min(level, 6)) if level else ("title", 1)
            self.body.paras.append(
                Para(escape_heading(heading), heading, kind, depth, number, loose=heading))
            return
        num_id, ilvl = _numbered(ppr, (info.num_id, info.ilvl))
        # "#" starting a line would make a heading (a section) of body text
        markdown = _LINE_HASH.sub(r"\1\\#", to_markdown(segments).strip())
        filled = [s for s in segments if s.text.strip()]
        whole = all(s.bold for s in filled) or all(s.italic for s in filled)
        loose = to_markdown(segments, emphasis=not whole, escaped=False).strip()
        bold = all(s.bold for s in filled)
        if num_id is not None:
            prefix = self._item(num_id, ilvl)
            self.body.paras.append(Para(prefix + markdown, text, "item", ilvl, number, bold,
                                        loose=prefix + loose, prefix=prefix))
            return
        self.body.paras.append(Para(markdown, text, "text", 0, number, bold, loose))

    def _item(self, num_id: str, ilvl: int) -> str:
        for key in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
            del self.counters[key]  # a deeper list restarts under each item
        # Word numbers a list on across the paragraphs between its items, and
        # so do we (Markdown renders the numbers it is given).
        indent = "    " * ilvl
        if self.numbering.is_bullet(num_id, ilvl):
            return f"{indent}- "
        count = self.counters.get((num_id, ilvl), 0) + 1
        self.counters[(num_id, ilvl)] = count
        return f"{indent}{count}. "

    def _table(self, table: Any) -> None:
        number = len(self.body.paras)
        rows: list[list[str]] = []
        texts: list[str] = []
        for row in table.iter(w("tr")):
            if row.getparent() is not table and row.getparent().tag != w("sdtContent"):
                continue  # nested tables are read as text of their cell
            trpr = row.find(w("trPr"))
            if trpr is not None and trpr.find(w("del")) is not None:
                self.inline.counts.changes += 1
                continue
            cells: list[str] = []
            for cell in row.iter(w("tc")):
                if _owner_row(cell) is not row:
                    continue
                parts: list[str] = []
                for p in cell.iter(w("p")):
                    self.inline.paragraph = number
                    segments = self.inline.segments(p)
                    if plain(segments).strip():
                        parts.append(to_markdown(segments).strip().replace("\n", " "))
                        texts.append(plain(segments))
                cells.append(" ".join(parts).replace("|", "\\|"))
                span = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
                extra = span.get(w("val"), "1") if span is not None else "1"
                # a merged cell spans columns; a damaged file may claim millions
                span_count = min(int(extra), MAX_COLUMNS) if extra.isdigit() else 1
                cells.extend([""] * (span_count - 1))
            if cells:
                rows.append(cells)
        if not rows or not any(c.strip() for r in rows for c in r):
            return
        width = max(len(r) for r in rows)
        lines = [_row([*r, *[""] * (width - len(r))]) for r in rows]
        lines.insert(1, _row(["---"] * width))
        table_md = "\n".join(lines)
        self.body.paras.append(Para(table_md, "\n".join(texts), "table", 0, number,
                                    loose=table_md))


def _owner_row(cell: Any) -> Any:
    parent = cell.getparent()
    while parent is not None and parent.tag != w("tr"):
        parent = parent.getparent()
    return parent


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def bold_number_headings(paras: list[Para]) -> int:
    """Turn wholly bold, short paragraphs with a written number into headings; how many.

    Used when heading styles give no structure. Conservative: the numbers
    must follow each other as section numbers do (the plain-text rule), and
    two or more are needed (one bold numbered line is more likely emphasis).
    A Word list item counts only when its text itself starts with the number
    (web pages saved as Word write "1. **1. Security**").
    """
    found = []
    previous: tuple[int, ...] = ()
    for para in paras:
        if para.kind not in ("text", "item") or not para.bold or "\n" in para.text.strip():
            continue
        text = " ".join(para.text.split())
        number, words = split_number(text)
        if number is None or not words or len(text.split()) > MAX_BOLD_HEADING_WORDS:
            continue
        if text.endswith((".", ",", ";", ":")) or not fits(previous, number):
            continue
        previous = number
        found.append((para, text, number))
    if len(found) < 2:
        return 0
    for para, text, number in found:
        para.kind, para.level = "heading", min(len(number), 6)
        para.markdown, para.text, para.loose = escape_heading(text), text, text
    return len(found)


def _ordered(para: Para) -> bool:
    return para.markdown.lstrip()[:1].isdigit()


def line_faithful(paras: list[Para]) -> bool:
    """Whether empty paragraphs are the document's blank lines (a text file
    saved as .docx: about one per paragraph), not just extra spacing."""
    blanks = sum(1 for p in paras if p.kind == "blank")
    return blanks > 0 and blanks * 2 >= len(paras) - blanks


def compose(
    paras: list[Para], *, plain_text: bool, protect: bool = False
) -> tuple[str, dict[int, int]]:
    """Markdown of the whole body, and the line where each paragraph number starts.

    ``plain_text``: no heading syntax is written (headings are left to the
    plain-text rules); where empty paragraphs are the blank lines of the
    text, they are kept as such, so the text reads exactly as written.
    ``protect``: numbered list items are written so that the plain-text rules
    cannot take them for numbered headings (``2\\. Item``).
    """
    lines: list[str] = []
    starts: dict[int, int] = {}
    previous: Para | None = None
    faithful = plain_text and line_faithful(paras)
    for para in paras:
        if para.kind == "blank":
            if faithful and lines and lines[-1]:
                lines.append("")
            continue
        tight = previous is not None and (
            faithful
            or (para.kind == previous.kind == "item"
                and (para.level > 0 or previous.level > 0
                     or _ordered(para) == _ordered(previous)))
            or (para.kind == previous.kind == "text" and bool(_TYPED_ITEM.match(para.markdown))
                and bool(_TYPED_ITEM.match(previous.markdown)))
        )
        if lines and lines[-1] and not tight:
            lines.append("")
        starts.setdefault(para.number, len(lines))
        if para.kind in ("heading", "title") and not plain_text:
            lines.append("#" * max(1, para.level) + " " + para.markdown)
        elif plain_text and protect and para.kind == "item" and para.prefix[-2:] == ". ":
            marker = para.prefix[:-2] + "\\. "
            lines.extend((marker + para.loose[len(para.prefix):]).split("\n"))
        else:
            lines.extend((para.loose if plain_text else para.markdown).split("\n"))
        previous = para
    return "\n".join(lines), starts
