"""A policy as a Word document (.docx): the ``export --format docx`` writer.

Layout, in reading order: the title (Title style); the "Effective" date line
if the policy has one; the release notice in a shaded box; the preamble; each
section as a Word heading (Heading 1 at the top level, one level deeper per
depth) reading "1.2 Title" with a bookmark other sections' links point to,
then its body; the "Last changed" date line. The body text is what the
plain-text export says, so importing the .docx gives the policy back. The
version and fingerprint are in the running header and footer and in the
document properties, not in the body (they are not policy text). Review
comments of each section become Word comments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from policyeditor.core.importing.metadata import EFFECTIVE, LAST_CHANGED, export_date_line
from policyeditor.core.model import Policy, walk
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.links import section_anchor, section_targets, slug
from policyeditor.core.render.stamp import VersionStamp, resolve_stamp, version_text
from policyeditor.core.wordexport.blocks import BOLD, Inline, Paragraph, body_blocks
from policyeditor.core.wordexport.comments import CommentWriter
from policyeditor.core.wordexport.docx_blocks import AnchorResolver, BlockWriter, run_element
from policyeditor.core.wordexport.fields import add_header_footer
from policyeditor.core.wordexport.properties import drop_template_leftovers, set_properties
from policyeditor.core.wordexport.styles import (
    TITLE_STYLE,
    add_styles,
    heading_style,
    language_tag,
    set_language,
    set_page,
)

NOTICE_SHADING = "EEF3F8"  # the notice box of the HTML and PDF exports, as a cell shade


def bookmark_name(anchor: str) -> str:
    """``s-1-2`` → ``s_1_2``: Word bookmark names take letters, digits and underscores."""
    return anchor.replace("-", "_")


def anchor_resolver(policy: Policy) -> AnchorResolver:
    """In-page links to sections: by our anchor, the site's slug, or the link's text."""
    refs = list(walk(policy))
    anchors = {section_anchor(ref.number) for ref in refs}
    targets = section_targets((ref.number, ref.section.heading) for ref in refs)

    def resolve(fragment: str, text: str) -> str | None:
        anchor = (fragment if fragment in anchors
                  else targets.get(slug(fragment)) or targets.get(slug(text)))
        return bookmark_name(anchor) if anchor else None

    return resolve


def heading_text(number: str, depth: int, heading: str) -> str:
    """"1. Title" at the top level, "1.2 Title" below it, as the seed and the text export."""
    shown = number + "." if depth == 0 else number
    heading = " ".join(heading.split())
    return f"{shown} {heading}" if heading else shown


def _bookmark(paragraph: Any, name: str, bookmark_id: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p = paragraph._p
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def _notice(writer: BlockWriter, document: DocxDocument, notice: str, lang: str) -> None:
    blocks = body_blocks(notice)
    if not blocks:
        return
    table = document.add_table(1, 1)
    cell = table.cell(0, 0)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), NOTICE_SHADING)
    cell._tc.get_or_add_tcPr().append(shading)
    title = cell.paragraphs[0]
    title._p.append(run_element(label(lang, "what_changed"), frozenset({BOLD})))
    writer.blocks(cell, blocks)
    document.add_paragraph()  # keeps the box apart from the text below it


def build_document(policy: Policy, *, version: VersionStamp | None = None,
                   notice: str | None = None, page_size: str = "A4") -> DocxDocument:
    """The policy as a python-docx document (not yet saved)."""
    written_in = export_language(policy)
    lang = document_language(written_in)
    stamp = resolve_stamp(policy, version)
    title = " ".join(policy.title.split()) or label(lang, "draft")
    tag = language_tag(written_in or lang)

    document = docx.Document()
    drop_template_leftovers(document)
    add_styles(document)
    set_language(document, tag)
    set_page(document, page_size)
    set_properties(document, policy, stamp, lang, tag, title)
    version_shown = (version_text(stamp, lang) if stamp.is_draft
                     else f"{label(lang, 'version')} {version_text(stamp, lang)}")
    add_header_footer(document, title, version_shown, label(lang, "page_of"),
                      f"{label(lang, 'fingerprint')} {stamp.short_fingerprint}")

    writer = BlockWriter(document, anchor_resolver(policy))
    writer.paragraph(document, TITLE_STYLE)._p.append(run_element(title))
    # the date lines as the text exports write them (as written in the source while true)
    if effective := export_date_line(policy.metadata, EFFECTIVE, policy.language):
        writer.text_paragraph(document, Paragraph([Inline(effective)]))
    if notice:
        _notice(writer, document, notice, lang)
    writer.blocks(document, body_blocks(policy.preamble))
    comments = CommentWriter(document)
    for bookmark_id, ref in enumerate(walk(policy)):
        heading = writer.paragraph(document, heading_style(ref.depth))
        heading._p.append(run_element(heading_text(ref.number, ref.depth, ref.section.heading)))
        _bookmark(heading, bookmark_name(section_anchor(ref.number)), bookmark_id)
        start = len(writer.written)
        writer.blocks(document, body_blocks(ref.section.body))
        if ref.section.comments:
            comments.anchor(ref.section.comments, heading, writer.written[start:],
                            ref.section.body)
    if last_changed := export_date_line(policy.metadata, LAST_CHANGED, policy.language):
        writer.text_paragraph(document, Paragraph([Inline(last_changed)]))
    comments.finish()
    return document


def write_policy_docx(policy: Policy, path: str | Path, *, version: VersionStamp | None = None,
                      notice: str | None = None, page_size: str = "A4") -> None:
    """Write ``policy`` as a .docx to ``path`` (the exporter registry writes atomically)."""
    build_document(policy, version=version, notice=notice, page_size=page_size).save(str(path))
