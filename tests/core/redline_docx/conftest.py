"""The seed and its planted revision, compared with the flags the review service raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.app.services.review import compare_policies
from policyeditor.core.compare.result import Comparison
from policyeditor.core.importing import import_text
from policyeditor.core.wordexport.tracked import write_redline_docx
from tests.core.redline_docx.planted import planted_seed

AUTHOR = "Anna Jurist"
DATE = "2026-03-01T09:30:00Z"


@pytest.fixture
def planted_comparison(seed_path: Path) -> Comparison:
    """The seed compared with the seed carrying every planted edit."""
    seed = seed_path.read_text(encoding="utf-8")
    old = import_text(seed, fmt="txt").policy
    new = import_text(planted_seed(seed), fmt="txt").policy
    return compare_policies(old, new).comparison


@pytest.fixture
def planted_docx(planted_comparison: Comparison, tmp_path: Path) -> Path:
    """The planted comparison written as a Word redline."""
    path = tmp_path / "redline.docx"
    write_redline_docx(planted_comparison, path, author=AUTHOR, date=DATE)
    return path
