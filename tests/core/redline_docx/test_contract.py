"""Accepting every change of the Word redline gives the new text, rejecting gives the old.

Checked with our own accept/reject over the XML (tests/core/redline_docx/
word_views.py) on the seed with planted edits and on consecutive real
versions of the corpus's policy histories.
"""

from __future__ import annotations

import re
import zipfile
from itertools import pairwise
from pathlib import Path

import pytest
from lxml import etree

from policyeditor.app.services.review import compare_policies
from policyeditor.core.compare.result import Comparison
from policyeditor.core.importing import import_file
from policyeditor.core.wordexport.tracked import write_redline_docx
from policyeditor.core.wordexport.tracked.expected import policy_paragraphs
from tests.core.redline_docx.conftest import AUTHOR, DATE
from tests.core.redline_docx.word_views import W, document_root, view_paragraphs

CHANGES = ("ins", "del", "moveFrom", "moveTo")


def assert_contract(comparison: Comparison, path: Path) -> None:
    """Accept all gives the new version's paragraphs, reject all the old one's."""
    language = comparison.new.language
    assert view_paragraphs(path, accept=True) == policy_paragraphs(comparison.new)
    assert view_paragraphs(path, accept=False) == policy_paragraphs(comparison.old, language)


def _texts(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t", f"{W}delText"))  # type: ignore[attr-defined]


def test_planted_edits_accept_to_the_new_text_and_reject_to_the_old(
    planted_comparison: Comparison, planted_docx: Path
) -> None:
    assert_contract(planted_comparison, planted_docx)


def test_every_planted_edit_is_a_tracked_change_of_the_right_kind(planted_docx: Path) -> None:
    root = document_root(planted_docx)
    inserted = [_texts(e) for e in root.iter(f"{W}ins")]
    deleted = [_texts(e) for e in root.iter(f"{W}del")]
    assert ", Mixpanel" in inserted  # the recipient added, word level inside its sentence
    assert "inte " in deleted  # the negation removed
    assert "Hämta ut information om dina sparade personuppgifter." in deleted  # a right
    assert "6.4 Överföring till tredje land" in inserted  # the added section's heading
    assert "1.2.5 Cookies och liknande teknik" in deleted  # the removed section's heading
    # Whole paragraphs carry their mark: the removed section's and the right's bullet
    # disappear with their paragraph on accept, the added section's on reject.
    marks = {
        _texts(p): [m.tag for m in p.find(f"{W}pPr/{W}rPr")]
        for p in root.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}rPr") is not None
    }
    assert marks["1.2.5 Cookies och liknande teknik"] == [f"{W}del"]
    assert marks["Hämta ut information om dina sparade personuppgifter."] == [f"{W}del"]
    assert marks["6.4 Överföring till tredje land"] == [f"{W}ins"]


def test_swapped_subsections_are_a_named_move_pair(planted_docx: Path) -> None:
    root = document_root(planted_docx)
    starts = {
        side: {e.get(f"{W}name"): e.get(f"{W}id") for e in root.iter(f"{W}move{side}RangeStart")}
        for side in ("From", "To")
    }
    ends = {side: {e.get(f"{W}id") for e in root.iter(f"{W}move{side}RangeEnd")}
            for side in ("From", "To")}
    assert starts["From"] and set(starts["From"]) == set(starts["To"])
    for side in ("From", "To"):
        assert set(starts[side].values()) == ends[side]
    moved_from = [_texts(e) for e in root.iter(f"{W}moveFrom")]
    moved_to = [_texts(e) for e in root.iter(f"{W}moveTo")]
    assert "1.2.4 Lokal lagring" in moved_from  # its old number at its old place
    assert "1.2.3 Lokal lagring" in moved_to


def test_every_change_has_the_author_and_an_iso_date(planted_docx: Path) -> None:
    root = document_root(planted_docx)
    changes = [e for tag in CHANGES for e in root.iter(f"{W}{tag}")]
    changes += [e for side in ("From", "To") for e in root.iter(f"{W}move{side}RangeStart")]
    assert len(changes) > 10
    for element in changes:
        assert element.get(f"{W}author") == AUTHOR
        assert element.get(f"{W}date") == DATE
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", DATE)
    ids = [e.get(f"{W}id") for e in changes]
    assert len(ids) == len(set(ids))


def test_headings_carry_their_numbers_and_markdown_becomes_word_structure(
    planted_docx: Path,
) -> None:
    root = document_root(planted_docx)
    styles = {}
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        styles.setdefault(style.get(f"{W}val") if style is not None else None, []).append(_texts(p))
    assert "Sekretesspolicy" in styles["Title"]
    assert "1 Information som vi samlar in" in styles["Heading1"]
    assert "6.2 För extern behandling" in styles["Heading2"]
    assert "IP-adress." in styles["ListBullet"]  # "- IP-adress." without its marker


def _history_pairs(histories_dir: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for company in ("Spotify", "Bluesky", "Telegram"):
        files = sorted((histories_dir / company).glob("*.md"))[-3:]
        pairs.extend(pairwise(files))
    return pairs


@pytest.mark.corpus
def test_consecutive_real_versions_accept_and_reject_exactly(
    histories_dir: Path, tmp_path: Path
) -> None:
    pairs = _history_pairs(histories_dir)
    assert len(pairs) == 6
    for number, (before, after) in enumerate(pairs):
        comparison = compare_policies(
            import_file(before).policy, import_file(after).policy
        ).comparison
        path = tmp_path / f"history-{number}.docx"
        write_redline_docx(comparison, path, author=AUTHOR, date=DATE)
        assert_contract(comparison, path)


def test_control_characters_anywhere_never_break_the_file(tmp_path: Path) -> None:
    from policyeditor.core.compare import compare
    from policyeditor.core.model import Policy, Section

    old = Policy(title="Policy\x01", metadata={"organisation": "Bolag\x02 AB"},
                 sections=[Section("Ett\x03", "Text\x07 här\n\n- punkt\x0b", id="a")])
    new = Policy(title="Policy\x01 2", metadata={"organisation": "Bolag AB"},
                 sections=[Section("Ett", "Text här\n\n- punkt\x0c och mer", id="a")])
    comparison = compare(old, new)
    path = tmp_path / "odd.docx"
    write_redline_docx(comparison, path, author="Anna\x00 Jurist", date=DATE)
    assert_contract(comparison, path)
    root = document_root(path)
    assert {e.get(f"{W}author") for e in root.iter(f"{W}ins")} == {"Anna Jurist"}


def test_word_checks_the_spelling_in_the_policys_language(planted_docx: Path) -> None:
    with zipfile.ZipFile(planted_docx) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f"{W}rPr/{W}lang").get(f"{W}val") == "sv-SE"
