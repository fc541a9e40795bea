"""A split section reads as text flowing on, not as an unrelated addition."""

from __future__ import annotations

from pathlib import Path

from policyeditor.core.compare import compare
from policyeditor.core.importing import import_text
from policyeditor.core.render.redline_html import comparison_to_html

RENUMBER = [
    ("3. Öppenhet och valmöjlighet", "4. Öppenhet och valmöjlighet"),
    ("4. Information som du delar", "5. Information som du delar"),
    ("5. Komma åt", "6. Komma åt"),
    ("6. Information som vi delar", "7. Information som vi delar"),
    ("6.1 ", "7.1 "),
    ("6.2 ", "7.2 "),
    ("6.3 ", "7.3 "),
    ("7. Informationssäkerhet", "8. Informationssäkerhet"),
    ("8. Förändringar", "9. Förändringar"),
]


def split_seed(seed: str) -> str:
    """Move two paragraphs of section 2 into a new section 3 about cookies."""
    start = seed.index("Informationen som vi samlar in med hjälp av cookies")
    end = seed.index("Om vi vill använda information i ett annat syfte")
    paragraphs = seed[start:end]
    text = seed[:start] + seed[end:]
    for old, new in RENUMBER:
        text = text.replace(old, new)
    return text.replace(
        "4. Öppenhet och valmöjlighet",
        "3. Cookies och annonser\n\n" + paragraphs + "4. Öppenhet och valmöjlighet",
    )


def test_split_section_names_its_source_in_the_redline(seed_path: Path) -> None:
    seed = seed_path.read_text(encoding="utf-8")
    old = import_text(seed, fmt="txt").policy
    new = import_text(split_seed(seed), fmt="txt").policy
    comparison = compare(old, new)
    added = [c for c in comparison.sections if c.change == "added"]
    assert [(c.new_number, c.split_from and c.split_from[1]) for c in added] == [("3", "2")]
    html = comparison_to_html(comparison)
    assert "text från 2" in html
    # renumbering 3..8 -> 4..9 caused by the insertion is not a move
    assert not any(c.moved for c in comparison.sections)
