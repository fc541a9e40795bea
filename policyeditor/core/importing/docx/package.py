"""Opening a .docx from anyone: the ZIP and XML checks done before any parsing.

A .docx is a ZIP of XML parts. Everything in it is untrusted, so:

* the file and its ZIP directory are checked first: at most
  :data:`MAX_FILE_BYTES` on disk, :data:`MAX_PARTS` entries, no part we read
  declaring more than :data:`MAX_PART_BYTES`, and the parts we read together
  at most :data:`MAX_TOTAL_BYTES` (a zip bomb declares its size honestly or
  lies; both are caught, see :func:`_read_part`);
* only the parts the import needs are inflated (never media, never embedded
  objects), and a part that inflates beyond what it declared is refused while
  it is being read;
* XML is parsed without DTDs, entity expansion or network access, and a part
  with a DOCTYPE is refused outright (XXE, billion laughs);
* relationships are only read as data: linked images, templates and other
  external targets are never fetched.

An OLE compound file (magic ``D0 CF 11 E0``) is either a password-protected
.docx (Office wraps the encrypted package in OLE with an ``EncryptionInfo``
stream) or a legacy binary .doc; both are refused, saying which.
Every failure is one :class:`InputError`.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from policyeditor.core.errors import InputError

#: Largest .docx file accepted (on disk, compressed).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: Most entries in the ZIP directory (a real document has a few dozen).
MAX_PARTS = 5000
#: Largest uncompressed XML part read (a 1000-page document.xml is ~20 MB).
MAX_PART_BYTES = 40 * 1024 * 1024
#: Largest uncompressed total of the parts read.
MAX_TOTAL_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
DC = "http://purl.org/dc/elements/1.1/"

_DOCUMENT_TYPE = "/officeDocument"
# Part name -> relationship type suffix in document.xml.rels that names it.
_DOCUMENT_PARTS = {
    "styles": "/styles",
    "numbering": "/numbering",
    "comments": "/comments",
    "comments_extended": "/commentsExtended",
    "footnotes": "/footnotes",
    "endnotes": "/endnotes",
}


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute: ``w("p")``."""
    return f"{{{W}}}{tag}"


@dataclass
class DocxPackage:
    """The parsed parts of a .docx that the import reads."""

    document: Any  # lxml element of word/document.xml's root
    styles: Any = None
    numbering: Any = None
    comments: Any = None
    comments_extended: Any = None
    footnotes: Any = None
    endnotes: Any = None
    core: Any = None  # docProps/core.xml
    links: dict[str, str] = field(default_factory=dict)  # relationship id -> external URL


def _parser() -> etree.XMLParser:
    # A fresh parser per part: no state shared between documents.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, name: str, part: str) -> Any:
    """Parse one part safely; a DOCTYPE or malformed XML is an InputError."""
    head = data[:4096].lstrip()
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in head.upper():
        raise InputError(name, "docx.unsafe-dtd", part=part)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError:
        raise InputError(name, "docx.bad-xml", part=part) from None
    if root is None:
        raise InputError(name, "docx.empty-part", part=part)
    if root.getroottree().docinfo.doctype:
        raise InputError(name, "docx.unsafe-dtd", part=part)
    return root


def ole_code(data: bytes) -> str:
    """Why an OLE compound file cannot be imported: encrypted .docx or legacy .doc."""
    if "EncryptionInfo".encode("utf-16-le") in data:
        return "docx.password"
    if "WordDocument".encode("utf-16-le") in data:
        return "docx.legacy-doc"
    return "docx.legacy-office"


