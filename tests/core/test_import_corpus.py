"""Importing every real document in the corpus: nothing is lost, structure is right.

"Nothing is lost" means: every word of the source is somewhere in the
imported policy (title, metadata, preamble, headings, bodies), counted with
multiplicity. Allowed to go: link targets in headings (only the link text is
a heading's text), section numbers (derived from position, so stripped), and
the label and month name of a date line whose date moved into metadata.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, iter_sections, section_count, walk

# Link targets are addresses, not words a reader sees; drop them on both sides.
_LINK_TARGET = re.compile(r"\]\((?:[^()]|\([^()]*\))*\)")
_TOKEN = re.compile(r"\d+(?:\.\d+)*|[^\W\d_]+")
_DATE_TEXT = (
    "last updated modified revised changed on effective as of date from since "
    "senast ändrad uppdaterad gäller från january february march april may june "
    "july august september october november december jan feb mar apr jun jul aug "
    "sep sept oct nov dec januari februari mars maj juni juli augusti oktober"
)
_DATE_WORDS = frozenset(_DATE_TEXT.split())
HISTORIES = ["Bluesky", "Quora", "Spotify", "Telegram", "Threads"]


def _tokens(text: str) -> Counter[str]:
    text = unicodedata.normalize("NFC", _LINK_TARGET.sub("]", text))
    return Counter(_TOKEN.findall(text))


def _policy_text(policy: Policy) -> str:
    parts = [policy.title, *policy.metadata.values(), policy.preamble]
    for section in iter_sections(policy.sections):
        parts += [section.heading, section.body]
    return "\n".join(parts)


def lost_words(path: Path) -> list[str]:
    """Problems found for one file (empty when nothing is lost)."""
    policy = import_file(path).policy
    missing = _tokens(path.read_text(encoding="utf-8-sig")) - _tokens(_policy_text(policy))
    numbers = sum(n for token, n in missing.items() if token[0].isdigit())
    words = {token: n for token, n in missing.items() if not token[0].isdigit()}
    dates = len(policy.metadata)
    problems = []
    # A heading may lose a list marker and a written number ("1. **1\. Foo**").
    if numbers > 2 * section_count(policy) + 3 * dates:
        problems.append(f"{numbers} numbers lost for {section_count(policy)} headings")
    unexplained = {t: n for t, n in words.items() if t.lower() not in _DATE_WORDS}
    if unexplained:
        problems.append(f"words lost: {sorted(unexplained.items())[:10]}")
    if words and (not dates or sum(words.values()) > 4 * dates):
        problems.append(f"date words lost without a date in metadata: {words}")
    return [f"{path.parent.name}/{path.name}: {p}" for p in problems]


@pytest.mark.parametrize("name", HISTORIES)
def test_every_version_keeps_every_word(histories_dir: Path, name: str) -> None:
    files = sorted((histories_dir / name).glob("*.md"))
    assert files, f"no Markdown files in {name}"
    problems = [problem for path in files for problem in lost_words(path)]
    assert problems == []


def test_seed_keeps_every_word(seed_path: Path) -> None:
    assert lost_words(seed_path) == []


def test_lost_words_notices_a_dropped_word(seed_path: Path, tmp_path: Path) -> None:
    # The check itself must be able to fail: a word that is in the source but
    # not in the policy is reported.
    doctored = tmp_path / "seed.txt"
    doctored.write_text(seed_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    policy = import_file(doctored).policy
    source = _tokens(doctored.read_text(encoding="utf-8") + " Hemligt")
    missing = source - _tokens(_policy_text(policy))
    assert missing["Hemligt"] == 1


def _outline(path: Path) -> list[tuple[str, str]]:
    return [(ref.number, ref.section.heading) for ref in walk(import_file(path).policy)]


def test_spotify_setext_headings_escaped_numbers_and_link_toc(histories_dir: Path) -> None:
    result = import_file(histories_dir / "Spotify" / "065_2026-07-01.md")
    policy = result.policy
    assert result.format == "md"
    assert policy.title == "Spotify Privacy Policy"
    assert policy.metadata == {
        "effective": "2026-07-01",
        "effective_text": "Effective as of July 1, 2026",  # exported word for word
    }
    outline = [(ref.number, ref.section.heading) for ref in walk(policy)]
    assert outline[0] == ("1", "About this Policy")
    assert outline[-1] == ("13", "How to contact us")
    assert len(outline) == 13
    # The link table of contents stays in the preamble, as written.
    assert "[1\\. About this Policy](#_kfosu7ttf89l)" in policy.preamble
    # Tables and nested lists stay Markdown in the body.
    body = policy.sections[1].body
    assert "| **It’s your right to...** |" in body
    assert "\n    *   your use of Spotify on any device" in policy.sections[0].body


def test_spotify_anchor_links_in_headings_and_subheadings(histories_dir: Path) -> None:
    outline = _outline(histories_dir / "Spotify" / "000_2022-07-11.md")
    assert outline[0] == ("1", "About this Policy")
    assert ("2", "Your personal data rights and controls") in outline
    assert all("](" not in heading and "\\" not in heading for _, heading in outline)


def test_telegram_numbers_decide_nesting_over_markdown_levels(histories_dir: Path) -> None:
    outline = dict(_outline(histories_dir / "Telegram" / "000_2022-07-11.md"))
    # "##### 3.3.1 Cloud Chats" nests under 3.3, and "##### 3.4. Phone Number"
    # (level 5 in the source, like 3.3.1) is still section 3.4.
    assert outline["3.3"] == "Your Messages"
    assert outline["3.3.1"] == "Cloud Chats"
    assert outline["3.4"] == "Phone Number and Contacts"
    assert outline["12"] == "Questions and concerns"


def test_bluesky_atx_date_heading_and_toc_heading_stay_out_of_sections(histories_dir: Path) -> None:
    policy = import_file(histories_dir / "Bluesky" / "009_2026-01-09.md").policy
    assert policy.title == "Privacy Policy"
    assert policy.metadata == {
        "last_changed": "2025-08-14",
        "last_changed_text": "Last Updated: August 14, 2025",
    }
    assert "### Table of Contents" in policy.preamble
    headings = [ref.section.heading for ref in walk(policy)]
    assert headings[0] == "Introduction" and headings[-1] == "Contact Us"
    assert len(headings) == 18


def test_bluesky_headings_written_as_bold_list_items(histories_dir: Path) -> None:
    result = import_file(histories_dir / "Bluesky" / "002_2024-08-07.md")
    headings = [ref.section.heading for ref in walk(result.policy)]
    assert headings[:3] == [
        "PROFILES AND POSTS ARE PUBLIC",
        "DIRECT MESSAGES ARE PRIVATE",
        "UPDATES TO THIS PRIVACY NOTICE",
    ]
    assert headings[-1] == "CONTACT US"
    # The source's list markers skip (1, 3, 5, 7, 10...): reported, not refused.
    assert any(
        w.code == "import.renumbered" and w.params["written"] == "3" for w in result.warnings
    )


def test_quora_short_plain_lines_are_headings_but_an_address_is_not(histories_dir: Path) -> None:
    policy = import_file(histories_dir / "Quora" / "035_2025-10-23.md").policy
    assert policy.title == "Privacy Policy"
    assert policy.metadata == {
        "effective": "2023-08-25",
        "effective_text": "Effective date: August 25, 2023",
    }
    outline = [ref.section.heading for ref in walk(policy)]
    assert outline[:3] == [
        "Overview",
        "Information We Collect",
        "How We Use Your Information and Legal Basis for Processing",
    ]
    assert "Contact Us" in outline
    contact = next(s for s in policy.sections if s.heading == "Contact Us")
    assert "Attn: Privacy\n\n605 Castro Street" in contact.body
    assert not {"Attn: Privacy", "605 Castro Street", "Quora, Inc."} & set(outline)


def test_quora_navigation_links_before_the_title_go_to_the_preamble(histories_dir: Path) -> None:
    policy = import_file(histories_dir / "Quora" / "020_2023-11-20.md").policy
    assert policy.title == "Privacy Policy"
    assert policy.preamble.startswith("[](https://www.quora.com/)")


def test_threads_effective_heading_is_metadata(histories_dir: Path) -> None:
    policy = import_file(histories_dir / "Threads" / "058_2026-06-29.md").policy
    assert policy.title == "Threads Supplemental Privacy Policy"
    assert policy.metadata == {
        "effective": "2026-01-21",
        "effective_text": "Effective January 21, 2026",
    }
    assert policy.sections[0].heading == "What information do we collect?"


def test_german_telegram_is_detected_as_one_of_sv_en_and_can_be_overridden(
    histories_dir: Path,
) -> None:
    path = histories_dir / "Telegram" / "007_2023-10-19.md"
    assert import_file(path).policy.language in ("sv", "en")
    assert import_file(path, language="en").policy.language == "en"
