"""LibreOffice reads the Word redline, shows its comments, and accepts/rejects to the texts.

Runs tests/lo/uno_accept_reject.py with the system Python (Debian's
python3-uno) as a subprocess; skipped with the reason when LibreOffice or the
UNO bridge is not installed (they are test tools, never product dependencies).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from policyeditor.app.services.review import compare_policies
from policyeditor.core.compare.result import Comparison
from policyeditor.core.importing import import_file
from policyeditor.core.wordexport.tracked import write_redline_docx
from policyeditor.core.wordexport.tracked.expected import policy_paragraphs

SOFFICE = Path("/usr/bin/soffice")
SYSTEM_PYTHON = Path("/usr/bin/python3")
SCRIPT = Path(__file__).resolve().parents[2] / "lo" / "uno_accept_reject.py"


def _skip_without_libreoffice() -> None:
    if not SOFFICE.exists():
        pytest.skip("LibreOffice is not installed (/usr/bin/soffice missing)")
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no system Python (/usr/bin/python3) for the UNO bridge")
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True,
                           check=False)
    if probe.returncode != 0:
        pytest.skip("the system Python has no UNO bridge (Debian package python3-uno)")


def _in_libreoffice(path: Path) -> dict[str, Any]:
    run = subprocess.run([str(SYSTEM_PYTHON), str(SCRIPT), str(path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    assert result["loaded"] is True
    return result


@pytest.mark.slow
def test_libreoffice_opens_the_redline_and_accepts_or_rejects_to_the_versions(
    planted_comparison: Comparison, planted_docx: Path
) -> None:
    _skip_without_libreoffice()
    result = _in_libreoffice(planted_docx)
    serious = [f for f in planted_comparison.flags if f.severity in ("high", "medium")]
    assert len(result["annotations"]) == len(serious)
    assert result["changes"] > 10  # LibreOffice sees the tracked changes as changes
    language = planted_comparison.new.language
    assert result["accepted"] == policy_paragraphs(planted_comparison.new)
    assert result["rejected"] == policy_paragraphs(planted_comparison.old, language)
    assert result["accepted_redlines"] == result["rejected_redlines"] == 0


@pytest.mark.slow
@pytest.mark.corpus
def test_libreoffice_agrees_on_a_real_revision_with_tables(
    histories_dir: Path, tmp_path: Path
) -> None:
    _skip_without_libreoffice()
    before, after = sorted((histories_dir / "Spotify").glob("*.md"))[-2:]
    comparison = compare_policies(import_file(before).policy, import_file(after).policy).comparison
    path = tmp_path / "spotify.docx"
    write_redline_docx(comparison, path, author="Test")
    result = _in_libreoffice(path)
    assert any("\t" in text for text in result["accepted"])  # its tables' rows
    language = comparison.new.language
    assert result["accepted"] == policy_paragraphs(comparison.new)
    assert result["rejected"] == policy_paragraphs(comparison.old, language)
