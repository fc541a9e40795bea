"""Finishing a Qt-written PDF: outline, language and full metadata.

Qt's PDF writer has no API for bookmarks, the document language (``/Lang``),
the subject or the keywords. This pass adds them as a PDF *incremental
update*: Qt's bytes stay as they are and a few new objects (outline items, a
new catalog, a new information dictionary, for PDF/A a new XMP packet) are
appended with their own cross-reference section. That costs milliseconds
even for a 400-page document, where re-serialising every object (or pypdf's
own incremental mode, which hashes every object) costs a second.

For PDF/A-1b the XMP packet Qt wrote (``pdfaid:part=1``, ``conformance=B``)
is kept and extended, so the information dictionary and the XMP still say
the same thing, as PDF/A requires; the metadata stream stays unfiltered.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

# With more bookmarks than this, sub-levels start folded so the panel stays usable.
OPEN_OUTLINE_LIMIT = 40


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
    """One bookmark: level (larger = deeper), title, 0-based page, top of target in points."""

    level: int
    title: str
    page: int
    top: float | None = None


class _Update:
    """New or replaced objects of one incremental update, serialised on demand."""

    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        size: Any = reader.trailer["/Size"]
        self.next_number = int(size)
        self.objects: dict[int, tuple[int, PdfObject]] = {}

    def reserve(self) -> IndirectObject:
        ref = IndirectObject(self.next_number, 0, self.reader)
        self.next_number += 1
        return ref

    def put(self, ref: IndirectObject, obj: PdfObject) -> None:
        self.objects[ref.idnum] = (ref.generation, obj)

    def append_to(self, original: bytes, trailer: DictionaryObject) -> bytes:
        out = io.BytesIO()
        out.write(original)
        if not original.endswith(b"\n"):
            out.write(b"\n")
        offsets: dict[int, tuple[int, int]] = {}
        for number in sorted(self.objects):
            generation, obj = self.objects[number]
            offsets[number] = (out.tell(), generation)
            out.write(f"{number} {generation} obj\n".encode("ascii"))
            obj.write_to_stream(out)
            out.write(b"\nendobj\n")
        xref_at = out.tell()
        out.write(b"xref\n")
        for start, run in _runs(sorted(offsets)):
            out.write(f"{start} {len(run)}\n".encode("ascii"))
            for number in run:
                offset, generation = offsets[number]
                out.write(f"{offset:010d} {generation:05d} n\r\n".encode("ascii"))
        out.write(b"trailer\n")
        trailer.write_to_stream(out)
        out.write(f"\nstartxref\n{xref_at}\n%%EOF\n".encode("ascii"))
        return out.getvalue()


def _runs(numbers: list[int]) -> list[tuple[int, list[int]]]:
    runs: list[tuple[int, list[int]]] = []
    for number in numbers:
        if runs and runs[-1][1][-1] == number - 1:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs


def _xmp_addition(info: PdfInfo) -> str:
    parts = ['<rdf:Description rdf:about=""']
    if info.keywords:
        parts.append(f' pdf:Keywords="{escape(", ".join(info.keywords), {chr(34): "&quot;"})}"')
    parts.append(">")
    if info.subject:
        parts.append(
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>"
        )
    parts.append(f"<dc:language><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag>"
                 "</dc:language>")
    parts.append("</rdf:Description>\n")
    return "".join(parts)


def _extended_xmp(catalog: DictionaryObject, info: PdfInfo) -> StreamObject | None:
    if "/Metadata" not in catalog:
        return None
    old: Any = catalog["/Metadata"].get_object()
    xmp = old.get_data().decode("utf-8")
    marker = "</rdf:RDF>"
    if marker not in xmp:
        return None
    stream = StreamObject()
    stream.set_data(xmp.replace(marker, _xmp_addition(info) + marker, 1).encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    return stream


def _outline(update: _Update, reader: PdfReader, entries: list[OutlineEntry]) -> IndirectObject:
    """Write outline items nested by level; return the outline root."""
    root_ref = update.reserve()
    pages = reader.pages
    folded = len(entries) > OPEN_OUTLINE_LIMIT
    # Build the tree first: (entry, children)
    tree: list[tuple[OutlineEntry | None, list[Any]]] = [(None, [])]
    stack: list[tuple[int, list[Any]]] = [(-1_000, tree[0][1])]
    for entry in entries:
        while stack[-1][0] >= entry.level:
            stack.pop()
        node: tuple[OutlineEntry, list[Any]] = (entry, [])
        stack[-1][1].append(node)
        stack.append((entry.level, node[1]))

    def emit(
        children: list[Any], parent: IndirectObject
    ) -> tuple[int, IndirectObject, IndirectObject]:
        refs = [update.reserve() for _ in children]
        visible = 0
        for i, (entry, grandchildren) in enumerate(children):
            item = DictionaryObject()
            item[NameObject("/Title")] = TextStringObject(entry.title)
            item[NameObject("/Parent")] = parent
            page = pages[min(max(entry.page, 0), len(pages) - 1)]
            top: PdfObject = FloatObject(entry.top) if entry.top is not None else NullObject()
            item[NameObject("/Dest")] = ArrayObject(
                [page.indirect_reference, NameObject("/XYZ"), NullObject(), top, NullObject()]
            )
            if i > 0:
                item[NameObject("/Prev")] = refs[i - 1]
            if i < len(refs) - 1:
                item[NameObject("/Next")] = refs[i + 1]
            if grandchildren:
                count, first, last = emit(grandchildren, refs[i])
                item[NameObject("/First")] = first
                item[NameObject("/Last")] = last
                item[NameObject("/Count")] = NumberObject(-count if folded else count)
                if not folded:
                    visible += count
            update.put(refs[i], item)
            visible += 1
        return visible, refs[0], refs[-1]

    outline_root = DictionaryObject({NameObject("/Type"): NameObject("/Outlines")})
    if tree[0][1]:
        count, first, last = emit(tree[0][1], root_ref)
        outline_root[NameObject("/First")] = first
        outline_root[NameObject("/Last")] = last
        outline_root[NameObject("/Count")] = NumberObject(count)
    update.put(root_ref, outline_root)
    return root_ref


def finish_pdf(
    raw: Path, target: Path, info: PdfInfo, outline: list[OutlineEntry], *, pdfa: bool,
    creator: str,
) -> None:
    """Append outline and metadata to Qt's ``raw`` PDF; write ``target`` atomically."""
    original = raw.read_bytes()
    reader = PdfReader(io.BytesIO(original))
    update = _Update(reader)
    root_ref: Any = reader.trailer.raw_get("/Root")
    old_catalog: Any = root_ref.get_object()
    catalog = DictionaryObject(old_catalog)
    catalog[NameObject("/Lang")] = TextStringObject(info.language)
    if outline:
        catalog[NameObject("/Outlines")] = _outline(update, reader, outline)
        catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
    if pdfa:
        xmp = _extended_xmp(catalog, info)
        if xmp is not None:
            xmp_ref = update.reserve()
            update.put(xmp_ref, xmp)
            catalog[NameObject("/Metadata")] = xmp_ref
    update.put(root_ref, catalog)

    info_ref: Any = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
    info_dict = DictionaryObject(info_ref.get_object() if info_ref is not None else {})
    values = {"/Title": info.title, "/Creator": creator, "/Author": info.author,
              "/Subject": info.subject, "/Keywords": ", ".join(info.keywords)}
    for key, value in values.items():
        if value:
            info_dict[NameObject(key)] = TextStringObject(value)
    if info_ref is None:
        info_ref = update.reserve()
    update.put(info_ref, info_dict)

    trailer = DictionaryObject()
    trailer[NameObject("/Size")] = NumberObject(update.next_number)
    trailer[NameObject("/Root")] = root_ref
    trailer[NameObject("/Info")] = info_ref
    trailer[NameObject("/Prev")] = NumberObject(_startxref(original))
    if "/ID" in reader.trailer:
        trailer[NameObject("/ID")] = reader.trailer.raw_get("/ID")
    data = update.append_to(original, trailer)

    # unique per writer (two exports to one target must not share a temp file);
    # open() rather than mkstemp so the PDF gets the user's usual permissions
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _startxref(data: bytes) -> int:
    """Offset of the last cross-reference section (from the final ``startxref``)."""
    tail = data[-1024:]
    at = tail.rfind(b"startxref")
    return int(tail[at + len(b"startxref"):].split()[0])
