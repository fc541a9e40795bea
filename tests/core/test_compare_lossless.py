"""Diff ops are lossless and every section is reported exactly once.

Over random edits (hypothesis) and over every consecutive pair of the real
policy histories in the corpus.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.compare import compare
from policyeditor.core.compare.noise import token_key
from policyeditor.core.compare.result import Comparison, new_text, old_text
from policyeditor.core.compare.tokens import TokenMap
from policyeditor.core.compare.worddiff import diff_words
from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, Section, walk

# Words, spaces of several kinds, line and paragraph breaks, punctuation,
# typographic quotes and dashes, Markdown markers, and characters outside
# the Basic Multilingual Plane.
PIECES = [
    "data", "personuppgifter", "we", "not", "inte", "Spotify", "30", "dagar", "e-mail",
    " ", "  ", "\u00a0", "\n", "\n\n", "\t", ".", ",", ";", "\u201c", "\u201d", "\u2013",
    "**", "_", "[link](https://example.com/a_b)", "\U0001f600", "é", "\u0301",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@st.composite
def edited_pair(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a copy with random insertions, deletions and replacements."""
    old = draw(texts)
    new = old
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(new)))
        end = draw(st.integers(start, min(len(new), start + 12)))
        new = new[:start] + draw(texts) + new[end:]
    return old, new


def _check(ops: list[tuple[int, str]], old: str, new: str) -> None:
    assert old_text(ops) == old
    assert new_text(ops) == new
    assert all(text for _, text in ops)  # no empty ops


@settings(max_examples=150, deadline=None)
@given(edited_pair())
def test_word_diff_is_lossless(pair: tuple[str, str]) -> None:
    old, new = pair
    _check(diff_words(old, new, TokenMap()), old, new)
    _check(diff_words(old, new, TokenMap(token_key)), old, new)


@settings(max_examples=25, deadline=None)
@given(st.lists(edited_pair(), min_size=20, max_size=40))
def test_long_text_split_at_paragraphs_is_lossless(pairs: list[tuple[str, str]]) -> None:
    # long enough to take the paragraph / line / sentence pre-split path
    old = "\n\n".join(p[0] + " Sentence one. Sentence two." for p in pairs)
    new = "\n\n".join(p[1] + " Sentence one. Sentence two!" for p in pairs)
    _check(diff_words(old, new, TokenMap()), old, new)


def _assert_covered_and_lossless(result: Comparison, old: Policy, new: Policy) -> None:
    old_ids = [c.old_id for c in result.sections if c.old_id is not None]
    new_ids = [c.new_id for c in result.sections if c.new_id is not None]
    assert sorted(old_ids) == sorted(ref.section.id for ref in walk(old))
    # reading order of the new version
    assert new_ids == [ref.section.id for ref in walk(new)]
    for change in result.sections:
        before, after = change.old_section, change.new_section
        assert old_text(change.heading) == (before.heading if before else "")
        assert old_text(change.body) == (before.body if before else "")
        assert new_text(change.heading) == (after.heading if after else "")
        assert new_text(change.body) == (after.body if after else "")
        if change.change == "unchanged" and not result.ignore_formatting:
            assert all(op == 0 for op, _ in change.heading + change.body)
    assert old_text(result.preamble) == old.preamble
    assert new_text(result.preamble) == new.preamble
    assert old_text(result.title) == old.title and new_text(result.title) == new.title


@st.composite
def edited_policy(draw: st.DrawFn) -> tuple[Policy, Policy]:
    """A policy and a revision: sections edited, removed, inserted, shuffled, nested."""
    sections = [Section(h, b) for h, b in draw(st.lists(st.tuples(texts, texts), max_size=8))]
    old = Policy(title="T", sections=sections)
    new = old.clone()
    rng = random.Random(draw(st.integers(0, 10_000)))
    for _ in range(draw(st.integers(0, 5))):
        action = rng.choice(["edit", "remove", "insert", "move", "nest"])
        top = new.sections
        if action == "insert" or not top:
            top.insert(rng.randint(0, len(top)), Section(draw(texts), draw(texts)))
        elif action == "edit":
            target = rng.choice(top)
            target.body = draw(edited_pair())[1] + target.body
        elif action == "remove":
            top.pop(rng.randrange(len(top)))
        elif action == "move":
            top.insert(rng.randint(0, len(top) - 1), top.pop(rng.randrange(len(top))))
        elif len(top) > 1:
            child = top.pop(rng.randrange(1, len(top)))
            top[0].children.append(child)
    if draw(st.booleans()):
        # as if imported from a file: no shared ids
        for ref in walk(new):
            ref.section.id = "x" + ref.section.id
    return old, new


