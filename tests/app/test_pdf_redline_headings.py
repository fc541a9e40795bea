"""A heading never ends a page of the redline PDF alone: it goes with its first lines.

The seed with planted edits is compared with the seed many times, each time
with one more line of filler early on, so that over the runs every heading
passes the bottom of a page; the text of each page, read back with pypdf, may
never end with a heading (its number or its title line).
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from policyeditor.app.pdf import layout
from policyeditor.app.pdf.redline_pdf import write_comparison_pdf
from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, walk
from policyeditor.core.review.flagged import flagged_comparison
from tests.ui.review_helpers import plant_edits

FILLER_LINES = range(16)  # about a line of text each: headings sweep past page ends
WORDS_PER_LINE = 9


def _page_endings(path: Path) -> list[str]:
    """The last line of body text on every page (running header and footer left out)."""
    endings = []
    for number, page in enumerate(pypdf.PdfReader(path).pages):
        lines = [" ".join(x.replace("\xa0", " ").split())
                 for x in page.extract_text().splitlines()]
        lines = [x for x in lines if x]
        # the footer (2 lines) and, after the first page, the header (2 lines) are
        # painted after the body and so read last
        body = lines[:-2] if number == 0 else lines[:-4]
        endings.append(body[-1] if body else "")
    return endings


def _heading_lines(*policies: Policy) -> set[str]:
    found: set[str] = set()
    for policy in policies:
        for ref in walk(policy):
            found |= {ref.number, ref.section.heading, f"{ref.number} {ref.section.heading}"}
    return found


def _stranded(seed: Policy, tmp_path: Path, *, first: bool = False) -> list[tuple[int, int, str]]:
    stranded: list[tuple[int, int, str]] = []
    for lines in FILLER_LINES:
        new = plant_edits(seed)
        new.sections[0].body += "\n\n" + " ".join(["Ord"] * (lines * WORDS_PER_LINE))
        out = tmp_path / f"redline-{lines}.pdf"
        write_comparison_pdf(flagged_comparison(seed, new).comparison, out)
        headings = _heading_lines(seed, new)
        for page, ending in enumerate(_page_endings(out), start=1):
            if ending in headings:
                stranded.append((lines, page, ending))
        if first and stranded:
            break
    return stranded


def test_no_page_of_the_redline_ends_with_a_heading(seed_path: Path, tmp_path: Path) -> None:
    assert _stranded(import_file(seed_path).policy, tmp_path) == []


def test_the_check_would_see_a_stranded_heading(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without keep-with-next for headings the same documents do strand one."""
    keep = layout._bad_break
    monkeypatch.setattr(layout, "_bad_break",
                        lambda rows, k: False if rows[k].heading else keep(rows, k))
    assert _stranded(import_file(seed_path).policy, tmp_path, first=True) != []
