"""Our own pagination of a laid-out QTextDocument.

The document is laid out once, as one endless page of the content width.
Pagination then only chooses where to cut: never through a line of text (nor
through a table row, whose cells' lines overlap vertically), never right
after a heading (a heading is kept with the first lines of what follows),
and never leaving a single line of a paragraph alone at the bottom or the top
of a page (orphans and widows). Each page is later painted by clipping the
same layout to its slice, so a 400-page document is never re-laid out.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextFormat, QTextTable

# Fewest lines of a paragraph left together at a page bottom / top.
ORPHANS = 2
WIDOWS = 2
# Tolerance when deciding whether two line boxes overlap (layout uses 1/64 units).
EPSILON = 0.01


@dataclass
class Row:
    """A horizontal band that must not be cut: one line, or several overlapping lines."""

    top: float
    bottom: float
    block: int  # block number, or -1 when lines of several blocks overlap (tables)
    line: int
    line_count: int
    heading: bool
    new_page: bool = False  # the block asks to start a page (CSS page-break-before)


@dataclass(frozen=True)
class PageSlice:
    """The vertical range of the laid-out document shown on one page."""

    top: float
    bottom: float


# Tables up to this share of the page height are kept on one page (a flag box,
# a short retention table); longer ones may break between rows.
KEEP_TABLE_FRACTION = 0.4


def _small_tables(doc: QTextDocument, max_height: float) -> list[Row]:
    """One unbreakable band per table no taller than ``max_height``."""
    layout = doc.documentLayout()
    bands: list[Row] = []
    frames = list(doc.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            rect = layout.frameBoundingRect(frame)
            if 0 < rect.height() <= max_height:
                bands.append(Row(rect.top(), rect.bottom(), -1, 0, 1, False))
    return bands


# A bold line up to this many characters standing alone is a lead-in heading.
LEAD_IN_CHARS = 160


def _all_bold(block: QTextBlock) -> bool:
    it = block.begin()
    seen = False
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.text().strip():
            if fragment.charFormat().fontWeight() < QFont.Weight.DemiBold:
                return False
            seen = True
        it += 1
    return seen


def _list_depth(block: QTextBlock) -> int:
    text_list = block.textList()
    return text_list.format().indent() if text_list is not None else 0


def _leads_in(block: QTextBlock) -> bool:
    """Must ``block``'s last line stay on the page of what follows it?

    Real policies head their parts without heading markup: a bold paragraph
    ("**Other resources and settings**", a body "###" heading drawn bold), a
    list item whose sub-list follows ("1. Personal Data you provide" over its
    items, Bluesky), a line ending in a colon that introduces a list. Left as
    the last line of a page they read like a stranded heading.
    """
    after = block.next()
    if not after.isValid() or block.layout().lineCount() > 2:
        return False
    if _list_depth(after) > _list_depth(block) > 0:
        return True
    text = block.text().strip()
    if text.endswith(":") and after.textList() is not None:
        return True
    return 0 < len(text) <= LEAD_IN_CHARS and block.textList() is None and _all_bold(block)


def _in_table(doc: QTextDocument) -> set[int]:
    """Numbers of blocks inside tables (a bold cell is no heading)."""
    numbers: set[int] = set()
    frames = list(doc.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            first = frame.firstCursorPosition().block().blockNumber()
            last = frame.lastCursorPosition().block().blockNumber()
            numbers.update(range(first, last + 1))
    return numbers


def layout_rows(doc: QTextDocument, page_height: float | None = None) -> list[Row]:
    """Every line of ``doc`` as a :class:`Row`, top to bottom, overlapping lines merged.

    With ``page_height``, small tables become one row each (kept together).
    """
    layout = doc.documentLayout()
    raw: list[Row] = []
    if page_height is not None:
        raw.extend(_small_tables(doc, page_height * KEEP_TABLE_FRACTION))
    in_table = _in_table(doc)
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        count = text_layout.lineCount()
        # empty blocks draw nothing; they need no page of their own
        if count and block.length() > 1:
            top = layout.blockBoundingRect(block).top()
            number = block.blockNumber()
            heading = block.blockFormat().headingLevel() > 0 or (
                number not in in_table and _leads_in(block))
            new_page = bool(block.blockFormat().pageBreakPolicy()
                            & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            for index in range(count):
                line = text_layout.lineAt(index)
                y = top + line.y()
                raw.append(Row(y, y + line.height(), number, index, count, heading,
                               new_page and index == 0))
        block = block.next()
    raw.sort(key=lambda row: (row.top, row.bottom))
    merged: list[Row] = []
    for row in raw:
        if merged and row.top < merged[-1].bottom - EPSILON:
            last = merged[-1]
            last.bottom = max(last.bottom, row.bottom)
            if last.block != row.block:
                last.block = -1
            last.heading = last.heading or row.heading
            last.new_page = last.new_page or row.new_page
        else:
            merged.append(row)
    return merged


def _bad_break(rows: list[Row], k: int) -> bool:
    """Would a page break between rows ``k`` and ``k+1`` strand something?"""
    here = rows[k]
    if here.heading:
        return True
    after = rows[k + 1]
    if here.block >= 0 and here.block == after.block:
        return here.line + 1 < ORPHANS or here.line_count - (here.line + 1) < WIDOWS
    return False


def paginate(rows: list[Row], page_height: float) -> list[PageSlice]:
    """Cut ``rows`` into page slices of at most ``page_height`` (none for no rows)."""
    pages: list[PageSlice] = []
    i = 0
    cursor: float | None = None  # set when a row taller than a page is being split
    while i < len(rows):
        top = rows[i].top if cursor is None else cursor
        limit = top + page_height
        j = i
        while j < len(rows) and rows[j].bottom <= limit + EPSILON:
            if j > i and rows[j].new_page:
                break  # a part that starts a page: cut here, however much room is left
            j += 1
        last = j - 1
        forced = i < j < len(rows) and rows[j].new_page
        if last < i:
            # one unbreakable row taller than a page: cut it where the page ends
            pages.append(PageSlice(top, limit))
            cursor = limit
            if rows[i].bottom <= limit + EPSILON:
                cursor = None
                i += 1
            continue
        cursor = None
        if last < len(rows) - 1 and not forced:
            k = last
            while k > i and _bad_break(rows, k):
                k -= 1
            if k > i or not _bad_break(rows, k):
                last = k
            # else: nothing on this page may be broken well; keep the fullest page
        pages.append(PageSlice(top, rows[last].bottom))
        i = last + 1
    return pages


def page_of(pages: list[PageSlice], y: float) -> int:
    """Index of the page showing document position ``y`` (0 when there are no pages)."""
    tops = [page.top for page in pages]
    return max(0, bisect.bisect_right(tops, y + EPSILON) - 1)
