"""The look of an exported Word document: styles, page, language.

python-docx's template has the heading, title, list, quote and table styles
Word users know (so a lawyer's own template can restyle the export), but no
character style for links: it is added here, blue and underlined as Word's
own. The document's language goes into the default run properties
(``w:lang``), so Word checks the spelling of a Swedish policy in Swedish.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor, Twips

# Style ids (not names: ids are what paragraphs and runs refer to).
TITLE_STYLE = "Title"
LIST_STYLE = "ListParagraph"
QUOTE_STYLE = "Quote"
HEADER_STYLE = "Header"
FOOTER_STYLE = "Footer"
HYPERLINK_STYLE = "Hyperlink"
TABLE_STYLE = "Table Grid"  # a table style is set by name through python-docx
CODE_FONT = "Courier New"
MAX_HEADING_LEVEL = 9

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-US", "de": "de-DE"}

# (width, height, margin) of the page sizes the exporter registry offers
PAGE_SIZES = {
    "A4": (Twips(11906), Twips(16838), Cm(2.5)),
    "Letter": (Twips(12240), Twips(15840), Inches(1)),
}


def heading_style(depth: int) -> str:
    """The style id of a section heading at ``depth`` (0: Heading1), capped at Heading9."""
    return f"Heading{min(depth + 1, MAX_HEADING_LEVEL)}"


def language_tag(language: str) -> str:
    """``sv`` → ``sv-SE``; an unknown code is written as given (Word ignores what it lacks)."""
    base = language.split("-")[0].lower()
    return LANGUAGE_TAGS.get(base, language or "en-US")


def set_language(document: DocxDocument, tag: str) -> None:
    """Write ``tag`` as the language of all text (``w:docDefaults`` run properties)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), tag)


def add_styles(document: DocxDocument) -> None:
    """The character style for links (blue, underlined), as Word names it."""
    styles = document.styles
    if HYPERLINK_STYLE not in [s.style_id for s in styles]:
        style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
        style.unhide_when_used = True
        style.priority = 99
    normal = styles["Normal"]
    normal.font.size = Pt(11)


def set_page(document: DocxDocument, page_size: str) -> None:
    """Page size and margins of every section of ``document``."""
    width, height, margin = PAGE_SIZES.get(page_size, PAGE_SIZES["A4"])
    for section in document.sections:
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = margin


def text_width(document: DocxDocument) -> int:
    """The width between the margins of the first section, in twips (for tab stops)."""
    section = document.sections[0]
    emu = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return int(emu / 635)  # 635 EMU per twip
