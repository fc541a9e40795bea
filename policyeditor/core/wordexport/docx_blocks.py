"""Blocks (:mod:`.blocks`) into a Word document: paragraphs, runs, links, lists, tables.

:class:`BlockWriter` is the one place a body becomes WordprocessingML; the
document export and the redline both write bodies through it. Runs are made
as lxml elements directly (python-docx's run API looks styles up by name on
every call, which costs seconds on a 1 MB handbook). Links are real Word
hyperlinks: an external relationship plus ``w:hyperlink`` for web and mail
addresses, a ``w:anchor`` to a heading's bookmark for links to a section.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from docx.document import Document as DocxDocument
from docx.exceptions import InvalidSpanError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml.etree import _Element

from policyeditor.core.wordexport.blocks import (
    BOLD,
    BREAK,
    CODE,
    HIGHLIGHT,
    ITALIC,
    STRIKE,
    SUB,
    SUP,
    UNDERLINE,
    Block,
    Inline,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    xml_safe,
)
from policyeditor.core.wordexport.numbering import INDENT, Numbering, number_paragraph
from policyeditor.core.wordexport.styles import (
    CODE_FONT,
    HYPERLINK_STYLE,
    LIST_STYLE,
    QUOTE_STYLE,
    TABLE_STYLE,
)

# Resolves an in-page link ("#s-1-2", "#3-1-basic-account-data" and its text)
# to a heading's bookmark name, or None: the link is then written as its text.
AnchorResolver = Callable[[str, str], str | None]

_ALIGN = {"left": "left", "center": "center", "right": "right"}


def _w(tag: str, **attributes: str) -> _Element:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def run_element(text: str, marks: frozenset[str] = frozenset(), style: str | None = None
                ) -> _Element:
    """A ``w:r`` with ``text`` (or a line break for :data:`BREAK`) and its marks."""
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    # Children of w:rPr in schema order: rStyle, rFonts, b, i, strike, highlight, u, vertAlign.
    if style:
        rpr.append(_w("w:rStyle", val=style))
    if CODE in marks:
        rpr.append(_w("w:rFonts", ascii=CODE_FONT, hAnsi=CODE_FONT, cs=CODE_FONT))
    if BOLD in marks:
        rpr.append(OxmlElement("w:b"))
    if ITALIC in marks:
        rpr.append(OxmlElement("w:i"))
    if STRIKE in marks:
        rpr.append(OxmlElement("w:strike"))
    if HIGHLIGHT in marks:
        rpr.append(_w("w:highlight", val="yellow"))
    if UNDERLINE in marks:
        rpr.append(_w("w:u", val="single"))
    if SUB in marks or SUP in marks:
        rpr.append(_w("w:vertAlign", val="subscript" if SUB in marks else "superscript"))
    if len(rpr):
        run.append(rpr)
    if text == BREAK:
        run.append(OxmlElement("w:br"))
    else:
        t = OxmlElement("w:t")
        t.text = xml_safe(text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
    return run


def set_style(paragraph: DocxParagraph, style_id: str) -> None:
    """Give ``paragraph`` the paragraph style ``style_id`` (a style id, not a name)."""
    paragraph._p.get_or_add_pPr().style = style_id


def indent(paragraph: DocxParagraph, twips: int) -> None:
    """Indent ``paragraph`` from the left by ``twips``."""
    ppr = paragraph._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = _w("w:ind")
        justification = ppr.find(qn("w:jc"))  # w:ind comes before w:jc in the schema
        if justification is not None:
            justification.addprevious(ind)
        else:
            ppr.append(ind)
    ind.set(qn("w:left"), str(twips))


class BlockWriter:
    """Writes blocks into a container (the document body, a table cell, a comment).

    ``written`` collects every paragraph written, in order, so a caller can
    find words in them afterwards (comments are anchored on their quote).
    ``wrap_run``, when set, receives every text run before it is placed and
    returns what to place instead: the redline wraps runs in ``w:ins`` or
    ``w:del`` this way without a second copy of the block writer.
    """

    def __init__(self, document: DocxDocument, resolve_anchor: AnchorResolver | None = None
                 ) -> None:
        self.document = document
        self.numbering = Numbering(document)
        self.resolve_anchor = resolve_anchor
        self.written: list[DocxParagraph] = []
        self.wrap_run: Callable[[_Element], _Element] | None = None

    # -- paragraphs and runs ---------------------------------------------------------
    def paragraph(self, container: Any, style: str | None = None) -> DocxParagraph:
        """A new empty paragraph at the end of ``container``."""
        paragraph: DocxParagraph = container.add_paragraph()
        if style:
            set_style(paragraph, style)
        self.written.append(paragraph)
        return paragraph

    def inlines(self, paragraph: DocxParagraph, inlines: list[Inline],
                extra: frozenset[str] = frozenset()) -> None:
        """Append ``inlines`` to ``paragraph`` (``extra`` marks on every run)."""
        p = paragraph._p
        link: _Element | None = None
        link_href: str | None = None
        for inline in inlines:
            marks = inline.marks | extra
            if inline.href is None:
                link = link_href = None
                p.append(self._run(inline.text, marks))
                continue
            if link is None or inline.href != link_href:
                link_href = inline.href
                link = self._hyperlink(paragraph, inline.href, inline.text)
                if link is not None:
                    p.append(link)
            if link is None:
                p.append(self._run(inline.text, marks))  # a link that goes nowhere: its text
            else:
                link.append(self._run(inline.text, marks, HYPERLINK_STYLE))

    def _run(self, text: str, marks: frozenset[str], style: str | None = None) -> _Element:
        run = run_element(text, marks, style)
        return self.wrap_run(run) if self.wrap_run is not None else run

    def _hyperlink(self, paragraph: DocxParagraph, href: str, text: str) -> _Element | None:
        if href.startswith("#"):
            bookmark = self.resolve_anchor(href[1:], text) if self.resolve_anchor else None
            return _w("w:hyperlink", anchor=bookmark, history="1") if bookmark else None
        rel_id = paragraph.part.relate_to(xml_safe(href), RT.HYPERLINK, is_external=True)
        link = _w("w:hyperlink", history="1")
        link.set(qn("r:id"), rel_id)
        return link

    def text_paragraph(self, container: Any, block: Paragraph, style: str | None = None,
                       extra: frozenset[str] = frozenset()) -> DocxParagraph:
        """One :class:`Paragraph` block as a Word paragraph."""
        if block.kind in ("subheading", "term"):
            extra = extra | {BOLD}
        elif block.kind == "caption":
            extra = extra | {ITALIC}
        paragraph = self.paragraph(container, style)
        ppr = paragraph._p.get_or_add_pPr()
        if block.kind in ("subheading", "term"):
            ppr.append(OxmlElement("w:keepNext"))  # never the last line of a page
        if block.align in _ALIGN:
            ppr.append(_w("w:jc", val=_ALIGN[block.align]))
        self.inlines(paragraph, block.inlines, extra)
        return paragraph

    # -- blocks ------------------------------------------------------------------------
    def blocks(self, container: Any, blocks: list[Block], *, level: int = 0,
               style: str | None = None, extra: frozenset[str] = frozenset()) -> None:
        """Write ``blocks`` at the end of ``container``; ``level`` > 0 inside a list item."""
        for block in blocks:
            if isinstance(block, Paragraph):
                paragraph = self.text_paragraph(container, block, style, extra)
                if level:
                    indent(paragraph, 2 * INDENT * level)  # continues the item above
            elif isinstance(block, ListBlock):
                self.list(container, block, level)
            elif isinstance(block, Quote):
                self.quote(container, block, level)
            elif isinstance(block, Table):
                self.table(container, block)
            elif isinstance(block, Rule):
                self.rule(container)

    def list(self, container: Any, block: ListBlock, level: int = 0) -> None:
        """A real Word list; nested lists go one level (``w:ilvl``) deeper."""
        num_id = self.numbering.new_list(block.ordered, min(level, 8), block.start)
        for item in block.items:
            first, rest = item.blocks[:1], item.blocks[1:]
            if first and isinstance(first[0], Paragraph):
                paragraph = self.text_paragraph(container, first[0], LIST_STYLE)
            else:
                paragraph = self.paragraph(container, LIST_STYLE)  # an item that starts a list
                rest = item.blocks
            number_paragraph(paragraph._p.get_or_add_pPr(), num_id, level)
            self.blocks(container, rest, level=level + 1)

    def quote(self, container: Any, block: Quote, level: int = 0) -> None:
        """A block quote (Quote style) or a definition (indented)."""
        if block.kind == "quote":
            self.blocks(container, block.blocks, level=level, style=QUOTE_STYLE)
            return
        start = len(self.written)
        self.blocks(container, block.blocks, level=level)
        for paragraph in self.written[start:]:
            indent(paragraph, 2 * INDENT * (level + 1))

    def rule(self, container: Any) -> None:
        """A horizontal rule: an empty paragraph with a bottom border."""
        paragraph = self.paragraph(container)
        borders = _w("w:pBdr")
        borders.append(_w("w:bottom", val="single", sz="6", space="1", color="auto"))
        paragraph._p.get_or_add_pPr().append(borders)

    def table(self, container: Any, block: Table) -> None:
        """A Word table with the header rows repeated on every page."""
        placed, width = _layout(block)
        if not placed:
            return
        rows = max(r + cell.rowspan for r, _c, cell in placed)
        if not hasattr(container, "add_table"):
            return
        table = (container.add_table(rows, width) if isinstance(container, (DocxDocument, _Cell))
                 else container.add_table(rows, width, self.document._block_width))
        table.style = TABLE_STYLE
        for index in range(min(block.header_rows, rows)):
            tr_pr = table.rows[index]._tr.get_or_add_trPr()
            tr_pr.append(_w("w:tblHeader"))
        cells = table._cells
        for r, c, cell in placed:
            target = cells[r * width + c]
            if cell.rowspan > 1 or cell.colspan > 1:
                # spans that cross each other (pasted HTML): the cell stays single
                with contextlib.suppress(InvalidSpanError):
                    target = target.merge(cells[(r + cell.rowspan - 1) * width + c
                                                + cell.colspan - 1])
            empty = target.paragraphs[0]
            marks = frozenset({BOLD}) if cell.header else frozenset()
            self.blocks(target, cell.blocks, extra=marks)
            if len(target.paragraphs) > 1:
                empty._p.getparent().remove(empty._p)  # python-docx starts a cell with one


def _layout(block: Table) -> tuple[list[tuple[int, int, Any]], int]:
    """(row, column, cell) of each cell with spans taken into account, and the width."""
    taken: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, Any]] = []
    width = 0
    for r, row in enumerate(block.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            placed.append((r, c, cell))
            c += cell.colspan
            width = max(width, c)
    return placed, width  # rows shorter than the widest leave their missing cells empty
