"""A .docx is a ZIP of XML from anyone: hostile and broken files are refused.

Each bad file gives one InputError (CLI: one line, exit 2, no file written);
none is inflated beyond the limits, and no external entity is ever resolved.
"""

from __future__ import annotations

import contextlib
import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policyeditor.core.errors import InputError
from policyeditor.core.importing import import_file
from policyeditor.core.importing.docx import package

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _document(text: str) -> str:
    return (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{text}'
            "</w:t></w:r></w:p></w:body></w:document>")


def _worded(error: InputError) -> str:
    """The refusal as the command line words it (the one catalogue, in English)."""
    from policyeditor.app.services.errors import describe_for_cli

    return describe_for_cli(error)


def _docx(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as caught:
        import_file(path)
    reason = _worded(caught.value)
    assert "\n" not in reason
    for word in words:
        assert word in reason
    return reason


def test_a_minimal_handmade_docx_imports(tmp_path: Path) -> None:
    path = _docx(tmp_path / "ok.docx", {"word/document.xml": _document("Hej och välkommen.")})
    assert import_file(path).policy.preamble == "Hej och välkommen."


def test_external_entity_is_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-VALUE", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
           + _document("&x;").split("?>", 1)[1])
    path = _docx(tmp_path / "xxe.docx", {"word/document.xml": xxe})
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert "TOPSECRET" not in str(caught.value)
    assert "DTD" in _worded(caught.value)


def test_the_parser_itself_resolves_no_entities() -> None:
    # Even past the DOCTYPE refusal, the parser is configured never to load
    # external entities: the entity stays an unresolved reference.
    parser = package._parser()
    assert parser is not None
    with pytest.raises(InputError):
        package.parse_xml(b'<!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>', "x", "part")


def test_zip_bomb_declared_too_large_is_refused_before_inflating(tmp_path: Path) -> None:
    big = b"<a>" + b" " * (package.MAX_TOTAL_BYTES + 10) + b"</a>"
    path = _docx(tmp_path / "bomb.docx", {"word/document.xml": big})
    assert path.stat().st_size < 1024 * 1024  # compresses to almost nothing
    _refused(path, "unsafe or damaged")


def test_zip_bomb_lying_about_its_size_is_stopped_while_reading(tmp_path: Path) -> None:
    path = _docx(tmp_path / "liar.docx",
                 {"word/document.xml": _document("x" * 200_000)})
    data = bytearray(path.read_bytes())
    # shrink the declared uncompressed size of document.xml in both headers
    name = b"word/document.xml"
    local = data.index(b"PK\x03\x04" + data[4:6])  # first local header
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (pos := data.find(signature, start)) >= 0:
            start = pos + 4
            name_at = pos + (30 if signature == b"PK\x03\x04" else 46)
            if bytes(data[name_at:name_at + len(name)]) == name:
                struct.pack_into("<I", data, pos + size_offset, 1000)
    assert local == 0
    path.write_bytes(bytes(data))
    _refused(path)


