"""The PDF engine shared by policy exports and redline reports.

Takes two HTML flows in Qt's rich-text subset — the front matter (title,
version, table of contents) and the body — lays each out once in a
QTextDocument whose paint device is the QPdfWriter itself (72 dpi, so one
layout unit is one point and the layout is the same on every machine), cuts
them into pages with :mod:`policyeditor.app.pdf.layout`, and paints every
page with a running header and a "page X of Y" footer. Page numbers of the
body's headings are fed back into the front matter (the table of contents)
and into the outline, which :mod:`policyeditor.app.pdf.outline` adds with
pypdf afterwards.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
)

from policyeditor import __version__
from policyeditor.app.pdf.fonts import PdfExportError, body_font_family
from policyeditor.app.pdf.layout import PageSlice, layout_rows, page_of, paginate
from policyeditor.app.pdf.outline import OutlineEntry, PdfInfo, finish_pdf
from policyeditor.core.render.palette import PALETTE

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "LETTER": QPageSize.PageSizeId.Letter}
# Margins in points: room for the running header above and the footer below.
MARGIN_LEFT = 62.0
MARGIN_RIGHT = 62.0
MARGIN_TOP = 74.0
MARGIN_BOTTOM = 66.0
RUNNING_FONT_PT = 8.0
RUNNING_COLOUR = QColor(PALETTE.muted)
RULE_COLOUR = QColor(PALETTE.grid)
CHANGE_BAR_COLOUR = QColor(PALETTE.change_bar)
CREATOR = f"PolicyEditor {__version__}"
MAX_FRONT_PASSES = 4


@dataclass
class Heading:
    """A heading found in the laid-out body: its level, text and page (0-based)."""

    level: int
    text: str
    page: int
    block: int
    y: float = 0.0  # top of the heading in the laid-out flow


@dataclass
class RunningText:
    """The words in the page margins."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]  # (page, pages) -> "sida 3 av 9"


@dataclass
class PdfJob:
    """Everything :func:`write_paged_pdf` needs."""

    body_html: str
    front_html: Callable[[list[int] | None], str]  # body heading pages (1-based) or None
    stylesheet: str
    running: RunningText
    info: PdfInfo
    page_size: str = "A4"
    pdfa: bool = False
    # Text in these colours (``#rrggbb``) marks a change: its blocks get a bar
    # in the left margin. Empty: no change bars.
    change_colours: tuple[str, ...] = ()
    outline_levels: int = 6
    # Stable identity of what is printed (e.g. fingerprint + label): exports of
    # the same version get the same PDF document id (trailer /ID, XMP).
    identity: str = ""


def page_size_id(name: str) -> QPageSize.PageSizeId:
    """``"A4"``/``"Letter"`` (any case) → Qt's page size; anything else is an error."""
    try:
        return PAGE_SIZES[name.strip().upper()]
    except KeyError:
        raise PdfExportError("pdf.page-size", name=name) from None


def _make_writer(path: Path, job: PdfJob) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    if job.pdfa:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(QPageSize(page_size_id(job.page_size)), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0))
    )
    if job.identity:
        writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, job.identity))))
    writer.setTitle(job.info.title)
    writer.setCreator(CREATOR)
    if job.info.author:
        writer.setAuthor(job.info.author)
    return writer


def _document(
    html: str, stylesheet: str, width: float, writer: QPdfWriter, family: str
) -> QTextDocument:
    doc = QTextDocument()
    # Lay out against the PDF device (72 dpi): points everywhere, no screen DPI.
    doc.documentLayout().setPaintDevice(writer)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    font = QFont(family)
    font.setPointSizeF(10.5)
    # No ligatures: "fi" must stay two letters so that searching and copying
    # text out of the record finds "specifika", not "speci\ufb01ka".
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(stylesheet)
    doc.setHtml(html)
    doc.setTextWidth(width)
    # Qt lays documents out lazily; asking for the size forces the whole
    # layout now, so every block has its lines before we paginate.
    doc.documentLayout().documentSize()
    return doc


