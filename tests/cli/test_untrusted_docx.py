"""Hostile .docx files are refused by the command line in one line, changing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from tests.cli.conftest import assert_clean_failure

DOCUMENT = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
)


def _docx(path: Path, document: bytes | str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return path


def test_a_zip_bomb_is_refused_in_one_line(cli: Any, tmp_path: Path) -> None:
    bomb = _docx(tmp_path / "bomb.docx", b"<a>" + b" " * (200 * 1024 * 1024) + b"</a>")
    assert bomb.stat().st_size < 1024 * 1024  # small on disk, 200 MB inflated
    run = cli("import", bomb, "-o", tmp_path / "out.policy")
    assert_clean_failure(run)
    assert "inflates beyond 50.0 MB" in run.err
    assert not (tmp_path / "out.policy").exists()


def test_an_external_entity_is_refused_and_never_read(cli: Any, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
           + DOCUMENT.format(text="&x;"))
    run = cli("export", _docx(tmp_path / "xxe.docx", xxe), "--format", "txt")
    assert_clean_failure(run)
    assert "declares a DTD" in run.err
    assert "TOPSECRET" not in run.out + run.err
