"""A list nested thousands of levels deep exports cleanly in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from tests.cli.conftest import CliRunner

DEPTH = 3000


@pytest.fixture
def deep_list(tmp_path: Path) -> Path:
    # "- - - ... item": each marker opens a list inside the item before it
    source = tmp_path / "deep.md"
    source.write_text(
        "# Deep\n\n## Section\n\nBefore the list.\n\n" + "- " * DEPTH + "innermost\n",
        encoding="utf-8",
    )
    return source


def _text(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        pages = pypdf.PdfReader(path).pages
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    if fmt == "json":
        return json.loads(path.read_text(encoding="utf-8"))["sections"][0]["body"]
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["md", "txt", "json", "html", "pdf"])
def test_deeply_nested_list_exports_every_format(
    cli: CliRunner, deep_list: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"deep.{fmt}"
    run = cli("export", deep_list, "--format", fmt, "-o", out)
    assert run.code == 0, run.err
    assert "internal error" not in run.err
    text = _text(out, fmt)
    assert "Before the list." in text and "innermost" in text
