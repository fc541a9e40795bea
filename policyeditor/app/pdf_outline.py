"""Finishing a Qt-written PDF with pypdf: outline, language, full metadata.

Qt's PDF writer has no API for bookmarks, the document language (``/Lang``),
the subject or the keywords. This pass adds them: an outline mirroring the
section headings (nested by level), ``/Lang`` in the catalog, ``/Subject``
and ``/Keywords`` in the document information. For PDF/A-1b the XMP packet
Qt wrote (with ``pdfaid:part=1``, ``conformance=B``) is kept and extended so
the information dictionary and the XMP still say the same thing, as PDF/A
requires; the metadata stream stays unfiltered.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject, TextStringObject


@dataclass
class PdfInfo:
    """Document metadata as the reader's "Properties" dialog shows it."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = "en"


@dataclass(frozen=True)
class OutlineEntry:
    """One bookmark: heading level (any scale, larger = deeper), title, 0-based page."""

    level: int
    title: str
    page: int


def _xmp_addition(info: PdfInfo) -> str:
    parts = ['<rdf:Description rdf:about=""']
    if info.keywords:
        parts.append(f' pdf:Keywords="{escape(", ".join(info.keywords), {chr(34): "&quot;"})}"')
    parts.append(">")
    if info.subject:
        parts.append(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            f"{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>"
        )
    parts.append(f"<dc:language><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag>"
                 "</dc:language>")
    parts.append("</rdf:Description>\n")
    return "".join(parts)


def _extend_xmp(writer: PdfWriter, info: PdfInfo) -> None:
    root = writer.root_object
    if "/Metadata" not in root:
        return
    old: Any = root["/Metadata"].get_object()
    xmp = old.get_data().decode("utf-8")
    marker = "</rdf:RDF>"
    if marker not in xmp:
        return
    xmp = xmp.replace(marker, _xmp_addition(info) + marker, 1)
    stream = StreamObject()
    stream.set_data(xmp.encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    root[NameObject("/Metadata")] = writer._add_object(stream)


def _add_outline(writer: PdfWriter, outline: list[OutlineEntry]) -> None:
    stack: list[tuple[int, object]] = []  # (level, outline item)
    pages = len(writer.pages)
    for entry in outline:
        while stack and stack[-1][0] >= entry.level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        page = min(max(entry.page, 0), pages - 1)
        item = writer.add_outline_item(title=entry.title, page_number=page, parent=parent)  # type: ignore[arg-type]
        stack.append((entry.level, item))


def finish_pdf(
    raw: Path, target: Path, info: PdfInfo, outline: list[OutlineEntry], *, pdfa: bool,
    creator: str,
) -> None:
    """Read Qt's ``raw`` PDF, add outline and metadata, write ``target`` atomically."""
    reader = PdfReader(str(raw))
    original = dict(reader.metadata or {})
    # An incremental update appends only the new objects (outline, catalog,
    # metadata) to Qt's file instead of re-serialising hundreds of pages.
    writer = PdfWriter(reader, incremental=True)
    _add_outline(writer, outline)
    root = writer.root_object
    root[NameObject("/Lang")] = TextStringObject(info.language)
    if outline:
        root[NameObject("/PageMode")] = NameObject("/UseOutlines")
    metadata: dict[str, str] = {str(k): str(v) for k, v in original.items()}
    metadata["/Title"] = info.title
    metadata["/Creator"] = creator
    if info.author:
        metadata["/Author"] = info.author
    if info.subject:
        metadata["/Subject"] = info.subject
    if info.keywords:
        metadata["/Keywords"] = ", ".join(info.keywords)
    writer.add_metadata(metadata)
    if "/Trapped" in original:
        # pypdf writes every value as a string; /Trapped must stay a name
        info_dict: Any = writer._info.get_object()  # type: ignore[union-attr]
        info_dict[NameObject("/Trapped")] = NameObject(str(original["/Trapped"]))
    if pdfa:
        _extend_xmp(writer, info)
    tmp = target.with_name(f".{target.name}.final.part")
    try:
        with open(tmp, "wb") as handle:
            writer.write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()

