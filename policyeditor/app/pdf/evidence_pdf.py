"""Write the evidence pack of a published version as one PDF.

``write_evidence_pdf(facts, path, workspace="x.policy")``: the front pages
(cover with the full fingerprint and how to verify it, the timeline of
events, every flag with its resolution), then the published text and the
redline against the previous publication. Same engine, stylesheet and
palette as the policy PDF and the redline report: running header, "page X
of Y" footer, an outline of the sections, change bars beside changed blocks.
"""

from __future__ import annotations

import os

from policyeditor.app.pdf.document import PdfJob, RunningText, write_paged_pdf
from policyeditor.app.pdf.outline import PdfInfo
from policyeditor.core.canonical import short_fingerprint
from policyeditor.core.render.evidence.pack import body_html, front_html, pack_language
from policyeditor.core.render.evidence.words import word
from policyeditor.core.render.labels import label
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.style import stylesheet
from policyeditor.core.render.target import Target
from policyeditor.core.workspace.audit import EvidenceFacts
from policyeditor.core.workspace.records import utc_now


def write_evidence_pdf(
    facts: EvidenceFacts,
    path: str | os.PathLike[str],
    *,
    workspace: str,
    page_size: str = "A4",
    written: str | None = None,
) -> int:
    """Write the evidence pack of ``facts`` to ``path``; return the page count.

    ``workspace`` is the file name the verification commands name; ``written``
    (ISO UTC, default now) the time the pack says it was made.
    """
    lang = pack_language(facts)
    info = facts.info
    title = f"{word(lang, 'pack')}: {facts.policy.title}"
    when = written or utc_now()
    running = RunningText(
        header_left=title,
        header_right=f"{label(lang, 'version')} {info.label}",
        footer_left=f"{label(lang, 'fingerprint')} {short_fingerprint(info.fingerprint)}",
        page_label=lambda page, pages: label(lang, "page_of", page=page, pages=pages),
    )
    pdf_info = PdfInfo(
        title=title,
        author=facts.policy.metadata.get("organisation", ""),
        subject=f"{facts.policy.title} – {label(lang, 'version')} {info.label}",
        keywords=[facts.policy.title, info.label, info.fingerprint],
        language=lang,
    )
    job = PdfJob(
        body_html=body_html(facts),
        front_html=lambda _pages: front_html(facts, workspace, when),
        stylesheet=stylesheet(Target.QT),
        running=running,
        info=pdf_info,
        page_size=page_size,
        change_colours=PALETTE.change_colours(),
        identity=f"policyeditor:evidence:{info.fingerprint}:{info.label}",
    )
    return write_paged_pdf(job, path)