def _headings(doc: QTextDocument, pages: list[PageSlice]) -> list[Heading]:
    layout = doc.documentLayout()
    found: list[Heading] = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0:
            y = layout.blockBoundingRect(block).top()
            text = " ".join(block.text().replace("\u00a0", " ").split())
            found.append(Heading(level, text, page_of(pages, y), block.blockNumber(), y))
        block = block.next()
    return found


def _changed_spans(doc: QTextDocument, colours: tuple[str, ...]) -> list[tuple[float, float]]:
    """Vertical ranges of blocks holding text in a change colour (for change bars)."""
    wanted = {c.lower() for c in colours}
    layout = doc.documentLayout()
    spans: list[tuple[float, float]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) and (
                fmt.foreground().color().name().lower() in wanted
            ):
                rect = layout.blockBoundingRect(block)
                spans.append((rect.top(), rect.bottom()))
                break
            it += 1
        block = block.next()
    return spans


class PagePainter:
    """Paints pages of one PDF: slices of laid-out documents plus margins."""

    def __init__(self, writer: QPagedPaintDevice, job: PdfJob, family: str,
                 scale: float = 1.0) -> None:
        self.writer = writer
        self.job = job
        self.scale = scale  # device pixels per point (a printer's resolution / 72)
        rect = writer.pageLayout().fullRectPoints()
        self.page_w = rect.width()
        self.page_h = rect.height()
        self.content_w = self.page_w - MARGIN_LEFT - MARGIN_RIGHT
        self.content_h = self.page_h - MARGIN_TOP - MARGIN_BOTTOM
        self.font = QFont(family)
        # In pixels of the 72-dpi layout (= points): a printer's painter is scaled to
        # its resolution, and a size in points would be scaled twice there.
        self.font.setPixelSize(round(RUNNING_FONT_PT))
        self.painter = QPainter()
        self.first = True

    def begin(self) -> None:
        if not self.painter.begin(self.writer):
            raise PdfExportError("pdf.cannot-open")
        self.painter.scale(self.scale, self.scale)

    def page(self, doc: QTextDocument, piece: PageSlice, number: int, total: int,
             bars: list[tuple[float, float]] | None = None) -> None:
        painter = self.painter
        if not self.first and not self.writer.newPage():
            raise PdfExportError("pdf.new-page")
        self.first = False
        painter.save()
        painter.translate(MARGIN_LEFT, MARGIN_TOP - piece.top)
        clip = QRectF(0, piece.top, self.content_w, piece.bottom - piece.top)
        doc.drawContents(painter, clip)
        painter.restore()
        if bars:
            self._bars(bars, piece)
        self._margins(number, total)

    def _bars(self, bars: list[tuple[float, float]], piece: PageSlice) -> None:
        pen = QPen(CHANGE_BAR_COLOUR)
        pen.setWidthF(1.6)
        self.painter.setPen(pen)
        x = MARGIN_LEFT - 9
        for top, bottom in bars:
            if bottom <= piece.top or top >= piece.bottom:
                continue
            y0 = MARGIN_TOP + max(top, piece.top) - piece.top
            y1 = MARGIN_TOP + min(bottom, piece.bottom) - piece.top
            self.painter.drawLine(QPointF(x, y0), QPointF(x, y1))

    def _margins(self, number: int, total: int) -> None:
        painter = self.painter
        running = self.job.running
        painter.setFont(self.font)
        painter.setPen(RUNNING_COLOUR)
        left, width = MARGIN_LEFT, self.content_w
        if number > 1:
            header = QRectF(left, MARGIN_TOP - 40, width, 14)
            left_bottom = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            right_bottom = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(header, left_bottom, running.header_left)
            painter.drawText(header, right_bottom, running.header_right)
            pen = QPen(RULE_COLOUR)
            pen.setWidthF(0.5)
            painter.setPen(pen)
            y = MARGIN_TOP - 22
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(RUNNING_COLOUR)
        footer = QRectF(left, self.page_h - MARGIN_BOTTOM + 26, width, 14)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         running.footer_left)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         running.page_label(number, total))

    def end(self) -> None:
        if not self.painter.end():
            raise PdfExportError("pdf.incomplete")


