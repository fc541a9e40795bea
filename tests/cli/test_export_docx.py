"""``policyeditor export --format docx``: a Word document from the command line, headless."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.cli.conftest import CliRunner, assert_clean_failure
from tests.core.wordexport.docx_read import headings, part_xml


@pytest.fixture
def workspace(cli: CliRunner, seed_path: Path, tmp_path: Path) -> Path:
    ws = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", ws).code == 0
    return ws


def test_a_saved_version_exports_as_docx_saying_its_version(
    cli: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    assert cli("save-version", workspace, "--label", "2.0").code == 0
    fingerprint = json.loads(cli("history", workspace, "--format", "json").out)[0]["fingerprint"]
    out = tmp_path / "policy.docx"
    run = cli("export", f"{workspace}@2.0", "--format", "docx", "-o", out)
    assert run.code == 0, run.err
    assert run.out == ""
    document = docx.Document(str(out))
    assert len(headings(document)) == 18
    assert ">Version 2.0<" in (part_xml(out, "word/header1.xml")
                               or part_xml(out, "word/header2.xml"))
    assert fingerprint in document.core_properties.keywords
    assert document.core_properties.version == "2.0"


def test_page_size_applies_to_docx(cli: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    assert cli("export", seed_path, "--format", "docx", "--page-size", "Letter", "-o", out
               ).code == 0
    section = docx.Document(str(out)).sections[0]
    assert round(section.page_width.inches, 1) == 8.5


def test_docx_to_standard_output_is_refused_in_one_line(cli: CliRunner, seed_path: Path) -> None:
    run = cli("export", seed_path, "--format", "docx")
    assert_clean_failure(run)
    assert run.err.strip() == "policyeditor: DOCX output needs a file name: -o OUT.docx"


def test_a_docx_export_into_a_missing_folder_is_refused_in_one_line(
    cli: CliRunner, seed_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "policy.docx"
    assert_clean_failure(cli("export", seed_path, "--format", "docx", "-o", out))
    assert not out.parent.exists()
