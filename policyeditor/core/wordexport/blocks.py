"""A section body as blocks Word can hold: paragraphs of styled runs, lists, tables, quotes.

Bodies are parsed in one place, here, for every Word writer (the document
export and the redline). The Markdown is rendered by the same cached
python-markdown + sanitiser pipeline as the preview, the web page and the PDF
(:func:`~policyeditor.core.render.markdown_html.render_markdown`), and the
sanitised HTML is walked with lxml. Walking the sanitised HTML rather than the
Markdown source means a .docx says exactly what the preview shows (the same
extensions, the same list and table rules, the same repairs of pasted web
text) and that hostile HTML in a body (scripts, event handlers, images,
iframes, ``javascript:`` links) has already been removed by the allow-list
before a single Word element is made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

import lxml.html
from lxml.etree import _Element

from policyeditor.core.render.markdown_html import render_markdown

# Marks a run can carry (Word run properties).
BOLD, ITALIC, CODE, STRIKE, UNDERLINE, SUB, SUP, HIGHLIGHT = (
    "b", "i", "code", "strike", "u", "sub", "sup", "mark")
_MARKS: dict[str, str] = {
    "strong": BOLD, "b": BOLD, "em": ITALIC, "i": ITALIC, "cite": ITALIC, "dfn": ITALIC,
    "var": ITALIC, "code": CODE, "kbd": CODE, "samp": CODE, "s": STRIKE, "del": STRIKE,
    "u": UNDERLINE, "ins": UNDERLINE, "sub": SUB, "sup": SUP, "mark": HIGHLIGHT,
}
BREAK = "\n"  # an Inline whose text is exactly this is a line break


@dataclass(frozen=True)
class Inline:
    """A stretch of text with one set of marks, possibly a link (``href``)."""

    text: str
    marks: frozenset[str] = frozenset()
    href: str | None = None


@dataclass
class Paragraph:
    """Inline content. ``kind``: body, code (keeps its lines), subheading (a heading
    inside a body: bold, never a Word heading, which would become a section on
    import), term (a definition-list term) or caption."""

    inlines: list[Inline] = field(default_factory=list)
    kind: str = "body"
    align: str | None = None  # left, center, right (table cells)


@dataclass
class ListItem:
    """One item: its paragraphs and nested lists."""

    blocks: list[Block] = field(default_factory=list)


@dataclass
class ListBlock:
    """A bulleted (``ordered`` False) or numbered list starting at ``start``."""

    ordered: bool
    items: list[ListItem] = field(default_factory=list)
    start: int = 1


@dataclass
class Cell:
    """A table cell; ``header`` for ``th`` (and every cell of ``thead``)."""

    blocks: list[Block] = field(default_factory=list)
    header: bool = False
    colspan: int = 1
    rowspan: int = 1


@dataclass
class Table:
    """Rows of cells; the first ``header_rows`` rows repeat on each page."""

    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 0


@dataclass
class Quote:
    """Indented blocks: a block quote, or a definition (``kind`` "definition")."""

    blocks: list[Block] = field(default_factory=list)
    kind: str = "quote"


@dataclass
class Rule:
    """A horizontal rule."""


Block = Union[Paragraph, ListBlock, Table, Quote, Rule]  # noqa: UP007 (a runtime alias)

_BLOCK_TAGS = frozenset({"p", "ul", "ol", "blockquote", "pre", "table", "dl", "hr", "div",
                         "h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt", "dd", "li"})
_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML white space; a no-break space is text
# Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/F):
# pasted or decoded text can carry them, and lxml refuses a document holding one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML document cannot contain."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def body_blocks(markdown_text: str) -> list[Block]:
    """The blocks of a Markdown body (empty for blank text)."""
    return html_blocks(render_markdown(xml_safe(markdown_text)))


def html_blocks(fragment: str) -> list[Block]:
    """The blocks of a sanitised HTML fragment."""
    if not fragment.strip():
        return []
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    return _flow(root)


def plain_text(blocks: list[Block]) -> str:
    """The text of ``blocks``, one line per paragraph, list item or cell (what a reader sees)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append("".join(i.text for i in block.inlines))
        elif isinstance(block, ListBlock):
            out.extend(plain_text(item.blocks) for item in block.items)
        elif isinstance(block, Table):
            out.extend(plain_text(c.blocks) for row in block.rows for c in row)
        elif isinstance(block, Quote):
            out.append(plain_text(block.blocks))
    return "\n".join(out)


