"""Real Word lists: numbering definitions (``w:abstractNum``) and one ``w:num`` per list.

A list in Word is a paragraph property (``w:numPr``: which numbering, which
level), not typed bullets: Word then indents, renumbers and continues lists
as its users expect, and an importer sees a list, not text starting with
"•". Two abstract definitions serve every list, bullets and decimal numbers,
nine levels each; every list gets its own ``w:num`` so a numbered list
restarts at its own start value instead of continuing the previous list.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element

LEVELS = 9
INDENT = 360  # twips per level (a quarter inch); the hanging number takes as much
_BULLETS = ("•", "◦", "▪")


def _element(tag: str, **attributes: str) -> _Element:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _level(ilvl: int, ordered: bool) -> _Element:
    lvl = _element("w:lvl", ilvl=str(ilvl))
    lvl.append(_element("w:start", val="1"))
    lvl.append(_element("w:numFmt", val="decimal" if ordered else "bullet"))
    text = f"%{ilvl + 1}." if ordered else _BULLETS[ilvl % len(_BULLETS)]
    lvl.append(_element("w:lvlText", val=text))
    lvl.append(_element("w:lvlJc", val="left"))
    ppr = _element("w:pPr")
    ppr.append(_element("w:ind", left=str(2 * INDENT * (ilvl + 1)), hanging=str(INDENT)))
    lvl.append(ppr)
    if not ordered:
        rpr = _element("w:rPr")
        # The bullet glyphs are in every common font; naming one keeps Word from
        # drawing them in Symbol, where they would be other characters.
        rpr.append(_element("w:rFonts", ascii="Arial", hAnsi="Arial", hint="default"))
        lvl.append(rpr)
    return lvl


class Numbering:
    """The numbering definitions of one document; :meth:`new_list` numbers one list."""

    def __init__(self, document: DocxDocument) -> None:
        self._root = document.part.numbering_part.element
        self._abstract: dict[bool, str] = {}

    def _ids(self, tag: str, attribute: str) -> list[int]:
        return [int(e.get(qn(attribute))) for e in self._root.findall(qn(tag))]

    def _abstract_id(self, ordered: bool) -> str:
        if ordered not in self._abstract:
            new_id = str(max(self._ids("w:abstractNum", "w:abstractNumId"), default=-1) + 1)
            abstract = _element("w:abstractNum", abstractNumId=new_id)
            abstract.append(_element("w:multiLevelType", val="hybridMultilevel"))
            for ilvl in range(LEVELS):
                abstract.append(_level(ilvl, ordered))
            # The schema puts every abstractNum before the first num.
            first_num = self._root.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                self._root.append(abstract)
            self._abstract[ordered] = new_id
        return self._abstract[ordered]

    def new_list(self, ordered: bool, level: int, start: int = 1) -> str:
        """The ``w:numId`` of a new list whose items are at ``level`` (0-8)."""
        abstract_id = self._abstract_id(ordered)
        num_id = str(max(self._ids("w:num", "w:numId"), default=0) + 1)
        num = _element("w:num", numId=num_id)
        num.append(_element("w:abstractNumId", val=abstract_id))
        override = _element("w:lvlOverride", ilvl=str(level))
        override.append(_element("w:startOverride", val=str(start if ordered else 1)))
        num.append(override)
        self._root.append(num)
        return num_id


def number_paragraph(ppr: _Element, num_id: str, level: int) -> None:
    """Make the paragraph with properties ``ppr`` an item of list ``num_id`` at ``level``."""
    num_pr = _element("w:numPr")
    num_pr.append(_element("w:ilvl", val=str(min(level, LEVELS - 1))))
    num_pr.append(_element("w:numId", val=num_id))
    # numPr follows pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl.
    anchor = None
    for tag in ("w:widowControl", "w:framePr", "w:pageBreakBefore", "w:keepLines",
                "w:keepNext", "w:pStyle"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)
