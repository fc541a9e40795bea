"""Heading recognition: numbered lines, Markdown headings, short lines, dates, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.errors import InputWarning
from policyeditor.core.importing import detect_language, import_text
from policyeditor.core.importing.metadata import match_date_line, parse_date
from policyeditor.core.model import Policy, walk


def outline(policy: Policy) -> list[tuple[str, str]]:
    return [(ref.number, ref.section.heading) for ref in walk(policy)]


def test_year_at_line_start_and_numbered_list_items_are_not_headings() -> None:
    text = (
        "Policy\n\nIntro.\n\n1. Första\n\n2021 var ett bra år\n\n"
        "Vi delar med:\n\n1. Kunder\n\n2. Leverantörer\n\n"
        "Tight list:\n1. one\n2. two\n\n2. Andra\n\nText."
    )
    result = import_text(text, fmt="txt")
    assert outline(result.policy) == [("1", "Första"), ("2", "Andra")]
    first = result.policy.sections[0].body
    assert "2021 var ett bra år" in first and "1. Kunder" in first and "1. one\n2. two" in first


def test_sentences_and_lowercase_lines_are_not_headings() -> None:
    text = (
        "Policy\n\n1. Första\n\n2. Detta är en mening.\n\n3. december gäller\n\n2. Andra\n\nText."
    )
    assert outline(import_text(text, fmt="txt").policy) == [("1", "Första"), ("2", "Andra")]


def test_sections_without_text_yet_are_still_sections() -> None:
    policy = import_text("Mall\n\n1. Ett\n\n2. Två\n\n2.1 Under\n\n3. Tre", fmt="txt").policy
    assert outline(policy) == [("1", "Ett"), ("2", "Två"), ("2.1", "Under"), ("3", "Tre")]


def test_loose_table_of_contents_is_not_taken_for_sections() -> None:
    text = "Policy\n\n1. Ett\n\n2. Två\n\n3. Tre\n\n1. Ett\n\nA.\n\n2. Två\n\nB.\n\n3. Tre\n\nC."
    result = import_text(text, fmt="txt")
    assert outline(result.policy) == [("1", "Ett"), ("2", "Två"), ("3", "Tre")]
    assert result.policy.preamble == "1. Ett\n\n2. Två\n\n3. Tre"
    assert [s.body for s in result.policy.sections] == ["A.", "B.", "C."]


def test_skipped_and_repeated_numbers_are_imported_in_order_with_warnings() -> None:
    text = "Policy\n\n1. Ett\n\nA.\n\n3. Tre\n\nB.\n\n3. Tre igen\n\nC.\n\n3.2 Under\n\nD."
    result = import_text(text, fmt="txt")
    assert outline(result.policy) == [
        ("1", "Ett"),
        ("2", "Tre"),
        ("3", "Tre igen"),
        ("3.1", "Under"),
    ]
    renumbered = [
        (w.params["written"], w.params["derived"])
        for w in result.warnings
        if w.code == "import.renumbered"
    ]
    assert ("3", "2") in renumbered
    assert ("3.2", "3.1") in renumbered


def test_number_going_backwards_stays_text_with_a_warning() -> None:
    result = import_text("Policy\n\n1. Ett\n\nA.\n\n2. Två\n\nText\n\n1. Åter\n\nMer.", fmt="txt")
    assert outline(result.policy) == [("1", "Ett"), ("2", "Två")]
    assert result.policy.sections[1].body == "Text\n\n1. Åter\n\nMer."
    assert InputWarning("import.out-of-sequence", line=11, number="1", previous="2") in (
        result.warnings
    )


def test_markdown_atx_anchor_escaped_number_emphasis_and_closing_hashes() -> None:
    text = (
        "# Policy\n\nIntro\n\n## [](#1-a)1\\. **Första** delen ##\n\nA\n\n"
        "### [1.1 Under](#x)\n\nB\n\n## 2\\. Andra\n\nC"
    )
    result = import_text(text, fmt="md")
    assert result.policy.title == "Policy"
    assert outline(result.policy) == [("1", "Första delen"), ("1.1", "Under"), ("2", "Andra")]
    assert result.warnings == []


def test_markdown_setext_and_skipped_levels_nest_one_step() -> None:
    text = "Policy\n======\n\nA\n---\n\nx\n\n#### Deep\n\ny\n\nB\n---\n\nz"
    policy = import_text(text, fmt="md").policy
    assert outline(policy) == [("1", "A"), ("1.1", "Deep"), ("2", "B")]


def test_markdown_without_numbers_nests_by_level() -> None:
    text = "# T\n\n## A\n\n### A1\n\n### A2\n\n## B\n\nb"
    assert outline(import_text(text).policy) == [
        ("1", "A"),
        ("1.1", "A1"),
        ("1.2", "A2"),
        ("2", "B"),
    ]


def test_unnumbered_subheadings_nest_under_numbered_sections() -> None:
    # Spotify: "2. Rights" (setext, level 2) then "#### Household requests".
    text = "Policy\n======\n\n1\\. One\n-------\n\na\n\n2\\. Rights\n---------\n\nb\n\n"
    text += "#### Household requests\n\nc\n\n3\\. Three\n--------\n\nd"
    assert outline(import_text(text).policy) == [
        ("1", "One"),
        ("2", "Rights"),
        ("2.1", "Household requests"),
        ("3", "Three"),
    ]


def test_format_follows_suffix_or_is_sniffed(tmp_path: Path) -> None:
    from policyeditor.core.importing import import_file

    numbered = "Policy\n\n1. Ett\n\nText.\n\n2. Två\n\nText."
    for name, text, fmt in (
        ("a.md", numbered, "md"),
        ("a.markdown", numbered, "md"),
        ("a.txt", "# Policy\n\n## A\n\nx", "txt"),
        ("a", "# Policy\n\n## A\n\nx", "md"),
        ("a.policytext", numbered, "txt"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = import_file(path)
        assert result.format == fmt, name
        assert len(result.policy.sections) == 2 if text is numbered else 1


def test_headings_inside_fenced_code_are_body() -> None:
    text = "# T\n\n## A\n\n```\n# not a heading\n\n## nor this\n```\n\n## B\n\nb"
    policy = import_text(text).policy
    assert outline(policy) == [("1", "A"), ("2", "B")]
    assert "# not a heading" in policy.sections[0].body


def test_short_lines_act_as_headings_only_without_heading_syntax() -> None:
    text = (
        "Privacy Policy\n\nLast updated: December 11, 2020\n\nWe care about privacy.\n\n"
        "Information We Collect\n\nWe collect your name and address when you sign up.\n\n"
        "Contact Us\n\nWrite to us:\n\nQuora, Inc.\n\nAttn: Privacy\n\n605 Castro Street"
    )
    result = import_text(text, fmt="md")
    assert result.policy.metadata["last_changed"] == "2020-12-11"
    assert outline(result.policy) == [("1", "Information We Collect"), ("2", "Contact Us")]
    assert result.policy.sections[1].body.endswith("605 Castro Street")


def test_no_headings_at_all_puts_everything_in_the_preamble_with_a_warning() -> None:
    result = import_text("Titel\n\nEn lång mening som bara är brödtext, utan rubriker alls.")
    assert result.policy.sections == []
    assert result.policy.preamble.startswith("En lång mening")
    assert InputWarning("import.no-sections") in result.warnings


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Senast ändrad: 2021-01-24", ("last_changed", "2021-01-24")),
        ("Last updated: August 14, 2025", ("last_changed", "2025-08-14")),
        ("Last Updated:\xa0May 22, 2024", ("last_changed", "2024-05-22")),
        ("Last Updated: Jul 24, 2023", ("last_changed", "2023-07-24")),
        ("Effective as of 8 June 2022", ("effective", "2022-06-08")),
        ("Effective date: August 25, 2023", ("effective", "2023-08-25")),
        ("Gäller från: 24 januari 2021", ("effective", "2021-01-24")),
        ("Last updated: spring 2021", ("last_changed", "spring 2021")),
        ("Last updated: never", None),
        ("Effective immediately, we changed how we process data in 2021.", None),
    ],
)
def test_date_lines(line: str, expected: tuple[str, str] | None) -> None:
    assert match_date_line(line) == expected


def test_parse_date_rejects_impossible_dates() -> None:
    assert parse_date("2021-02-30") is None
    assert parse_date("31 December 2020") == "2020-12-31"


def test_date_line_in_the_middle_of_a_body_stays_text() -> None:
    text = "Policy\n\n1. Ett\n\nA.\n\nLast updated: 2020-01-01\n\nMore text here.\n\n2. Två\n\nB."
    policy = import_text(text, fmt="txt").policy
    assert policy.metadata == {}
    assert "Last updated: 2020-01-01" in policy.sections[0].body


def test_language_detection_and_override() -> None:
    assert (
        detect_language("När du använder våra tjänster så anförtror du oss dina uppgifter") == "sv"
    )
    assert detect_language("When you use our services you trust us with your information") == "en"
    text = "Policy\n\nWhen you use our services you trust us with your data."
    assert import_text(text).policy.language == "en"
    assert import_text(text, language="sv").policy.language == "sv"


def test_heading_text_keeps_every_character_but_markup() -> None:
    from policyeditor.core.importing.markdown_in import escape_heading, plain_text

    assert plain_text("[](#1-a)**1\\. About** this") == "1. About this"
    assert plain_text("[**Spotify Privacy Policy**](#spotify)") == "Spotify Privacy Policy"
    assert plain_text("data_set _kursiv_ \\_x") == "data_set kursiv _x"
    # Private-use characters are text like any other (no internal markers leak).
    odd = "a*b*_c_ [x] <t> \\ # ` \U000f0000 \ue000"
    assert plain_text(escape_heading(odd)) == odd


def test_setext_heading_right_after_an_atx_heading() -> None:
    policy = import_text("# T\n\n## A\nB\n---\n\nb", fmt="md").policy
    assert outline(policy) == [("1", "A"), ("2", "B")]


def test_title_heading_followed_directly_by_text() -> None:
    policy = import_text("# Policy\nIntro text.\n\n## 1. A\n\na", fmt="md").policy
    assert policy.title == "Policy"
    assert policy.preamble == "Intro text."
    assert outline(policy) == [("1", "A")]
