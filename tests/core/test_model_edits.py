"""Policy model and its invertible edits (DESIGN.md §3)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core import edits
from policyeditor.core.canonical import fingerprint
from policyeditor.core.edits import EditError
from policyeditor.core.model import Policy, Section, find, iter_sections, numbers, walk


def sample() -> Policy:
    return Policy(
        title="Policy",
        sections=[
            Section("A", "a", [Section("A1", "a1"), Section("A2", "a2", [Section("A2x", "x")])]),
            Section("B", "b"),
            Section("C", "c", [Section("C1", "c1")]),
        ],
    )


def snapshot(policy: Policy) -> tuple[object, ...]:
    """Everything an inverse must restore, ids included."""
    return (fingerprint(policy), [(r.section.id, r.number) for r in walk(policy)])


def test_numbers_follow_position() -> None:
    policy = sample()
    assert [r.number for r in walk(policy)] == ["1", "1.1", "1.2", "1.2.1", "2", "3", "3.1"]
    by_heading = {r.section.heading: r.number for r in walk(policy)}
    assert by_heading["A2x"] == "1.2.1"


def test_ids_survive_moves_and_renumbering() -> None:
    policy = sample()
    b = policy.sections[1]
    edits.move_up(policy, b.id).apply(policy)
    assert numbers(policy)[b.id] == "1"
    assert find(policy, b.id).section is b


def test_indent_and_outdent_are_moves_with_exact_inverse() -> None:
    policy = sample()
    before = snapshot(policy)
    b = policy.sections[1]
    inverse = edits.indent(policy, b.id).apply(policy)
    assert numbers(policy)[b.id] == "1.3"
    inverse.apply(policy)
    assert snapshot(policy) == before
    c1 = policy.sections[2].children[0]
    edits.outdent(policy, c1.id).apply(policy)
    assert numbers(policy)[c1.id] == "4"


def test_remove_inverse_restores_whole_subtree_with_ids() -> None:
    policy = sample()
    before = snapshot(policy)
    inverse = edits.RemoveSection(policy.sections[0].id).apply(policy)
    assert [s.heading for s in policy.sections] == ["B", "C"]
    inverse.apply(policy)
    assert snapshot(policy) == before


def test_impossible_edits_change_nothing() -> None:
    policy = sample()
    before = snapshot(policy)
    a = policy.sections[0]
    with pytest.raises(EditError):
        edits.MoveSection(a.id, a.children[1].id, 0).apply(policy)  # into its own subtree
    with pytest.raises(EditError):
        edits.indent(policy, a.id)  # first at its level
    with pytest.raises(EditError):
        edits.outdent(policy, a.id)  # already top level
    with pytest.raises(EditError):
        edits.SetBody("no-such-id", "x").apply(policy)
    with pytest.raises(EditError):
        edits.InsertSection(None, 0, Section("dup", id=a.id)).apply(policy)
    with pytest.raises(EditError):
        edits.Compound([edits.SetTitle("new"), edits.SetBody("missing", "x")]).apply(policy)
    assert snapshot(policy) == before


def _random_edit(data: st.DataObject, policy: Policy) -> edits.Edit | None:
    ids = [s.id for s in iter_sections(policy.sections)]
    kind = data.draw(
        st.sampled_from(
            ["insert", "remove", "move", "indent", "outdent", "heading", "body", "preamble", "meta"]
        )
    )
    text = data.draw(st.text(max_size=20))
    try:
        if kind == "insert":
            parent = data.draw(st.sampled_from([None, *ids]))
            count = len(
                policy.sections if parent is None else find(policy, parent).section.children
            )
            return edits.InsertSection(
                parent, data.draw(st.integers(0, count)), Section(text, text)
            )
        if not ids:
            return edits.SetPreamble(text)
        target = data.draw(st.sampled_from(ids))
        if kind == "remove":
            return edits.RemoveSection(target)
        if kind == "move":
            return data.draw(st.sampled_from([edits.move_up, edits.move_down]))(policy, target)
        if kind == "indent":
            return edits.indent(policy, target)
        if kind == "outdent":
            return edits.outdent(policy, target)
        if kind == "heading":
            return edits.SetHeading(target, text)
        if kind == "body":
            return edits.SetBody(target, text)
        if kind == "meta":
            return edits.SetMetadata("organisation", data.draw(st.none() | st.just(text)))
        return edits.SetPreamble(text)
    except EditError:
        return None


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_undoing_every_edit_in_reverse_restores_the_policy_exactly(data: st.DataObject) -> None:
    policy = sample()
    states = [snapshot(policy)]
    inverses = []
    for _ in range(data.draw(st.integers(1, 12))):
        edit = _random_edit(data, policy)
        if edit is None:
            continue
        inverses.append(edit.apply(policy))
        states.append(snapshot(policy))
    for inverse in reversed(inverses):
        states.pop()
        redo = inverse.apply(policy)
        assert snapshot(policy) == states[-1]
        # redoing the undo gets the later state back too
        redo.apply(policy).apply(policy)
        assert snapshot(policy) == states[-1]
