"""Accepting and rejecting changes builds the document the decisions describe.

Accept all gives the new version, reject all the old one (texts, structure
and ids), and any mix is consistent: each word group reads as decided,
sections are present or absent as decided, ids are unique and kept.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core import edits
from policyeditor.core.compare import compare
from policyeditor.core.importing import import_file
from policyeditor.core.merge.build import build_policy, decisions_for
from policyeditor.core.merge.changes import ACCEPT, REJECT, list_changes, resolve_ops
from policyeditor.core.merge.draft_edits import draft_edits
from policyeditor.core.model import Policy, Section, iter_sections, walk


def shape(sections: list[Section], ids: bool = True) -> list[object]:
    """The tree as nested tuples of (id, heading, body, children)."""
    return [
        (s.id if ids else "", s.heading, s.body, shape(s.children, ids)) for s in sections
    ]


def same_document(a: Policy, b: Policy, *, ids: bool = True) -> None:
    assert a.title == b.title
    assert a.language == b.language
    assert a.metadata == b.metadata
    assert a.preamble == b.preamble
    assert shape(a.sections, ids) == shape(b.sections, ids)


def by_number(policy: Policy) -> dict[str, Section]:
    return {ref.number: ref.section for ref in walk(policy)}


@pytest.fixture
def seed(seed_path: Path) -> Policy:
    return import_file(seed_path).policy


def revised(seed: Policy) -> Policy:
    """The seed with changes in several sections, a new and a removed section, a move."""
    new = seed.clone()
    n = by_number(new)
    n["6"].body = n["6"].body.replace("Vi delar inte", "Vi delar")
    n["5"].body += "\n\nVi sparar dina uppgifter i 36 månader."
    n["2"].heading = n["2"].heading + " och ändamål"
    edits.move_down(new, n["1.2.4"].id).apply(new)
    removed = new.sections[-2]
    edits.RemoveSection(removed.id).apply(new)
    new.sections.append(Section(heading="Överföring till tredje land", body="Till USA."))
    new.metadata["last_changed"] = "2026-12-04"
    new.title = new.title + " (utkast)"
    return new


def test_accept_all_gives_the_new_version_with_old_ids(seed: Policy) -> None:
    new = revised(seed)
    c = compare(seed, new)
    built = build_policy(c, decisions_for(list_changes(c), ACCEPT))
    same_document(built, new)  # the revision kept the ids, so they are the same


def test_reject_all_gives_the_old_version(seed: Policy) -> None:
    c = compare(seed, revised(seed))
    built = build_policy(c, decisions_for(list_changes(c), REJECT))
    same_document(built, seed)


def test_reject_all_with_fresh_ids_keeps_old_ids(seed: Policy) -> None:
    new = revised(seed)
    for section in iter_sections(new.sections):
        section.id = section.id[::-1]  # an import from elsewhere: no shared ids
    c = compare(seed, new)
    same_document(build_policy(c, decisions_for(list_changes(c), REJECT)), seed)
    accepted = build_policy(c, decisions_for(list_changes(c), ACCEPT))
    same_document(accepted, new, ids=False)
    old_ids = {s.id for s in iter_sections(seed.sections)}
    kept = [s.id for s in iter_sections(accepted.sections) if s.id in old_ids]
    assert len(kept) == len(list(iter_sections(accepted.sections))) - 1  # all but the new one


def test_one_rejected_word_group_the_rest_accepted(seed: Policy) -> None:
    new = revised(seed)
    c = compare(seed, new)
    changes = list_changes(c)
    inte = next(ch for ch in changes if ch.kind == "text" and "inte" in ch.old)
    decisions = decisions_for(changes, ACCEPT) | {inte.key: REJECT}
    built = build_policy(c, decisions)
    expected = new.clone()
    expected_6 = by_number(expected)["6"]
    expected_6.body = expected_6.body.replace("Vi delar", "Vi delar inte", 1)
    same_document(built, expected)


def test_section_level_decisions(seed: Policy) -> None:
    new = revised(seed)
    c = compare(seed, new)
    changes = list_changes(c)
    kinds = {ch.kind for ch in changes}
    assert {"added", "removed", "moved", "text", "title", "metadata"} <= kinds
    decisions = decisions_for(changes, ACCEPT)
    for ch in changes:
        if ch.kind in ("added", "removed", "moved"):
            decisions[ch.key] = REJECT
    built = build_policy(c, decisions)
    headings = [ref.section.heading for ref in walk(built)]
    assert "Överföring till tredje land" not in headings  # added, rejected
    assert seed.sections[-2].heading in headings  # removed, rejected: kept
    old_order = [s.id for s in seed.sections]
    assert [s.id for s in built.sections] == old_order  # moves rejected: old places


def test_undecided_changes_read_as_the_new_side(seed: Policy) -> None:
    new = revised(seed)
    c = compare(seed, new)
    same_document(build_policy(c, {}), new)
    same_document(build_policy(c, {}, default=REJECT), seed)


def test_keys_survive_recomputing_after_rejecting_one(seed: Policy) -> None:
    new = revised(seed)
    c = compare(seed, new)
    changes = list_changes(c)
    inte = next(ch for ch in changes if ch.kind == "text" and "inte" in ch.old)
    built = build_policy(c, {inte.key: REJECT})
    again = {ch.key for ch in list_changes(compare(seed, built))}
    assert again == {ch.key for ch in changes} - {inte.key}


def test_draft_edits_are_one_exact_undoable_step(seed: Policy) -> None:
    new = revised(seed)
    c = compare(seed, new)
    for decision in (ACCEPT, REJECT):
        built = build_policy(c, decisions_for(list_changes(c), decision))
        draft = new.clone()
        step = edits.Compound(draft_edits(draft, built))
        inverse = step.apply(draft)
        same_document(draft, built)
        inverse.apply(draft)
        same_document(draft, new)
    text_only = new.clone()
    by_number(text_only)["6"].body = "Ändrad."
    ops = draft_edits(new, text_only)
    assert [type(op).__name__ for op in ops] == ["SetBody"]
    assert draft_edits(new, new.clone()) == []


def test_resolve_ops_groups() -> None:
    ops = [(0, "a "), (-1, "b"), (1, "c"), (0, " d "), (1, "e")]
    assert resolve_ops(ops, {}) == "a c d e"
    assert resolve_ops(ops, {1: False, 4: False}) == "a b d "
    assert resolve_ops(ops, {1: False}) == "a b d e"


# -- random documents and revisions ------------------------------------------------

WORDS = ["data", "vi", "inte", "delar", "sparar", "30", "dagar", "kunder", "USA", "och"]


def random_text(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def random_policy(rng: random.Random) -> Policy:
    def sections(depth: int) -> list[Section]:
        out = []
        for _ in range(rng.randint(0 if depth else 1, 3 if depth < 2 else 0)):
            out.append(Section(heading=random_text(rng, rng.randint(1, 3)),
                               body=random_text(rng, rng.randint(0, 12)),
                               children=sections(depth + 1)))
        return out

    return Policy(title=random_text(rng, 2), preamble=random_text(rng, 5),
                  metadata={"last_changed": "2021-01-24"}, sections=sections(0))


def random_revision(rng: random.Random, old: Policy) -> Policy:
    new = old.clone()
    for _ in range(rng.randint(0, 6)):
        refs = list(walk(new))
        action = rng.choice(["body", "heading", "add", "remove", "move", "indent", "meta"])
        if not refs or action == "add":
            parent = rng.choice([None, *[r.section for r in refs]])
            siblings = new.sections if parent is None else parent.children
            siblings.insert(rng.randint(0, len(siblings)),
                            Section(heading=random_text(rng, 2), body=random_text(rng, 6)))
            continue
        ref = rng.choice(refs)
        try:
            if action == "body":
                words = ref.section.body.split(" ")
                words.insert(rng.randint(0, len(words)), rng.choice(WORDS))
                if len(words) > 2:
                    words.pop(rng.randrange(len(words)))
                ref.section.body = " ".join(words)
            elif action == "heading":
                ref.section.heading = random_text(rng, 2)
            elif action == "remove":
                edits.RemoveSection(ref.section.id).apply(new)
            elif action == "move":
                rng.choice([edits.move_up, edits.move_down])(new, ref.section.id).apply(new)
            elif action == "indent":
                rng.choice([edits.indent, edits.outdent])(new, ref.section.id).apply(new)
            else:
                new.metadata["last_changed"] = "2026-12-04"
                new.title = random_text(rng, 2)
        except edits.EditError:
            pass
    return new


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32 - 1), st.booleans())
def test_accept_all_and_reject_all_on_random_revisions(seed_value: int, fresh: bool) -> None:
    rng = random.Random(seed_value)
    old = random_policy(rng)
    new = random_revision(rng, old)
    if fresh:
        for section in iter_sections(new.sections):
            section.id = "x" + section.id
    c = compare(old, new)
    changes = list_changes(c)
    same_document(build_policy(c, decisions_for(changes, REJECT)), old)
    accepted = build_policy(c, decisions_for(changes, ACCEPT))
    # Ids are compared loosely: a section removed and another added with the same
    # text are matched by content, and the match keeps the old id.
    same_document(accepted, new, ids=False)
    expected_ids = {row.old_id if row.old_id else row.new_id
                    for row in c.sections if row.new_id is not None}
    assert {s.id for s in iter_sections(accepted.sections)} == expected_ids


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_any_mix_is_consistent(seed_value: int) -> None:
    rng = random.Random(seed_value)
    old = random_policy(rng)
    new = random_revision(rng, old)
    c = compare(old, new)
    changes = list_changes(c)
    decisions = {ch.key: rng.choice([ACCEPT, REJECT]) for ch in changes}
    built = build_policy(c, decisions)
    ids = [s.id for s in iter_sections(built.sections)]
    assert len(ids) == len(set(ids))
    present = set(ids)
    old_ids = {s.id for s in iter_sections(old.sections)}
    texts: dict[str, dict[int, bool]] = {}
    for ch in changes:
        accepted = decisions[ch.key] == ACCEPT
        row = c.sections[ch.section] if ch.section >= 0 else None
        if ch.kind == "added":
            assert row is not None and row.new_section is not None
            in_result = any(
                s.heading == row.new_section.heading and s.body == row.new_section.body
                and s.id not in old_ids for s in iter_sections(built.sections))
            assert in_result or not accepted
            if accepted:
                assert in_result
        elif ch.kind == "removed":
            assert row is not None and row.old_id is not None
            assert (row.old_id in present) == (not accepted)
        elif ch.kind == "text":
            texts.setdefault(f"{ch.section}/{ch.part}", {})[ch.start] = accepted
    for index, row in enumerate(c.sections):
        if row.old_section is None or row.new_section is None:
            continue
        assert row.old_section.id in present  # matched sections are always kept, old id
        section = next(s for s in iter_sections(built.sections) if s.id == row.old_section.id)
        if row.change == "modified":
            assert section.heading == resolve_ops(row.heading, texts.get(f"{index}/heading", {}))
            assert section.body == resolve_ops(row.body, texts.get(f"{index}/body", {}))
    # applying it to the new side as one edit and undoing it is exact
    draft = new.clone()
    inverse = edits.Compound(draft_edits(draft, built)).apply(draft)
    same_document(draft, built)
    inverse.apply(draft)
    same_document(draft, new)