def _tag(element: _Element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def _flow(element: _Element) -> list[Block]:
    """Block content of ``element``: loose inline content is gathered into paragraphs."""
    blocks: list[Block] = []
    pending: list[Inline] = []

    def flush() -> None:
        paragraph = _finish(pending)
        if paragraph.inlines:
            blocks.append(paragraph)
        pending.clear()

    if element.text:
        pending.append(Inline(element.text))
    for child in element:
        tag = _tag(child)
        if tag in _BLOCK_TAGS:
            flush()
            blocks.extend(_block(child))
        elif tag:
            _inlines(child, frozenset(), None, pending)
        if child.tail:
            pending.append(Inline(child.tail))
    flush()
    return blocks


def _block(element: _Element) -> list[Block]:
    tag = _tag(element)
    if tag in ("p", "caption", "dt") or (tag[:1] == "h" and tag[1:].isdigit()):
        kind = {"p": "body", "caption": "caption", "dt": "term"}.get(tag, "subheading")
        inlines: list[Inline] = []
        _inlines(element, frozenset({BOLD}) if kind == "subheading" else frozenset(), None,
                 inlines, root=True)
        paragraph = _finish(inlines, kind)
        return [paragraph] if paragraph.inlines else []
    if tag == "pre":
        text = element.text_content().strip("\n")
        return [Paragraph(_code_lines(text), "code")] if text else []
    if tag in ("ul", "ol"):
        return [_list(element)]
    if tag == "blockquote":
        return [Quote(_flow(element))]
    if tag == "dd":
        return [Quote(_flow(element), "definition")]
    if tag == "table":
        return [_table(element)]
    if tag == "hr":
        return [Rule()]
    return _flow(element)  # div, dl, a stray li: their content


def _code_lines(text: str) -> list[Inline]:
    out: list[Inline] = []
    for number, line in enumerate(text.split("\n")):
        if number:
            out.append(Inline(BREAK))
        if line:
            out.append(Inline(line, frozenset({CODE})))
    return out


def _list(element: _Element) -> ListBlock:
    start = element.get("start", "1")
    ordered = _tag(element) == "ol"
    items: list[ListItem] = []
    stray: list[Inline] = []  # text between items (pasted HTML): kept with the item before it

    def keep_stray() -> None:
        paragraph = _finish(stray)
        stray.clear()
        if paragraph.inlines:
            if not items:
                items.append(ListItem())
            items[-1].blocks.append(paragraph)

    if element.text:
        stray.append(Inline(element.text))
    for child in element:
        if _tag(child) == "li":
            keep_stray()
            items.append(ListItem(_flow(child)))
        elif _tag(child) in _BLOCK_TAGS:
            keep_stray()
            if not items:
                items.append(ListItem())
            items[-1].blocks.extend(_block(child))
        elif _tag(child):
            _inlines(child, frozenset(), None, stray)
        if child.tail:
            stray.append(Inline(child.tail))
    keep_stray()
    return ListBlock(ordered, items, int(start) if start.isdigit() else 1)


def _span(element: _Element, name: str) -> int:
    value = element.get(name, "1")
    return max(1, min(int(value), 64)) if value.isdigit() else 1


def _table(element: _Element) -> Table:
    table = Table()
    rows: list[tuple[_Element, bool]] = []
    for part in element:
        tag = _tag(part)
        if tag == "tr":
            rows.append((part, False))
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend((tr, tag == "thead") for tr in part if _tag(tr) == "tr")
    for tr, in_head in rows:
        cells = []
        for td in tr:
            if _tag(td) not in ("td", "th"):
                continue
            blocks = _flow(td)
            align = td.get("align")
            for block in blocks:
                if isinstance(block, Paragraph) and align in ("left", "center", "right"):
                    block.align = align
            cells.append(Cell(blocks, in_head or _tag(td) == "th",
                              _span(td, "colspan"), _span(td, "rowspan")))
        if cells:
            table.rows.append(cells)
    # Header rows: the leading rows made only of header cells (thead, or th rows).
    for row in table.rows:
        if not all(cell.header for cell in row):
            break
        table.header_rows += 1
    return table


def _inlines(element: _Element, marks: frozenset[str], href: str | None, out: list[Inline],
             root: bool = False) -> None:
    """Append the inline content of ``element`` (its tail is the caller's)."""
    tag = _tag(element)
    if not root:
        if tag == "br":
            out.append(Inline(BREAK, marks, href))
            return
        if tag in _MARKS:
            marks = marks | {_MARKS[tag]}
        elif tag == "a" and element.get("href"):
            href = element.get("href")
        elif tag == "q":
            out.append(Inline("“", marks, href))
    if element.text:
        out.append(Inline(element.text, marks, href))
    for child in element:
        block = _tag(child) in _BLOCK_TAGS  # a list in a heading (pasted HTML): own lines
        if block and out and out[-1].text != BREAK:
            out.append(Inline(BREAK, marks, href))
        if _tag(child):
            _inlines(child, marks, href, out)
        if block and out and out[-1].text != BREAK:
            out.append(Inline(BREAK, marks, href))
        if child.tail:
            out.append(Inline(child.tail, marks, href))
    if tag == "q" and not root:
        out.append(Inline("”", marks, href))


def _finish(inlines: list[Inline], kind: str = "body") -> Paragraph:
    """White space as a browser shows it: runs collapsed to one space, none at line ends."""
    out: list[Inline] = []
    at_line_start = True
    for inline in inlines:
        if inline.text == BREAK:
            if not out:
                continue  # a paragraph never starts with an empty line
            if out[-1].text.endswith(" "):
                out[-1] = Inline(out[-1].text.rstrip(" "), out[-1].marks, out[-1].href)
            out.append(inline)
            at_line_start = True
            continue
        text = _SPACE.sub(" ", inline.text)
        if at_line_start or (out and out[-1].text.endswith(" ")):
            text = text.lstrip(" ")
        if not text:
            continue
        at_line_start = False
        last = out[-1] if out else None
        if last and last.text != BREAK and (last.marks, last.href) == (inline.marks, inline.href):
            out[-1] = Inline(last.text + text, last.marks, last.href)
        else:
            out.append(Inline(text, inline.marks, inline.href))
    while out and out[-1].text == BREAK:
        out.pop()
    if out:
        out[-1] = Inline(out[-1].text.rstrip(" "), out[-1].marks, out[-1].href)
        if not out[-1].text:
            out.pop()
    return Paragraph(out, kind)
