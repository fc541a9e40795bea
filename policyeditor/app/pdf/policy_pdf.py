"""Write a policy as a paginated PDF for the record.

``write_policy_pdf(policy, path, version=..., page_size="A4", pdfa=False)``:
title page with version table and table of contents (with page numbers),
then the policy; running header (title, version label), footer with the
short fingerprint and "page X of Y" ("sida X av Y" in Swedish), document
metadata, an outline of the sections, optional PDF/A-1b. Works headless.
The HTML it lays out is the document renderer's, for Qt's rich-text subset
(:mod:`policyeditor.core.render.document`).
"""

from __future__ import annotations

import os

from policyeditor.app.pdf.document import PdfJob, RunningText, write_paged_pdf
from policyeditor.app.pdf.outline import PdfInfo
from policyeditor.core.model import Policy
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.document.front import front_html
from policyeditor.core.render.document.sections import policy_text_html
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.stamp import VersionStamp, resolve_stamp, version_text
from policyeditor.core.render.style import stylesheet
from policyeditor.core.render.target import Target


def policy_info(policy: Policy, stamp: VersionStamp, lang: str) -> PdfInfo:
    """PDF metadata: title, organisation as author, subject with version, keywords."""
    title = policy.title.strip() or label(lang, "draft")
    subject = f"{title} – {label(lang, 'version')} {version_text(stamp, lang)}"
    keywords = [title, f"{label(lang, 'version')} {version_text(stamp, lang)}", stamp.fingerprint]
    organisation = policy.metadata.get("organisation", "").strip()
    if organisation:
        keywords.insert(0, organisation)
    return PdfInfo(title=title, author=organisation, subject=subject, keywords=keywords,
                   language=export_language(policy) or lang)


def write_policy_pdf(
    policy: Policy,
    path: str | os.PathLike[str],
    *,
    version: VersionStamp | None = None,
    page_size: str = "A4",
    pdfa: bool = False,
    notice: str | None = None,
) -> int:
    """Write ``policy`` to ``path`` as PDF; return the number of pages.

    Raises :class:`policyeditor.app.pdf.fonts.PdfExportError` (a
    PolicyEditorError) for an unknown page size or a file Qt cannot write.
    """
    job = policy_job(policy, version=version, page_size=page_size, pdfa=pdfa, notice=notice)
    return write_paged_pdf(job, path)


def policy_job(
    policy: Policy,
    *,
    version: VersionStamp | None = None,
    page_size: str = "A4",
    pdfa: bool = False,
    notice: str | None = None,
) -> PdfJob:
    """What the PDF export and printing lay out for ``policy``."""
    lang = document_language(export_language(policy))
    stamp = resolve_stamp(policy, version)
    title = policy.title.strip() or label(lang, "draft")
    running = RunningText(
        header_left=title,
        header_right=f"{label(lang, 'version')} {version_text(stamp, lang)}",
        footer_left=f"{label(lang, 'fingerprint')} {stamp.short_fingerprint}",
        page_label=lambda page, pages: label(lang, "page_of", page=page, pages=pages),
    )
    job = PdfJob(
        body_html=policy_text_html(policy, Target.QT),
        front_html=lambda pages: front_html(policy, stamp, lang, notice, Target.QT, pages),
        stylesheet=stylesheet(Target.QT),
        running=running,
        info=policy_info(policy, stamp, lang),
        page_size=page_size,
        pdfa=pdfa,
        identity=f"policyeditor:policy:{stamp.fingerprint}:{stamp.label or ''}",
    )
    return job