def test_too_many_parts_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package, "MAX_PARTS", 10)
    parts: dict[str, str | bytes] = {f"word/media/x{i}.xml": "<a/>" for i in range(20)}
    parts["word/document.xml"] = _document("text")
    _refused(_docx(tmp_path / "many.docx", parts), "parts")


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    data = (FIXTURES / "swedish.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "damaged")


def test_zip_without_a_document_is_refused(tmp_path: Path) -> None:
    path = _docx(tmp_path / "other.docx", {"hello.txt": "not word"})
    _refused(path, "not a Word document")


def test_broken_xml_is_refused(tmp_path: Path) -> None:
    path = _docx(tmp_path / "broken.docx", {"word/document.xml": "<w:document"})
    _refused(path, "damaged")


def _ole(stream_name: str) -> bytes:
    # An OLE compound file header followed by a directory entry name; enough
    # for the sniffing (a real one would have sectors and a FAT).
    return package.OLE_MAGIC + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 64


def test_password_protected_docx_is_named(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(_ole("EncryptionInfo") + "EncryptedPackage".encode("utf-16-le"))
    _refused(path, "password-protected")


def test_legacy_doc_is_named(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(_ole("WordDocument"))
    _refused(path, "legacy Word .doc")


def test_a_text_file_named_docx_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "text.docx"
    path.write_text("just text", encoding="utf-8")
    _refused(path, "not a ZIP file")


def test_external_images_and_templates_are_not_fetched(tmp_path: Path) -> None:
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
            'Target="http://127.0.0.1:9/evil.dotx" TargetMode="External"/></Relationships>')
    path = _docx(tmp_path / "tpl.docx", {"word/document.xml": _document("Hej."),
                                         "word/_rels/document.xml.rels": rels})
    # nothing listens on port 9: a fetch would fail or hang; the import just works
    assert import_file(path).policy.preamble == "Hej."


def test_cli_refuses_a_bad_docx_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    target = tmp_path / "out.policy"
    done = subprocess.run(
        [sys.executable, "-m", "policyeditor.cli", "import", str(bad), "-o", str(target)],
        capture_output=True, text=True)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not target.exists()


def test_bytes_in_memory_are_not_needed(tmp_path: Path) -> None:
    # the ZIP reader works from the file: a huge declared entry we never read
    # (an image) does not matter
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", _document("Text."))
        archive.writestr("word/media/huge.bin", b"\x00" * (package.MAX_TOTAL_BYTES + 1))
    path = tmp_path / "media.docx"
    path.write_bytes(buffer.getvalue())
    assert import_file(path).policy.preamble == "Text."


def test_damaged_bytes_never_crash_the_import(tmp_path: Path) -> None:
    # Flip bytes all over a real document: the result is a policy or one InputError.
    import random

    original = (FIXTURES / "swedish.docx").read_bytes()
    rng = random.Random(20260301)
    outcomes = {"imported": 0, "refused": 0}
    for attempt in range(150):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"fuzz{attempt}.docx"
        path.write_bytes(bytes(data))
        try:
            import_file(path)
            outcomes["imported"] += 1
        except InputError:
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == 150


def test_damaged_structure_never_crashes_the_import(tmp_path: Path) -> None:
    # Valid XML with parts of the WordprocessingML removed at random.
    import random

    from lxml import etree

    with zipfile.ZipFile(FIXTURES / "swedish.docx") as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rng = random.Random(7)
    for attempt in range(60):
        changed = dict(parts)
        for name in ("word/document.xml", "word/styles.xml", "word/numbering.xml",
                     "word/comments.xml"):
            if name not in parts:
                continue
            root = etree.fromstring(parts[name])
            elements = list(root.iter())[1:]
            for element in rng.sample(elements, min(len(elements), rng.randint(1, 30))):
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
            changed[name] = etree.tostring(root)
        path = tmp_path / f"struct{attempt}.docx"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in changed.items():
                archive.writestr(name, data)
        with contextlib.suppress(InputError):  # refused is fine; a crash is not
            import_file(path)


def test_absurd_merged_cells_and_style_chains_are_harmless(tmp_path: Path) -> None:
    table = ('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p><w:r>'
             "<w:t>Cell text.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    document = (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:pPr>'
                '<w:pStyle w:val="s0"/></w:pPr><w:r><w:t>Text here.</w:t></w:r></w:p>'
                f"{table}</w:body></w:document>")
    chain = "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>'
                    f'<w:basedOn w:val="s{i + 1}"/></w:style>' for i in range(3000))
    styles = f'<?xml version="1.0"?><w:styles xmlns:w="{W}">{chain}</w:styles>'
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="r1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>")
    path = _docx(tmp_path / "absurd.docx", {"word/document.xml": document,
                                            "word/styles.xml": styles,
                                            "word/_rels/document.xml.rels": rels})
    policy = import_file(path).policy
    assert "Cell text." in policy.preamble and "Text here." in policy.preamble


def test_a_protected_document_leaves_an_existing_workspace_untouched(tmp_path: Path) -> None:
    from policyeditor.core.model import Policy, Section
    from policyeditor.core.workspace import Workspace

    target = tmp_path / "ws.policy"
    Workspace.create(target, Policy(title="T", sections=[Section(heading="A")])).close()
    before = target.read_bytes()
    secret = tmp_path / "secret.docx"
    secret.write_bytes(_ole("EncryptionInfo"))
    done = subprocess.run(
        [sys.executable, "-m", "policyeditor.cli", "import", str(secret), "-o", str(target)],
        capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "password-protected" in done.stderr
    assert target.read_bytes() == before


def test_rtf_saved_as_doc_is_named(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"{\\rtf1\\ansi Hej}")
    _refused(path, "RTF")
