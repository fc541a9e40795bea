"""``policyeditor compare OLD NEW --format docx -o OUT.docx [--author A]`` from a shell."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from policyeditor.app.settings import Settings
from tests.cli.conftest import assert_clean_failure
from tests.core.redline_docx.planted import planted_seed
from tests.core.redline_docx.word_views import W, view_paragraphs

TRACKED = ("ins", "del", "moveFrom", "moveTo")


def _authors(path: Path) -> set[str | None]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return {e.get(f"{W}author") for tag in TRACKED for e in root.iter(f"{W}{tag}")}


def _planted(seed_path: Path, tmp_path: Path) -> Path:
    revised = tmp_path / "revised.txt"
    revised.write_text(planted_seed(seed_path.read_text(encoding="utf-8")), encoding="utf-8")
    return revised


def test_compare_writes_a_word_redline_by_the_given_author(
    cli: Any, seed_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "redline.docx"
    run = cli("compare", seed_path, _planted(seed_path, tmp_path), "--format", "docx",
              "-o", out, "--author", "Anna Jurist")
    assert run.code == 0, run.err
    assert _authors(out) == {"Anna Jurist"}
    accepted = view_paragraphs(out, accept=True)
    assert any("Hotjar, Mixpanel," in text for text in accepted)
    assert not any("Hotjar, Mixpanel," in text for text in view_paragraphs(out, accept=False))


def test_without_author_the_name_in_the_settings_signs_the_changes(
    cli: Any, seed_path: Path, tmp_path: Path
) -> None:
    Settings().author_name = "Bertil Bolagsjurist"  # the same config folder as the command
    out = tmp_path / "redline.docx"
    run = cli("compare", seed_path, _planted(seed_path, tmp_path), "--format", "docx", "-o", out)
    assert run.code == 0, run.err
    assert _authors(out) == {"Bertil Bolagsjurist"}


def test_a_word_redline_to_standard_output_is_refused_in_one_line(
    cli: Any, seed_path: Path, tmp_path: Path
) -> None:
    run = cli("compare", seed_path, _planted(seed_path, tmp_path), "--format", "docx")
    assert_clean_failure(run)
    assert run.err.strip() == "policyeditor: DOCX output needs a file name: -o OUT.docx"
