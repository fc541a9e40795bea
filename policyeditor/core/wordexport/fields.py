"""Running header and footer: title and version at the top, "page X of Y" at the bottom.

Page numbers are Word fields (``PAGE``, ``NUMPAGES``), which Word and
LibreOffice fill in when they lay the document out; the text between them
comes from the document's labels ("sida {page} av {pages}"), in the
document's language, not the user interface's.
"""

from __future__ import annotations

import re

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml.etree import _Element

from policyeditor.core.wordexport.docx_blocks import run_element, set_style
from policyeditor.core.wordexport.styles import FOOTER_STYLE, HEADER_STYLE, text_width

_PLACEHOLDER = re.compile(r"\{(page|pages)\}")
FIELD_OF = {"page": "PAGE", "pages": "NUMPAGES"}


def _field_char(kind: str) -> _Element:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def field_runs(instruction: str, shown: str = "1") -> list[_Element]:
    """A complex field (begin, instruction, separate, last shown value, end) as runs."""
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    return [_field_char("begin"), instr_run, _field_char("separate"), run_element(shown),
            _field_char("end")]


def _tab_right(paragraph: DocxParagraph, position: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    # The Header and Footer styles have centre and right stops for Letter paper;
    # clearing them keeps the right-hand text at the real right margin on A4.
    for stale in (4680, 9360):
        if stale == position:
            continue  # Letter paper: the style's own right stop is already right
        clear = OxmlElement("w:tab")
        clear.set(qn("w:val"), "clear")
        clear.set(qn("w:pos"), str(stale))
        tabs.append(clear)
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:pos"), str(position))
    tabs.append(tab)
    ppr.append(tabs)


def _tab() -> _Element:
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:tab"))
    return run


def _two_sided(paragraph: DocxParagraph, left: list[_Element], right: list[_Element],
               width: int) -> None:
    _tab_right(paragraph, width)
    for run in [*left, _tab(), *right]:
        paragraph._p.append(run)


def page_of_runs(template: str) -> list[_Element]:
    """``"sida {page} av {pages}"`` as text runs and PAGE / NUMPAGES fields."""
    runs: list[_Element] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        if match.start() > position:
            runs.append(run_element(template[position:match.start()]))
        runs.extend(field_runs(FIELD_OF[match.group(1)]))
        position = match.end()
    if position < len(template):
        runs.append(run_element(template[position:]))
    return runs


def add_header_footer(document: DocxDocument, title: str, version: str, page_of: str,
                      footer_left: str = "") -> None:
    """Header: ``title`` left, ``version`` right; footer: ``footer_left`` and ``page_of``."""
    width = text_width(document)
    for section in document.sections:
        header = section.header.paragraphs[0]
        set_style(header, HEADER_STYLE)
        _two_sided(header, [run_element(title)], [run_element(version)], width)
        footer = section.footer.paragraphs[0]
        set_style(footer, FOOTER_STYLE)
        left = [run_element(footer_left)] if footer_left else []
        _two_sided(footer, left, page_of_runs(page_of), width)
