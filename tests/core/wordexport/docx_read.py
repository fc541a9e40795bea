"""Reading an exported .docx back the way a reader (or an importer) sees it."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml.etree import _Element

from policyeditor.core.model import Policy, walk

WORD = re.compile(r"\w+")
# list markers of the plain-text export: "- item", "* item", "1. item"
LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)


def open_docx(path: Path) -> DocxDocument:
    """The document at ``path`` through python-docx."""
    return docx.Document(str(path))


def paragraph_text(p: _Element) -> str:
    """What a paragraph shows: its text runs, links included; a line break as a newline."""
    out = []
    for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        out.append(node.text or "" if node.tag == qn("w:t") else
                   "\n" if node.tag == qn("w:br") else "\t")
    return "".join(out)


def body_paragraphs(document: DocxDocument) -> list[_Element]:
    """Every paragraph of the body in reading order, inside tables too."""
    return list(document.element.body.iter(qn("w:p")))


def body_words(document: DocxDocument) -> Counter[str]:
    """The multiset of words in the body."""
    text = "\n".join(paragraph_text(p) for p in body_paragraphs(document))
    return Counter(WORD.findall(text))


def text_words(plain_text: str, heading_lines: set[str]) -> Counter[str]:
    """The multiset of words of a plain-text export, its list markers removed
    (a heading line such as "1. Information" keeps its number)."""
    lines = [line if line in heading_lines else LIST_MARKER.sub("", line)
             for line in plain_text.splitlines()]
    return Counter(WORD.findall("\n".join(lines)))


def style_id(p: _Element) -> str | None:
    """The paragraph style id of a ``w:p``."""
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return None if style is None else style.get(qn("w:val"))


def headings(document: DocxDocument) -> list[tuple[int, str]]:
    """(level, text) of every Heading-styled paragraph."""
    out = []
    for p in body_paragraphs(document):
        sid = style_id(p) or ""
        if sid.startswith("Heading"):
            out.append((int(sid[len("Heading"):]), paragraph_text(p)))
    return out


def expected_headings(policy: Policy) -> list[tuple[int, str]]:
    """(level, "1. Heading" / "1.2 Heading") for each section, in document order."""
    return [(ref.depth + 1, f"{ref.number}{'.' if ref.depth == 0 else ''} "
             f"{ref.section.heading}") for ref in walk(policy)]


def part_xml(path: Path, name: str) -> str:
    """One part of the package as text ('' when absent)."""
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8") if name in package.namelist() else ""


def all_parts(path: Path) -> dict[str, bytes]:
    """Every part of the package."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}
