"""Accept or reject every tracked change of a .docx, from its XML: the paragraph texts.

Our own implementation of Word's rule, independent of the writer: accepting
drops deleted and moved-away runs (``w:del``, ``w:moveFrom``) and joins a
paragraph whose mark is deleted to the next one; rejecting does the same with
insertions (``w:ins``, ``w:moveTo``). Empty paragraphs are not text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HIDDEN = {True: (f"{W}del", f"{W}moveFrom"), False: (f"{W}ins", f"{W}moveTo")}


def document_root(path: Path) -> etree._Element:
    """The parsed ``word/document.xml``."""
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


def _text(element: etree._Element, hidden: tuple[str, ...]) -> str:
    parts: list[str] = []
    for child in element:
        if child.tag in hidden or child.tag == f"{W}pPr":
            continue
        if child.tag in (f"{W}t", f"{W}delText"):
            parts.append(child.text or "")
        elif child.tag == f"{W}tab":
            parts.append("\t")
        else:
            parts.append(_text(child, hidden))
    return "".join(parts)


def view_paragraphs(path: Path, *, accept: bool) -> list[str]:
    """The paragraph texts after accepting (or rejecting) every change."""
    hidden = _HIDDEN[accept]
    texts: list[str] = []
    pending = ""
    for paragraph in document_root(path).iter(f"{W}p"):
        text = pending + _text(paragraph, hidden)
        mark = paragraph.find(f"{W}pPr/{W}rPr")
        if mark is not None and any(mark.find(tag) is not None for tag in hidden):
            pending = text
            continue
        pending = ""
        texts.append(text)
    if pending:
        texts.append(pending)
    return [text for text in texts if text]