@settings(max_examples=80, deadline=None)
@given(edited_policy(), st.booleans())
def test_compare_covers_every_section_once(pair: tuple[Policy, Policy], quiet: bool) -> None:
    old, new = pair
    _assert_covered_and_lossless(compare(old, new, ignore_formatting=quiet), old, new)


def _history_pairs(histories_dir: Path) -> list[tuple[Path, Path]]:
    pairs: list[tuple[Path, Path]] = []
    for folder in sorted(p for p in histories_dir.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.md"))
        pairs.extend(itertools.pairwise(files))
    return pairs


@pytest.mark.corpus
def test_every_consecutive_corpus_pair(histories_dir: Path) -> None:
    pairs = _history_pairs(histories_dir)
    assert len(pairs) > 100
    cache: dict[Path, Policy] = {}

    def load(path: Path) -> Policy:
        if path not in cache:
            cache[path] = import_file(path).policy
        return cache[path]

    for old_path, new_path in pairs:
        old, new = load(old_path), load(new_path)
        result = compare(old, new)
        _assert_covered_and_lossless(result, old, new)
    # and the same-text case of the last pair: nothing changes
    same = compare(load(pairs[-1][1]), import_file(pairs[-1][1]).policy)
    assert {c.change for c in same.sections} <= {"unchanged"}
    assert not any(c.moved for c in same.sections)


def test_diff_stays_exact_when_the_token_codes_run_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from policyeditor.core.compare import tokens as token_module

    monkeypatch.setattr(token_module, "_MAX_CODE", 60)
    shared = TokenMap()
    diff_words("filler " * 3 + " ".join(f"x{i}" for i in range(40)), "other", shared)
    # the shared map is nearly full: this pair gets a fresh one, still exact
    old = "We keep data for 30 days and then delete it."
    new = "We keep data for 90 days and then delete it."
    ops = diff_words(old, new, shared)
    _check(ops, old, new)
    assert (1, "90") in ops
    # a pair too varied even for a fresh map is shown replaced, losslessly
    huge_old = " ".join(f"a{i}" for i in range(80))
    huge_new = " ".join(f"b{i}" for i in range(80))
    assert diff_words(huge_old, huge_new, shared) == [(-1, huge_old), (1, huge_new)]


@st.composite
def insertions_and_removals(draw: st.DrawFn) -> tuple[Policy, Policy]:
    """A two-level policy and a revision that only inserts and removes sections."""
    rng = random.Random(draw(st.integers(0, 10_000)))
    old = Policy(sections=[
        Section(f"S{i}", f"body {i}", [
            Section(f"S{i}.{k}", f"sub {i} {k}") for k in range(rng.randint(0, 3))
        ])
        for i in range(rng.randint(1, 8))
    ])
    new = old.clone()
    for _ in range(rng.randint(1, 6)):
        parent = rng.choice([None, *new.sections])
        siblings = new.sections if parent is None else parent.children
        if siblings and rng.random() < 0.5:
            siblings.pop(rng.randrange(len(siblings)))
        else:
            siblings.insert(rng.randint(0, len(siblings)), Section("new", "inserted text"))
    return old, new


@settings(max_examples=60, deadline=None)
@given(insertions_and_removals())
def test_renumbering_by_insertions_and_removals_is_never_a_move(
    pair: tuple[Policy, Policy],
) -> None:
    old, new = pair
    result = compare(old, new)
    assert not any(change.moved for change in result.sections)
    assert {c.change for c in result.sections} <= {"added", "removed", "unchanged"}
