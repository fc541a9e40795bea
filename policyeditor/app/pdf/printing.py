"""Printing with the PDF export's pagination: the same pages, on a printer.

The document is laid out once against a 72-dpi PDF writer that writes
nowhere (so one layout unit is one point, exactly as in the PDF export), cut
into pages by the same code, and those pages are painted on the printer
with the painter scaled to the printer's resolution. The paper size is the
printer's; for A4 or Letter the pages break where the exported PDF's do.
Only QtGui here: the UI hands over its QPrinter as the paged device.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter

from policyeditor.app.pdf.document import PagePainter, PdfJob, lay_out, paint_pages
from policyeditor.app.pdf.fonts import body_font_family
from policyeditor.app.pdf.policy_pdf import policy_job
from policyeditor.core.model import Policy
from policyeditor.core.render.stamp import VersionStamp


def print_job(job: PdfJob, device: QPagedPaintDevice, dpi: float) -> int:
    """Paint ``job`` on ``device`` (a QPrinter at ``dpi``); return the number of pages."""
    family = body_font_family()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # a layout device only: nothing painted on it
    writer.setResolution(72)
    paper = device.pageLayout().pageSize()
    writer.setPageLayout(QPageLayout(paper, QPageLayout.Orientation.Portrait, QMarginsF()))
    device.setPageLayout(QPageLayout(paper, QPageLayout.Orientation.Portrait, QMarginsF()))
    layout = lay_out(job, writer, family)
    paint_pages(layout, PagePainter(device, job, family, scale=dpi / 72.0))
    return layout.total


def print_policy(
    policy: Policy,
    device: QPagedPaintDevice,
    dpi: float,
    *,
    version: VersionStamp | None = None,
    notice: str | None = None,
) -> int:
    """Print ``policy`` as its PDF export would look; return the number of pages."""
    return print_job(policy_job(policy, version=version, notice=notice), device, dpi)
