"""PDF exports of shapes found in real corpus policies, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from policyeditor.app.pdf_export import write_policy_pdf
from policyeditor.core.model import Policy, Section
from tests.app.test_pdf_export import pdf_text


def test_effective_date_on_title_page(tmp_path: Path) -> None:
    policy = Policy("Privacy Policy", "en", {"effective": "2026-07-01"}, "", [Section("A", "a")])
    out = tmp_path / "p.pdf"
    write_policy_pdf(policy, out)
    first = " ".join(pdf_text(out)[0].split())
    assert "Effective 2026-07-01" in first
