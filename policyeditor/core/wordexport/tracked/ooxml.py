"""WordprocessingML of tracked paragraphs: runs in ``w:ins``/``w:del``/moves, marks, ranges.

Written as text and parsed once (much faster than building elements one by
one). Every change carries the author and the date; ids are unique across
the document, above the comment ids. A comment is a range around a run
(``w:commentRangeStart``/``End``) and a reference run after it, outside any
change, so accepting or rejecting never drops a flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from policyeditor.core.wordexport.tracked.markdown_lines import BOLD, CODE, ITALIC, LINK, Block
from policyeditor.core.wordexport.tracked.paragraphs import Paragraph, Run

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_BLOCK_STYLES = {
    ("bullet", 0): "ListBullet", ("bullet", 1): "ListBullet2", ("bullet", 2): "ListBullet3",
    ("number", 0): "ListNumber", ("number", 1): "ListNumber2", ("number", 2): "ListNumber3",
    ("quote", 0): "Quote",
}


@dataclass(frozen=True)
class Anchor:
    """Comments around one run: paragraph index, run index, comment ids."""

    paragraph: int
    run: int | None  # None: the whole paragraph's text
    comments: tuple[int, ...]


@dataclass
class _Ids:
    """Change ids, unique in the document (comment ids stay below ``next``)."""

    next: int
    moves: dict[tuple[str, bool], int] = field(default_factory=dict)

    def take(self) -> int:
        self.next += 1
        return self.next


def body_xml(
    paragraphs: list[Paragraph],
    anchors: list[Anchor],
    *,
    author: str,
    date: str,
    first_id: int,
) -> str:
    """The ``w:p`` elements of ``paragraphs`` inside a ``w:body`` (for parsing)."""
    ids = _Ids(first_id)
    who = f" w:author={quoteattr(author)} w:date={quoteattr(date)}"
    by_paragraph: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_paragraph.setdefault(anchor.paragraph, []).append(anchor)
    parts = [f'<w:body xmlns:w="{W_NS}">']
    for index, paragraph in enumerate(paragraphs):
        previous = paragraphs[index - 1] if index else None
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        parts.append(_paragraph(paragraph, previous, following, by_paragraph.get(index, []),
                                ids, who))
    parts.append("</w:body>")
    return "".join(parts)


def _same_move(a: Paragraph | None, b: Paragraph) -> bool:
    return a is not None and a.move == b.move and a.move_from == b.move_from


def _paragraph(
    paragraph: Paragraph,
    previous: Paragraph | None,
    following: Paragraph | None,
    anchors: list[Anchor],
    ids: _Ids,
    who: str,
) -> str:
    style = paragraph.style or _block_style(paragraph.block)
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if paragraph.mark != "eq":
        ppr += f'<w:rPr><w:{paragraph.mark} w:id="{ids.take()}"{who}/></w:rPr>'
    if paragraph.old_block is not None and paragraph.style is None:
        # A restyle (a line that became a list item) is tracked: rejecting restores the style.
        old_style = _block_style(paragraph.old_block)
        if old_style != style:
            old_ppr = f'<w:pStyle w:val="{old_style}"/>' if old_style else ""
            ppr += f'<w:pPrChange w:id="{ids.take()}"{who}><w:pPr>{old_ppr}</w:pPr></w:pPrChange>'
    parts = [f"<w:p><w:pPr>{ppr}</w:pPr>" if ppr else "<w:p>"]
    move = paragraph.move
    side = "From" if paragraph.move_from else "To"
    if move is not None and not _same_move(previous, paragraph):
        range_id = ids.take()
        ids.moves[move, paragraph.move_from] = range_id
        parts.append(f'<w:move{side}RangeStart w:id="{range_id}" w:name="{move}"{who}/>')
    whole = [c for a in anchors if a.run is None for c in a.comments]
    parts.extend(f'<w:commentRangeStart w:id="{c}"/>' for c in whole)
    for number, run in enumerate(paragraph.runs):
        own = [c for a in anchors if a.run == number for c in a.comments]
        parts.extend(f'<w:commentRangeStart w:id="{c}"/>' for c in own)
        parts.append(_run(run, ids, who))
        parts.extend(f'<w:commentRangeEnd w:id="{c}"/>{_reference(c)}' for c in own)
    parts.extend(f'<w:commentRangeEnd w:id="{c}"/>{_reference(c)}' for c in whole)
    if move is not None and (following is None or not _same_move(paragraph, following)):
        parts.append(f'<w:move{side}RangeEnd w:id="{ids.moves[move, paragraph.move_from]}"/>')
    parts.append("</w:p>")
    return "".join(parts)


def _block_style(block: Block) -> str | None:
    if block.kind == "heading":
        return f"Heading{min(block.level + 1, 9)}"  # a heading inside a body: below sections
    return _BLOCK_STYLES.get((block.kind, block.level))


def _reference(comment: int) -> str:
    return f'<w:r><w:commentReference w:id="{comment}"/></w:r>'


def _run(run: Run, ids: _Ids, who: str) -> str:
    props = ""
    if run.emphasis & CODE:
        props += '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>'
    if run.emphasis & BOLD:
        props += "<w:b/>"
    if run.emphasis & ITALIC:
        props += "<w:i/>"
    if run.emphasis & LINK:
        props += '<w:color w:val="0563C1"/><w:u w:val="single"/>'
    tag = "delText" if run.mark == "del" else "t"
    content = "".join(
        "<w:tab/>" if piece == "\t" else f'<w:{tag} xml:space="preserve">{escape(piece)}</w:{tag}>'
        for piece in _split_tabs(run.text)
    )
    xml = f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}{content}</w:r>"
    if run.mark == "eq":
        return xml
    return f'<w:{run.mark} w:id="{ids.take()}"{who}>{xml}</w:{run.mark}>'


def _split_tabs(text: str) -> list[str]:
    """Text pieces and single tabs (a table row's cell separators)."""
    pieces: list[str] = []
    for index, piece in enumerate(text.split("\t")):
        if index:
            pieces.append("\t")
        if piece:
            pieces.append(piece)
    return pieces