def _check_file(path: Path, name: str) -> int:
    if "\x00" in name:
        raise InputError(name.replace("\x00", "\\0"), "input.bad-name")
    if path.is_dir():
        raise InputError(name, "input.folder")
    if not path.exists():
        raise InputError(name, "input.not-found")
    if not path.is_file():
        raise InputError(name, "input.not-regular")
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "input.empty")
    if size > MAX_FILE_BYTES:
        raise InputError(name, "docx.too-large", size=size, limit=MAX_FILE_BYTES)
    return size


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: int) -> bytes:
    """Inflate one part, stopping as soon as it exceeds what it declared or the budget."""
    limit = min(info.file_size, MAX_PART_BYTES, budget)
    if info.file_size > limit:
        raise _too_big(name, info.filename)
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise _too_big(name, info.filename)
            chunks.append(chunk)
    return b"".join(chunks)


def _too_big(name: str, part: str) -> InputError:
    return InputError(name, "docx.zip-bomb", part=part, limit=MAX_TOTAL_BYTES)


def _relationships(root: Any) -> list[tuple[str, str, str, str]]:
    """(id, type, target, mode) of each relationship."""
    return [
        (rel.get("Id", ""), rel.get("Type", ""), rel.get("Target", ""), rel.get("TargetMode", ""))
        for rel in root.iter(f"{{{PKG_REL}}}Relationship")
    ]


def _part_path(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


class _Reader:
    """Reads named parts of an open archive within the total budget."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.budget = MAX_TOTAL_BYTES
        self.infos = {info.filename: info for info in archive.infolist()}

    def xml(self, part: str, *, required: bool = False) -> Any:
        info = self.infos.get(part)
        if info is None:
            if required:
                raise InputError(self.name, "docx.not-word", part=part)
            return None
        data = _read_part(self.archive, info, self.name, self.budget)
        self.budget -= len(data)
        return parse_xml(data, self.name, part)


def open_package(path: str | Path) -> DocxPackage:
    """Check and parse the parts of the .docx at ``path``, or raise InputError."""
    p = Path(path)
    name = str(path)
    _check_file(p, name)
    try:
        with p.open("rb") as handle:
            magic = handle.read(8)
            if magic == OLE_MAGIC:
                raise InputError(name, ole_code(handle.read(MAX_FILE_BYTES)))
        if magic.startswith(b"{\\rtf"):
            raise InputError(name, "docx.rtf")
        if not magic.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
            raise InputError(name, "docx.not-zip")
        with zipfile.ZipFile(p) as archive:
            return _read_package(archive, name)
    except PermissionError:
        raise InputError(name, "input.permission") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError,
            NotImplementedError):
        raise InputError(name, "docx.damaged-zip") from None
    except RuntimeError:
        # zipfile raises RuntimeError for an encrypted ZIP entry.
        raise InputError(name, "docx.password") from None
    except OSError as exc:
        raise InputError(name, "input.unreadable", detail=exc.strerror or str(exc)) from None


def _read_package(archive: zipfile.ZipFile, name: str) -> DocxPackage:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise InputError(name, "docx.too-many-parts", count=len(infos))
    reader = _Reader(archive, name)
    main = "word/document.xml"
    root_rels = reader.xml("_rels/.rels")
    core_part = None
    if root_rels is not None:
        for _, kind, target, mode in _relationships(root_rels):
            if mode != "External" and kind.endswith(_DOCUMENT_TYPE):
                main = _part_path("", target)
            elif mode != "External" and kind.endswith("/core-properties"):
                core_part = _part_path("", target)
    if main not in reader.infos:
        raise InputError(name, "docx.not-word", part="word/document.xml")
    package = DocxPackage(document=reader.xml(main, required=True))
    if package.document.tag != w("document"):
        raise InputError(name, "docx.strict")
    rels_part = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    rels = reader.xml(rels_part)
    targets: dict[str, str] = {}
    for rid, kind, target, mode in _relationships(rels) if rels is not None else []:
        if mode == "External":
            if kind.endswith("/hyperlink"):
                package.links[rid] = target  # kept as text, never fetched
            continue
        for attr, suffix in _DOCUMENT_PARTS.items():
            if kind.endswith(suffix):
                targets[attr] = _part_path(main, target)
    for attr, part in targets.items():
        setattr(package, attr, reader.xml(part))
    if core_part:
        package.core = reader.xml(core_part)
    return package
