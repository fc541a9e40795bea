"""The command line's formats and options are the exporter registry's, in help and in use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policyeditor.app.services.exporters import (
    DOCUMENT_FORMATS,
    REDLINE_FORMATS,
    options_of,
)
from policyeditor.cli import build_parser


def _subparser(verb: str) -> Any:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "verb")
    return action.choices[verb]


@pytest.mark.parametrize(
    ("verb", "registry", "kind"),
    [("export", DOCUMENT_FORMATS, "document"), ("compare", REDLINE_FORMATS, "redline")],
)
def test_help_lists_every_registered_format_and_option(
    verb: str, registry: tuple[Any, ...], kind: Any
) -> None:
    text = " ".join(_subparser(verb).format_help().split())  # help wraps lines
    for fmt in registry:
        assert f"{fmt.name}: {fmt.title}" in text
    for option in options_of(kind):
        assert option.flag in text


@pytest.fixture
def workspace(cli: Any, seed_path: Path, tmp_path: Path) -> Path:
    ws = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", ws).code == 0
    return ws


def test_every_document_format_writes_a_file_from_the_command_line(
    cli: Any, workspace: Path, tmp_path: Path
) -> None:
    for fmt in DOCUMENT_FORMATS:
        out = tmp_path / f"out{fmt.extension}"
        assert cli("export", workspace, "--format", fmt.name, "-o", out).code == 0
        assert out.stat().st_size > 0, fmt.name


def test_a_binary_format_to_standard_output_is_refused_in_one_line(
    cli: Any, workspace: Path
) -> None:
    run = cli("export", workspace, "--format", "pdf")
    assert run.code == 2
    assert run.err.strip() == "policyeditor: PDF output needs a file name: -o OUT.pdf"