@dataclass
class PagedLayout:
    """Both flows laid out and cut into pages (in points), ready to paint on any device."""

    front: QTextDocument
    front_pages: list[PageSlice]
    body: QTextDocument
    body_pages: list[PageSlice]
    headings: list[Heading]
    bars: list[tuple[float, float]] | None

    @property
    def total(self) -> int:
        """Pages in all."""
        return len(self.front_pages) + len(self.body_pages)


def lay_out(job: PdfJob, writer: QPdfWriter, family: str) -> PagedLayout:
    """Lay ``job`` out against ``writer`` (72 dpi) and paginate it.

    The one pagination of the PDF export and of printing: the printer gets
    these same pages, scaled to its resolution.
    """
    rect = writer.pageLayout().fullRectPoints()
    size = QSizeF(rect.width() - MARGIN_LEFT - MARGIN_RIGHT,
                  rect.height() - MARGIN_TOP - MARGIN_BOTTOM)
    body = _document(job.body_html, job.stylesheet, size.width(), writer, family)
    body_pages = paginate(layout_rows(body, size.height()), size.height())
    headings = _headings(body, body_pages)
    if not body_pages and not job.front_html(None).strip():
        raise PdfExportError("pdf.empty")
    front_pages: list[PageSlice] = []
    front: QTextDocument | None = None
    offset = 0
    numbers: list[int] | None = None
    for _ in range(MAX_FRONT_PASSES):
        front = _document(job.front_html(numbers), job.stylesheet, size.width(), writer, family)
        front_pages = paginate(layout_rows(front, size.height()), size.height())
        if numbers is not None and len(front_pages) == offset:
            break
        offset = len(front_pages)
        numbers = [h.page + offset + 1 for h in headings]
    assert front is not None
    bars = _changed_spans(body, job.change_colours) if job.change_colours else None
    return PagedLayout(front, front_pages, body, body_pages, headings, bars)


def paint_pages(layout: PagedLayout, painter: PagePainter) -> None:
    """Paint every page of ``layout`` (front matter, then body) with its margins."""
    painter.begin()
    number = 0
    for piece in layout.front_pages:
        number += 1
        painter.page(layout.front, piece, number, layout.total)
    for piece in layout.body_pages:
        number += 1
        painter.page(layout.body, piece, number, layout.total, layout.bars)
    painter.end()


def write_paged_pdf(job: PdfJob, path: str | os.PathLike[str]) -> int:
    """Write the PDF described by ``job`` to ``path`` (atomically); return its page count."""
    target = Path(path)
    family = body_font_family()
    fd, raw_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".qt.pdf",
                                    dir=target.parent or Path("."))
    os.close(fd)
    raw = Path(raw_name)
    try:
        writer = _make_writer(raw, job)
        layout = lay_out(job, writer, family)
        painter = PagePainter(writer, job, family)
        paint_pages(layout, painter)
        offset = len(layout.front_pages)
        page_h = painter.page_h
        outline = [
            OutlineEntry(min(h.level, job.outline_levels), h.text, h.page + offset,
                         # PDF user space has its origin at the bottom of the page
                         page_h - MARGIN_TOP - (h.y - layout.body_pages[h.page].top) + 4)
            for h in layout.headings
        ]
        finish_pdf(raw, target, job.info, outline, pdfa=job.pdfa, creator=CREATOR)
        return layout.total
    finally:
        if raw.exists():
            raw.unlink()
