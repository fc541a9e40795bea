"""A saved web page is a SOURCE like any text file (DESIGN.md §5)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import CliRunner

SAVED_PAGE = Path(__file__).parents[1] / "core" / "data" / "saved_policy_page.html"


def test_import_and_export_a_saved_web_page(cli: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "privacy.html"
    shutil.copy(SAVED_PAGE, page)
    run = cli("import", page, "-o", tmp_path / "privacy.policy")
    assert run.code == 0, run.err
    assert "warning: 1 image(s) left out; only text is imported" in run.err
    exported = cli("export", tmp_path / "privacy.policy", "--format", "md")
    assert exported.code == 0
    assert exported.out.startswith("# Privacy Policy\n")
    assert "## 1. Information we collect" in exported.out
    assert "[Stripe](https://stripe.com/privacy)" in exported.out
    assert "Last updated: April 5, 2024" in exported.out  # as the page wrote it
    assert "Accept all" not in exported.out and "Pricing" not in exported.out


def test_a_broken_page_is_refused_in_one_line(cli: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "empty.htm"
    page.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    run = cli("export", page, "--format", "md")
    assert run.code == 2
    assert run.err.strip().count("\n") == 0 and "the web page has no text" in run.err
