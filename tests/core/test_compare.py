"""Compare engine: what a legal reviewer relies on when reading a redline."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.compare import compare
from policyeditor.core.compare.result import Comparison, new_text, old_text
from policyeditor.core.importing import import_file, import_text
from policyeditor.core.model import Policy, Section, walk


def _seed(seed_path: Path) -> Policy:
    return import_file(seed_path).policy


def _seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


def _kinds(comparison: Comparison) -> list[str]:
    return [change.change for change in comparison.sections]


def _assert_lossless(comparison: Comparison) -> None:
    for change in comparison.sections:
        old, new = change.old_section, change.new_section
        assert old_text(change.heading) == (old.heading if old else "")
        assert old_text(change.body) == (old.body if old else "")
        assert new_text(change.heading) == (new.heading if new else "")
        assert new_text(change.body) == (new.body if new else "")


@pytest.mark.corpus
def test_seed_against_itself_all_unchanged(seed_path: Path) -> None:
    # two independent imports: no shared ids, matched by content
    first, second = _seed(seed_path), _seed(seed_path)
    result = compare(first, second)
    assert len(result.sections) == len(list(walk(first)))
    assert set(_kinds(result)) == {"unchanged"}
    assert not any(change.moved for change in result.sections)
    assert all(change.old_number == change.new_number for change in result.sections)
    assert result.preamble == [(0, first.preamble)]


@pytest.mark.corpus
def test_seed_with_one_sentence_edited(seed_path: Path) -> None:
    text = _seed_text(seed_path)
    sentence = "Vi samlar in information om den specifika enheten som används"
    assert sentence in text
    edited = text.replace(sentence, "Vi samlar ibland in information om den enhet som används")
    result = compare(_seed(seed_path), import_text(edited, fmt="txt").policy)
    modified = [c for c in result.sections if c.change == "modified"]
    assert len(modified) == 1
    assert modified[0].old_number == modified[0].new_number == "1.2.1"
    assert _kinds(result).count("unchanged") == len(result.sections) - 1
    _assert_whole_words(modified[0].body)
    assert [op for op, _ in modified[0].body].count(1) >= 1
    _assert_lossless(result)


def _assert_whole_words(ops: list[tuple[int, str]]) -> None:
    """No changed run starts or ends inside a word (on its own side)."""
    for side in (-1, 1):
        text = "".join(t for op, t in ops if op in (0, side))
        position = 0
        for op, part in ops:
            if op not in (0, side):
                continue
            end = position + len(part)
            if op == side and part:
                assert not (position > 0 and text[position - 1].isalnum() and part[0].isalnum())
                assert not (end < len(text) and text[end].isalnum() and part[-1].isalnum())
            position = end


def _swap_61_62(text: str) -> str:
    start = text.index("6.1 Med ditt samtycke")
    middle = text.index("6.2 För extern behandling")
    end = text.index("6.3 Av juridiska skäl")
    first = text[start:middle].replace("6.1 Med", "6.2 Med", 1)
    second = text[middle:end].replace("6.2 För", "6.1 För", 1)
    return text[:start] + second + first + text[end:]


@pytest.mark.corpus
def test_seed_with_sibling_sections_swapped_is_a_move(seed_path: Path) -> None:
    swapped = _swap_61_62(_seed_text(seed_path))
    result = compare(_seed(seed_path), import_text(swapped, fmt="txt").policy)
    assert set(_kinds(result)) == {"unchanged"}
    moved = [c for c in result.sections if c.moved]
    assert len(moved) == 1
    assert {(moved[0].old_number, moved[0].new_number)} <= {("6.1", "6.2"), ("6.2", "6.1")}
    by_heading = {new_text(c.heading): (c.old_number, c.new_number) for c in result.sections}
    assert by_heading["Med ditt samtycke"] == ("6.1", "6.2")
    assert by_heading["För extern behandling"] == ("6.2", "6.1")
    assert result.counts()["moved"] == 1


def _doc(*items: tuple[str, str]) -> Policy:
    return Policy(title="T", language="en", sections=[Section(h, b) for h, b in items])


SECTIONS = [
    ("Collection", "We collect your name, address and the messages you send us."),
    ("Use", "We use your data to deliver orders and to answer your questions."),
    ("Sharing", "We share data with couriers and with our payment provider."),
    ("Retention", "We keep order data for seven years as bookkeeping law requires."),
    ("Contact", "Write to privacy@example.com with any question about your data."),
]


def test_insertion_renumbers_without_moving() -> None:
    old = _doc(*SECTIONS)
    new = old.clone()  # same ids: two versions of one workspace
    new.sections.insert(0, Section("Who we are", "Example AB, Stockholm, is the controller."))
    result = compare(old, new)
    assert _kinds(result) == ["added"] + ["unchanged"] * 5
    assert not any(c.moved for c in result.sections)
    assert [c.new_number for c in result.sections] == ["1", "2", "3", "4", "5", "6"]
    assert [c.old_number for c in result.sections] == [None, "1", "2", "3", "4", "5"]


def test_section_moved_far_down_is_the_only_move() -> None:
    old = _doc(*SECTIONS)
    new = old.clone()
    new.sections.append(new.sections.pop(0))
    result = compare(old, new)
    moved = [new_text(c.heading) for c in result.sections if c.moved]
    assert moved == ["Collection"]
    assert set(_kinds(result)) == {"unchanged"}


def test_section_moved_under_another_parent_is_a_move() -> None:
    old = _doc(*SECTIONS)
    new = old.clone()
    retention = new.sections.pop(3)
    new.sections[1].children.append(retention)
    result = compare(old, new)
    moved = [(c.old_number, c.new_number) for c in result.sections if c.moved]
    assert moved == [("4", "2.1")]
    # reading order of the new version
    assert [c.new_number for c in result.sections] == ["1", "2", "2.1", "3", "4"]


def test_removed_section_stands_where_it_stood() -> None:
    old = _doc(*SECTIONS)
    new = old.clone()
    del new.sections[2]
    result = compare(old, new)
    assert _kinds(result) == ["unchanged", "unchanged", "removed", "unchanged", "unchanged"]
    removed = result.sections[2]
    assert removed.old_number == "3" and removed.new_number is None
    assert removed.body == [(-1, SECTIONS[2][1])]


def test_rewritten_heading_and_edited_text_still_align_without_ids() -> None:
    old = _doc(*SECTIONS)
    new = _doc(
        SECTIONS[0],
        ("How we use your data", "We use your data to deliver orders and to answer questions."),
        *SECTIONS[2:],
    )
    result = compare(old, new)
    assert _kinds(result) == ["unchanged", "modified", "unchanged", "unchanged", "unchanged"]
    assert not any(c.change in ("added", "removed") for c in result.sections)


def test_split_section_reads_as_text_flowing_out() -> None:
    long_body = (
        "We keep order data for seven years because bookkeeping law requires it.\n\n"
        "Support messages are deleted two years after the case was closed by our staff."
    )
    old = _doc(SECTIONS[0], ("Retention", long_body), SECTIONS[4])
    new = _doc(
        SECTIONS[0],
        ("Retention", "We keep order data for seven years because bookkeeping law requires it."),
        ("Support messages", long_body.split("\n\n")[1]),
        SECTIONS[4],
    )
    result = compare(old, new)
    added = [c for c in result.sections if c.change == "added"]
    assert len(added) == 1
    assert added[0].split_from == (old.sections[1].id, "2")
    # and the section the text came out of says where it went
    giver = next(c for c in result.sections if c.old_number == "2")
    assert giver.change == "modified"
    assert giver.split_into == [(new.sections[2].id, "3")]


def test_merged_section_reads_as_text_flowing_in() -> None:
    old = _doc(*SECTIONS)
    merged_body = SECTIONS[1][1] + "\n\n" + SECTIONS[2][1]
    new = _doc(SECTIONS[0], ("Use", merged_body), *SECTIONS[3:])
    result = compare(old, new)
    removed = [c for c in result.sections if c.change == "removed"]
    assert [new_text(c.heading) or old_text(c.heading) for c in removed] == ["Sharing"]
    assert removed[0].merged_into == (new.sections[1].id, "2")
    taker = next(c for c in result.sections if c.new_number == "2")
    assert taker.merged_from == [(old.sections[2].id, "3")]


@pytest.mark.corpus
def test_unrelated_documents_complete_and_read_as_replaced(
    seed_path: Path, histories_dir: Path
) -> None:
    seed = _seed(seed_path)
    spotify = import_file(sorted((histories_dir / "Spotify").glob("*.md"))[-1]).policy
    result = compare(seed, spotify)
    counts = result.counts()
    assert counts["added"] == len(list(walk(spotify))) - counts["modified"] - counts["unchanged"]
    # a Swedish and an English policy share almost nothing
    assert counts["modified"] + counts["unchanged"] <= 2
    assert counts["added"] > 0 and counts["removed"] > 0
    _assert_lossless(result)


def test_ignore_formatting_hides_typography_but_never_numbers_or_links() -> None:
    old = _doc(
        ("Rights", 'You may "object" - at any time - to **direct** marketing.'),
        ("Retention", "We keep logs for 30 days."),
        ("Cookies", "See [our cookie page](https://example.com/cookies-policy)."),
    )
    new = _doc(
        ("Rights", "You may \u201cobject\u201d \u2013 at\u00a0any  time \u2013 to direct marketing"
                   "."),
        ("Retention", "We keep logs for 90 days."),
        ("Cookies", "See [our cookie page](https://example.com/cookies\u2013policy)."),
    )
    plain = compare(old, new)
    assert _kinds(plain) == ["modified", "modified", "modified"]
    quiet = compare(old, new, ignore_formatting=True)
    assert _kinds(quiet) == ["unchanged", "modified", "modified"]
    assert quiet.sections[1].body.count((1, "90")) == 1
    _assert_lossless(quiet)
    # the formatting differences are still in the ops, so nothing is invented
    assert any(op != 0 for op, _ in quiet.sections[0].body)


def test_redline_marks_whole_words() -> None:
    old = _doc(("Use", "We collect your name and postal address."))
    new = _doc(("Use", "We collect your name and e-mail address."))
    assert compare(old, new).sections[0].body == [
        (0, "We collect your name and "),
        (-1, "postal"),
        (1, "e-mail"),
        (0, " address."),
    ]
    new = _doc(("Use", "We collect your name, phone number and e-mail address."))
    _assert_whole_words(compare(old, new).sections[0].body)


def test_title_and_preamble_changes_are_diffed() -> None:
    old = _doc(*SECTIONS)
    new = old.clone()
    old.preamble = "This policy applies from 1 May."
    new.preamble = "This policy applies from 1 June."
    new.title = "Privacy notice"
    result = compare(old, new)
    expected = [(0, "This policy applies from 1 "), (-1, "May"), (1, "June"), (0, ".")]
    assert result.preamble == expected
    assert new_text(result.title) == "Privacy notice" and old_text(result.title) == "T"


def test_huge_section_without_headings_gives_a_local_redline() -> None:
    # a long policy with no headings: one section of ~2,000 paragraphs
    vocabulary = [
        "data", "we", "our", "you", "controller", "processor", "share", "keep", "delete", "request",
    ]
    paragraphs = [
        " ".join(vocabulary[(i * 7 + k * 3) % len(vocabulary)] for k in range(40)) + f" {i}."
        for i in range(2000)
    ]
    old = Policy(sections=[Section("", "\n\n".join(paragraphs))])
    edited = list(paragraphs)
    edited[10] = edited[10].replace("controller", "joint controller", 1)
    edited[1500] = edited[1500].replace(" 1500.", " 1500, and never sell it.")
    del edited[700]
    new = Policy(sections=[Section("", "\n\n".join(edited))])
    result = compare(old, new)
    _assert_lossless(result)
    changed = [(op, text) for op, text in result.sections[0].body if op != 0]
    assert changed == [
        (1, "joint "),
        (-1, paragraphs[700] + "\n\n"),
        (1, ", and never sell it"),
    ]
