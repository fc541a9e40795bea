"""The PDF says a source's date line in its own words, like every other export."""

from __future__ import annotations

from pathlib import Path

import pypdf

from policyeditor.app.pdf.policy_pdf import write_policy_pdf
from policyeditor.core.importing import import_text


def test_pdf_shows_the_date_line_as_written(tmp_path: Path) -> None:
    policy = import_text(
        "Privacy Policy\n\nEffective as of 8 June 2022\n\n1. Scope\n\nWe care.\n\n"
        "Last Updated: May 1, 2022\n"
    ).policy
    out = tmp_path / "policy.pdf"
    write_policy_pdf(policy, out)
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(out).pages
    )
    assert "Effective as of 8 June 2022" in text
    assert "Last Updated May 1, 2022" in text.replace("Updated:", "Updated")
