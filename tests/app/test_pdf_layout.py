"""Our pagination: where pages may be cut, and where they must not be."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

from policyeditor.app.pdf.fonts import ensure_gui_application
from policyeditor.app.pdf.layout import PageSlice, Row, layout_rows, page_of, paginate


def lines(block: int, count: int, top: float, height: float = 10.0,
          heading: bool = False) -> list[Row]:
    return [Row(top + i * height, top + (i + 1) * height, block, i, count, heading)
            for i in range(count)]


def rows_in(rows: list[Row], page: PageSlice) -> list[Row]:
    return [r for r in rows if r.top >= page.top - 0.01 and r.bottom <= page.bottom + 0.01]


def test_everything_fits_on_one_page() -> None:
    rows = lines(0, 5, 0)
    assert paginate(rows, 100) == [PageSlice(0, 50)]


def test_pages_never_cut_a_line_and_cover_every_line() -> None:
    rows = lines(0, 3, 0) + lines(1, 3, 35) + lines(2, 40, 70)
    pages = paginate(rows, 100)
    covered = [r for p in pages for r in rows_in(rows, p)]
    assert covered == rows
    for page in pages:
        assert page.bottom - page.top <= 100 + 0.01


def test_heading_is_never_left_at_the_bottom() -> None:
    # page holds 10 lines; the heading would be line 9, its text line 10
    rows = lines(0, 8, 0) + lines(1, 1, 80, heading=True) + lines(2, 6, 90)
    pages = paginate(rows, 100)
    first = rows_in(rows, pages[0])
    assert not first[-1].heading
    assert rows_in(rows, pages[1])[0].heading


def test_heading_keeps_two_lines_of_its_text() -> None:
    # heading + one line would fit; a single line under a heading is an orphan
    rows = lines(0, 8, 0) + lines(1, 1, 80, heading=True) + lines(2, 6, 90)
    pages = paginate(rows, 95)
    assert rows_in(rows, pages[0])[-1].block == 0


def test_no_orphan_or_widow_lines() -> None:
    # a 5-line paragraph starting at line 9 of a 10-line page
    rows = lines(0, 9, 0) + lines(1, 5, 90)
    pages = paginate(rows, 100)
    first = rows_in(rows, pages[0])
    assert first[-1].block == 0  # one line of block 1 would be an orphan
    rows = lines(0, 6, 0) + lines(1, 5, 60)
    pages = paginate(rows, 100)
    second = rows_in(rows, pages[1])
    # 4 lines of block 1 fit, but that leaves a widow: break after 3
    assert [r.line for r in second if r.block == 1] == [3, 4]


def test_row_taller_than_a_page_is_split_not_lost() -> None:
    rows = [Row(0, 250, 0, 0, 1, False), *lines(1, 2, 250)]
    pages = paginate(rows, 100)
    assert pages[0] == PageSlice(0, 100)
    assert pages[1] == PageSlice(100, 200)
    assert pages[-1].bottom == 270


def test_page_of() -> None:
    pages = [PageSlice(0, 90), PageSlice(95, 180), PageSlice(185, 200)]
    assert [page_of(pages, y) for y in (0, 50, 95, 120, 190)] == [0, 0, 1, 1, 2]


@pytest.fixture
def qt_doc(tmp_path: Path) -> QTextDocument:
    ensure_gui_application()
    assert QGuiApplication.instance() is not None
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(72)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setProperty("writer", writer)
    return doc


def test_real_layout_table_rows_are_not_cut(qt_doc: QTextDocument) -> None:
    cells = "".join(f"<tr><td>{'a<br>' * (i % 3 + 1)}</td><td>b</td></tr>" for i in range(60))
    qt_doc.setHtml(f"<h2>T</h2><p>intro</p><table>{cells}</table><p>end</p>")
    qt_doc.setTextWidth(300)
    qt_doc.documentLayout().documentSize()
    rows = layout_rows(qt_doc)
    # a multi-line cell becomes one band with its neighbour cell
    assert any(r.block == -1 for r in rows)
    pages = paginate(rows, 120)
    assert len(pages) > 3
    for page in pages:
        for r in rows:
            assert not (r.top + 0.01 < page.bottom < r.bottom - 0.01), "a row was cut"


def test_real_layout_headings_stay_with_text(qt_doc: QTextDocument) -> None:
    parts = []
    for i in range(40):
        parts.append(f"<h2>Heading {i}</h2>")
        parts.append("<p>" + "word " * (20 + (i * 7) % 50) + "</p>")
    qt_doc.setHtml("".join(parts))
    qt_doc.setTextWidth(250)
    qt_doc.documentLayout().documentSize()
    rows = layout_rows(qt_doc)
    pages = paginate(rows, 200)
    assert len(pages) > 5
    for page in pages[:-1]:
        inside = rows_in(rows, page)
        assert not inside[-1].heading


def test_small_tables_are_kept_together(qt_doc: QTextDocument) -> None:
    # the filler puts the boxed table across the first page boundary
    filler = "<p>" + "word " * 520 + "</p>"
    box = "<table border='1'><tr><td>" + "<p>line</p>" * 6 + "</td></tr></table>"
    qt_doc.setHtml(filler + box + filler)
    qt_doc.setTextWidth(300)
    qt_doc.documentLayout().documentSize()
    table = next(iter(qt_doc.rootFrame().childFrames()))
    rect = qt_doc.documentLayout().frameBoundingRect(table)

    def pages_holding_table(pages: list[PageSlice]) -> int:
        return len([p for p in pages if p.top < rect.bottom() and p.bottom > rect.top()])

    assert pages_holding_table(paginate(layout_rows(qt_doc), 300)) == 2  # line by line: split
    assert pages_holding_table(paginate(layout_rows(qt_doc, 300), 300)) == 1  # kept together


def _last_texts(qt_doc: QTextDocument, pages: list[PageSlice]) -> list[str]:
    """Text of the last line on each page but the last."""
    out = []
    layout = qt_doc.documentLayout()
    for page in pages[:-1]:
        last = ""
        block = qt_doc.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            for i in range(block.layout().lineCount()):
                line = block.layout().lineAt(i)
                if top + line.y() + line.height() <= page.bottom + 0.01:
                    last = block.text()[line.textStart():line.textStart() + line.textLength()]
            block = block.next()
        out.append(last.strip())
    return out


@pytest.mark.parametrize("lead_in", [
    # Bluesky: a list item heading its own sub-list
    "<ol><li><b>Personal Data We Collect Automatically</b><ol>{items}</ol></li></ol>",
    # Spotify: a bold paragraph as a heading
    "<p><b>Other resources and settings</b></p><p>{text}</p>",
    # a line introducing a list
    "<p>We use it to:</p><ul>{items}</ul>",
])
def test_lead_in_lines_are_not_left_at_a_page_bottom(qt_doc: QTextDocument, lead_in: str) -> None:
    items = "".join(f"<li>{'item text ' * 6}{i}</li>" for i in range(6))
    block = lead_in.format(items=items, text="word " * 80)
    first_words = {"Personal Data We Collect Automatically", "Other resources and settings",
                   "We use it to:"}
    stranded = []
    # slide the lead-in across the page boundary line by line
    for filler_words in range(300, 420, 6):
        qt_doc.setHtml("<p>" + "word " * filler_words + "</p>" + block + "<p>end</p>")
        qt_doc.setTextWidth(300)
        qt_doc.documentLayout().documentSize()
        pages = paginate(layout_rows(qt_doc, 400), 400)
        stranded += [t for t in _last_texts(qt_doc, pages) if t in first_words]
    assert stranded == []


def test_bold_first_cells_do_not_hold_table_rows_together(qt_doc: QTextDocument) -> None:
    rows = "".join(f"<tr><td><b>Right {i}</b></td><td>{'text ' * 30}</td></tr>" for i in range(30))
    qt_doc.setHtml(f"<table>{rows}</table>")
    qt_doc.setTextWidth(300)
    qt_doc.documentLayout().documentSize()
    assert not any(r.heading for r in layout_rows(qt_doc))
