"""Write the redline .docx: python-docx's default document, our tracked body, comments.

python-docx supplies the package, the styles (Title, Heading 1–9, List
Bullet/Number, Quote) and the comments part; the body comes from
:mod:`~policyeditor.core.wordexport.tracked.ooxml`, parsed once and put in
place of the template's empty body.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from policyeditor.core.compare.result import Comparison
from policyeditor.core.wordexport.tracked.anchors import flag_comments
from policyeditor.core.wordexport.tracked.layout import redline_paragraphs
from policyeditor.core.wordexport.tracked.markdown_lines import xml_safe
from policyeditor.core.wordexport.tracked.ooxml import Anchor, body_xml
from policyeditor.core.wordexport.tracked.review_comments import ReviewPlace, review_places

COMMENT_AUTHOR = "PolicyEditor"
COMMENT_INITIALS = "PE"
# Word's proofing language for the policy's language (spelling is checked as Swedish).
_WORD_LANGUAGES = {"sv": "sv-SE", "en": "en-GB", "de": "de-DE"}


def iso_now() -> str:
    """The current time as Word dates its changes: ISO 8601 in UTC, ``Z``, whole seconds."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_redline_docx(
    comparison: Comparison, path: str | Path, *, author: str, date: str | None = None
) -> None:
    """Write ``comparison`` to ``path`` as the new version with every change tracked."""
    from docx import Document
    from lxml import etree

    date = date or iso_now()
    # A name or a text pasted with a control character must not make the file unwritable.
    author = xml_safe(author).strip() or COMMENT_AUTHOR
    paragraphs = redline_paragraphs(comparison)
    document = Document()
    properties = document.core_properties
    properties.title = xml_safe(comparison.new.title)[:255]
    properties.author = author
    properties.language = xml_safe(comparison.new.language)[:20]
    _set_proofing_language(document, comparison.new.language)
    grouped: dict[tuple[int, int | None], list[int]] = {}
    # review threads first: placing them splits runs, which the flags then see
    places = review_places(comparison, paragraphs)
    for comment in flag_comments(comparison, paragraphs):
        added = document.comments.add_comment(
            text=xml_safe(comment.text), author=COMMENT_AUTHOR, initials=COMMENT_INITIALS
        )
        grouped.setdefault((comment.paragraph, comment.run), []).append(added.comment_id)
    for place in places:
        key = (place.paragraph, place.run_index(paragraphs))
        grouped.setdefault(key, []).extend(_thread(document, place, comparison.new.language))
    anchors = [Anchor(p, r, tuple(ids)) for (p, r), ids in grouped.items()]
    first_id = max((i for ids in grouped.values() for i in ids), default=0) + 1
    xml = body_xml(paragraphs, anchors, author=author, date=date, first_id=first_id)
    parsed = etree.fromstring(xml.encode("utf-8"))
    body = document.element.body
    section = body[-1]  # the template's w:sectPr stays last
    for element in list(body)[:-1]:
        body.remove(element)
    for element in list(parsed):
        section.addprevious(element)
    document.save(str(path))


def _thread(document: Any, place: ReviewPlace, language: str) -> list[int]:
    """Add a review thread's comment and replies; their ids."""
    from policyeditor.core.render.labels import label
    from policyeditor.core.wordexport.comments import comment_date, initials

    comment = place.comment
    text = comment.text
    if comment.resolved:
        text = f"({label(language, 'comment_resolved')}) {text}"
    ids = []
    for who, when, said in [(comment.author, comment.created, text)] + [
            (r.author, r.created, r.text) for r in comment.replies]:
        who = xml_safe(who).strip() or COMMENT_AUTHOR
        added = document.comments.add_comment(
            text=xml_safe(said), author=who, initials=initials(who) or COMMENT_INITIALS)
        moment = comment_date(when)
        if moment is not None:
            added._comment_elm.date = moment
        ids.append(added.comment_id)
    return ids


def _set_proofing_language(document: Any, language: str) -> None:
    """The Normal style's language, which every paragraph inherits."""
    from docx.oxml.ns import qn
    from lxml import etree

    code = _WORD_LANGUAGES.get(language, xml_safe(language)[:20])
    if not code:
        return
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    lang = etree.SubElement(run_properties, qn("w:lang"))
    lang.set(qn("w:val"), code)
