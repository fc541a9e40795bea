"""The HTML redline report: summary, flags with links, inline changes in the legal convention."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.compare.result import Comparison, Flag, SectionChange, SideInfo
from policyeditor.core.model import Policy, Section
from policyeditor.core.render.redline.markup import diff_markdown_html, diff_text_html
from policyeditor.core.render.redline_html import comparison_to_html
from tests.core.test_html_export import Page
from tests.core.test_render_markdown import HOSTILE, active_content


def hand_made() -> Comparison:
    """Old: 1 A, 2 B, 3 C.  New: 1 A (modified), 2 C (moved from 3), 3 D (added); B removed."""
    a_old = Section("Insamling", "Vi samlar in e-post.", id="a")
    b_old = Section("Delning", "Vi delar inte uppgifter.", id="b")
    c_old = Section("Lagring", "Vi sparar i 12 månader.", id="c")
    a_new = Section("Insamling", "Vi samlar in e-post och telefonnummer.", id="a")
    c_new = Section("Lagring", "Vi sparar i 12 månader.", id="c")
    d_new = Section("Cookies", "Vi använder **cookies**.", id="d")
    old = Policy("Policy", "sv", {"last_changed": "2023-01-01"}, "", [a_old, b_old, c_old])
    new = Policy("Policy", "sv", {"last_changed": "2024-01-01"}, "", [a_new, c_new, d_new])
    sections = [
        SectionChange("modified", False, "1", "1", "a", "a", [(0, "Insamling")],
                      [(0, "Vi samlar in e-post"), (1, " och telefonnummer"), (0, ".")],
                      a_old, a_new, 0),
        SectionChange("removed", False, "2", None, "b", None, [(-1, "Delning")],
                      [(-1, "Vi delar inte uppgifter.")], b_old, None, 0),
        SectionChange("unchanged", True, "3", "2", "c", "c", [(0, "Lagring")],
                      [(0, "Vi sparar i 12 månader.")], c_old, c_new, 0),
        SectionChange("added", False, None, "3", None, "d", [(1, "Cookies")],
                      [(1, "Vi använder **cookies**.")], None, d_new, 0),
    ]
    flags = [
        Flag("section-removed", "structure", "medium", "2", "b", "Delning",
             "Ett avsnitt har tagits bort.", "GDPR art. 13",
             {"sv": "Ett avsnitt har tagits bort.", "en": "A section was removed."}),
        Flag("tracking-added", "tracking", "high", "3", "d", "cookies",
             "Spårning har tillkommit.", "LEK 9 kap. 28 §"),
        Flag("typo", "structure", "low", "1", "a", "telefonnummer", "Liten ändring.", ""),
    ]
    return Comparison(
        old=old, new=new,
        old_info=SideInfo("old.md", "1.0", "Policy", "sha256:" + "a" * 64, "2023-01-01T10:00:00"),
        new_info=SideInfo("ws.policy@2.0", "2.0", "Policy", "sha256:" + "b" * 64, "2024-01-01"),
        sections=sections, title=[(0, "Policy")], preamble=[], flags=flags,
    )


def test_summary_versions_and_counts() -> None:
    page = Page(comparison_to_html(hand_made()))
    text = page.text
    assert page.all("html")[0]["lang"] == "sv"
    assert "Tidigare version" in text and "Ny version" in text
    assert "Version 1.0 2.0" in text
    assert "Senast ändrad 2023-01-01 2024-01-01" in text
    assert "sha256:" + "a" * 64 in text and "sha256:" + "b" * 64 in text
    for count in ("1 tillagda", "1 borttagna", "1 ändrade", "1 flyttade", "1 oförändrade"):
        assert count in text
    assert "Bedömning: materiell" in text


def test_flags_grouped_by_severity_high_first_with_links() -> None:
    html = comparison_to_html(hand_made())
    page = Page(html)
    text = page.text
    assert text.index("Hög 1") < text.index("Medel 1") < text.index("Låg 1")
    links = [a.get("href") for a in page.all("a")]
    assert "#s-3" in links  # the added section the high flag is about
    assert "#removed-s-2" in links  # a removed section has its own anchor
    ids = {attrs.get("id") for _, attrs in page.starts}
    assert "s-3" in ids and "removed-s-2" in ids and "s-1" in ids
    assert "Spårning har tillkommit." in text and "LEK 9 kap. 28 §" in text


def test_inline_changes_legal_convention() -> None:
    html = comparison_to_html(hand_made())
    assert "<ins> och telefonnummer</ins>" in html
    assert "<del>Vi delar inte uppgifter.</del>" in html
    assert "<del>Delning</del>" in html
    # the added body is rendered Markdown, marked as inserted
    assert "<strong><ins>cookies</ins></strong>" in html
    assert "flyttat från 3" in html.lower()
    css = html.split("<style>")[1]
    assert "ins, .ins { color: #0b57c9; text-decoration: underline" in css
    assert "del, .del { color: #b3261e; text-decoration: line-through" in css


def test_unchanged_sections_are_collapsible_without_script() -> None:
    comparison = hand_made()
    comparison.sections[2].moved = False
    page = Page(comparison_to_html(comparison))
    details = page.all("details")
    assert [d.get("id") for d in details] == ["s-2"]
    assert "Vi sparar i 12 månader." in page.text
    assert page.all("script") == []


def test_english_report() -> None:
    comparison = hand_made()
    comparison.new.language = "en"
    text = Page(comparison_to_html(comparison)).text
    assert "Previous version" in text and "moved from 3" in text.lower()
    assert "A section was removed." in text  # the explanation in the report's language


def test_no_flags_says_so() -> None:
    comparison = hand_made()
    comparison.flags = []
    text = Page(comparison_to_html(comparison)).text
    assert "Inga ändringar flaggades för granskning." in text
    assert "Bedömning: redaktionell" in text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_diff_text_stays_inert(hostile: str) -> None:
    comparison = hand_made()
    comparison.sections[0].body = [(0, "Text "), (1, hostile), (-1, hostile), (0, " slut")]
    comparison.sections[0].heading = [(1, hostile)]
    comparison.flags[0].evidence = hostile
    comparison.flags[0].explanation = hostile
    comparison.flags[0].explanations = {}
    body = comparison_to_html(comparison).split("<body>", 1)[1]
    assert active_content(body) == []


def test_markup_wraps_text_only_and_stays_balanced() -> None:
    # the diff cuts through Markdown emphasis and across paragraphs
    html = diff_markdown_html([(0, "**bo"), (1, "ld** och\n\nny"), (0, " text")])
    assert html.count("<ins>") == html.count("</ins>")
    page = Page(html)
    assert page.stack == []  # every element closed in order
    marked = diff_text_html([(0, "a "), (-1, "<b>"), (1, "c")])
    assert marked == "a <del>&lt;b&gt;</del><ins>c</ins>"


def test_inserted_list_items_stay_list_items() -> None:
    html = diff_markdown_html([(0, "Intro\n\n- ett\n"), (1, "- två\n"), (0, "- tre")])
    assert "<li><ins>två</ins></li>" in html and html.count("<li>") == 3


def test_real_comparison_of_seed(seed_path: Path) -> None:
    from policyeditor.core.compare import compare
    from policyeditor.core.importing import import_file

    old = import_file(seed_path).policy
    new = old.clone()
    new.sections[0].body += "\n\nVi samlar även in **din position**."
    del new.sections[3]
    comparison = compare(old, new)
    page = Page(comparison_to_html(comparison))
    assert "<ins>" in comparison_to_html(comparison)
    assert "1 borttagna" in page.text and "1 ändrade" in page.text
    assert len(page.all("details")) == comparison.counts()["unchanged"]


def test_flag_without_section_points_at_whole_document() -> None:
    comparison = hand_made()
    comparison.flags = [Flag("controller-missing", "completeness", "high", "", "", "",
                             "Uppgift om personuppgiftsansvarig saknas.", "GDPR art. 13.1 a")]
    text = Page(comparison_to_html(comparison)).text
    assert "Dokumentet som helhet" in text
