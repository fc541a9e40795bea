"""Write a comparison as a PDF redline report.

``write_comparison_pdf(comparison, path, page_size="A4")``: a summary part
(the two versions, counts, assessment, flags by severity with the page of
their section), then the new version in full with insertions blue and
underlined, deletions red and struck through, moved sections green, and a
change bar in the left margin beside every changed block. Same engine as the
policy PDF: running header, "page X of Y" footer, outline of the sections.
The HTML it lays out is the redline renderer's, for Qt's rich-text subset
(:mod:`policyeditor.core.render.redline`), as the HTML report and the
compare view show it.
"""

from __future__ import annotations

import os

from policyeditor.app.pdf.document import PdfJob, RunningText, write_paged_pdf
from policyeditor.app.pdf.outline import PdfInfo
from policyeditor.core.canonical import short_fingerprint
from policyeditor.core.compare.result import Comparison
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.labels import label
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.front import summary_html
from policyeditor.core.render.redline.sections import RedlineView, full_text_html
from policyeditor.core.render.redline_summary import report_language, side_summary
from policyeditor.core.render.style import stylesheet
from policyeditor.core.render.target import Target


def write_comparison_pdf(
    comparison: Comparison, path: str | os.PathLike[str], *, page_size: str = "A4"
) -> int:
    """Write the redline report of ``comparison`` to ``path``; return the page count."""
    lang = report_language(comparison)
    old = side_summary(comparison.old_info, comparison.old, lang)
    new = side_summary(comparison.new_info, comparison.new, lang)
    title = f"{label(lang, 'comparison')}: {new.title}"
    versions = f"{old.version} → {new.version}"
    if comparison.old_info.label is None and comparison.new_info.label is None and (
        old.source and new.source
    ):
        # two plain files: their names say more than "Draft → Draft"
        versions = f"{os.path.basename(old.source)} → {os.path.basename(new.source)}"
    running = RunningText(
        header_left=title,
        header_right=versions,
        footer_left=f"{label(lang, 'fingerprint')} {short_fingerprint(old.fingerprint)} → "
        f"{short_fingerprint(new.fingerprint)}",
        page_label=lambda page, pages: label(lang, "page_of", page=page, pages=pages),
    )
    info = PdfInfo(
        title=title,
        author=comparison.new.metadata.get("organisation", ""),
        subject=f"{new.title}: {versions}",
        keywords=[new.title, old.version, new.version, old.fingerprint, new.fingerprint],
        language=export_language(comparison.new) or lang,
    )
    view = RedlineView(Target.QT, lang, ignore_formatting=comparison.ignore_formatting)
    job = PdfJob(
        body_html=full_text_html(comparison, view),
        front_html=lambda pages: summary_html(comparison, lang, Target.QT, pages),
        stylesheet=stylesheet(Target.QT),
        running=running,
        info=info,
        page_size=page_size,
        change_colours=PALETTE.change_colours(),
        identity=f"policyeditor:redline:{old.fingerprint}:{new.fingerprint}",
    )
    return write_paged_pdf(job, path)
