"""The PDF redline report read back: summary, flags with pages, marked text, outline."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from policyeditor.app.pdf.redline_pdf import write_comparison_pdf
from tests.app.test_pdf_export import outline_tree, pdf_text
from tests.core.test_redline_html import hand_made


def test_summary_then_full_text(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    pages = write_comparison_pdf(hand_made(), out)
    texts = pdf_text(out)
    assert pages == len(texts) >= 2
    first = texts[0]
    assert "Jämförelse av versioner" in first
    assert "Tidigare version" in first and "Ny version" in first
    assert "1 tillagda" in first and "1 borttagna" in first and "1 flyttade" in first
    assert first.index("Hög") < first.index("Medel") < first.index("Låg")
    body = " ".join(texts[1:])
    for words in ("och telefonnummer", "Vi delar inte uppgifter.", "flyttat från 3",
                  "Vi sparar i 12 månader.", "nytt avsnitt", "borttaget"):
        assert words in body, words
    for index, text in enumerate(texts, start=1):
        assert f"sida {index} av {len(texts)}" in text
        assert "1.0 → 2.0" in text or index == 1


def test_flags_name_the_page_of_their_section(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    write_comparison_pdf(hand_made(), out)
    reader = pypdf.PdfReader(str(out))
    tree = outline_tree(reader)
    # bookmarks carry the change marks, so the outline alone shows what happened
    assert [t for _, t, _ in tree] == [
        "1 Insamling", "2 Delning [borttaget]", "2 Lagring [flyttat från 3]",
        "3 Cookies [nytt avsnitt]",
    ]
    cookies_page = tree[3][2] + 1
    assert f"3 Cookies (sida {cookies_page})" in pdf_text(out)[0]


def colours(content: bytes, operator: bytes) -> set[str]:
    """Colours set with ``r g b scn`` (fill) or ``SCN`` (stroke), as #rrggbb."""
    found = set()
    pattern = rb"([\d.]+) ([\d.]+) ([\d.]+) " + operator + rb"\b"
    for r, g, b in re.findall(pattern, content):
        found.add("#" + "".join(f"{round(float(v) * 255):02x}" for v in (r, g, b)))
    return found


def test_changes_coloured_and_change_bars_drawn(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    write_comparison_pdf(hand_made(), out)
    reader = pypdf.PdfReader(str(out))
    body = b"".join(
        page.get_contents().get_data()  # type: ignore[union-attr]
        for page in reader.pages[1:]
    )
    fills = colours(body, b"scn")
    assert {"#0b57c9", "#b3261e", "#1e7a34"} <= fills  # inserted, deleted, moved
    strokes = colours(body, b"SCN")
    assert "#46464c" in strokes  # change bars in the margin
    # a change bar is a vertical line left of the text column (x < 62 pt margin)
    assert re.search(rb"\n(5[0-9](?:\.\d+)?) [\d.]+ m\n\1 [\d.]+ l", body)


def test_letter_size(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    write_comparison_pdf(hand_made(), out, page_size="Letter")
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_real_seed_comparison(seed_path: Path, tmp_path: Path) -> None:
    from policyeditor.core.compare import compare
    from policyeditor.core.importing import import_file

    old = import_file(seed_path).policy
    new = old.clone()
    new.sections[0].body += "\n\nVi samlar även in din position."
    comparison = compare(old, new)
    try:
        from policyeditor.core.flags.engine import detect_flags
    except ImportError:  # pragma: no cover - flags engine not present
        pytest.skip("flags engine not available")
    comparison.flags = detect_flags(comparison).flags
    out = tmp_path / "seed-redline.pdf"
    write_comparison_pdf(comparison, out)
    text = " ".join(pdf_text(out))
    assert "Vi samlar även in din position." in text
    assert "Förändringar" in text
