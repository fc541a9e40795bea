"""The redline with decisions on it: markers become well-formed marks and anchors.

Decided changes read as their outcome (kept words tinted, dropped words muted
and struck), undecided ones keep their insertion and deletion marks, and every
change that has words on a side is anchored there, start and end.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.compare import compare
from policyeditor.core.merge.changes import ACCEPT, REJECT, Decision, list_changes
from policyeditor.core.merge.preview import (
    change_anchor,
    change_end_anchor,
    change_space_anchor,
    decided_comparison,
    finish_html,
)
from policyeditor.core.model import Policy, Section
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.panes import INLINE, NEW, OLD, RenderOptions, redline_html
from tests.core.test_merge_decisions import random_policy, random_revision

PRIVATE = re.compile("[\U000f0000-\U000fffff]")


def render(policy_old: Policy, policy_new: Policy, decide: dict[int, Decision], side: str
           ) -> str:
    c = compare(policy_old, policy_new)
    changes = list_changes(c)
    decisions = {changes[i].key: d for i, d in decide.items()}
    shown = decided_comparison(c, changes, decisions)
    return finish_html(redline_html(shown, side, RenderOptions(collapse_unchanged=False)))


def pair() -> tuple[Policy, Policy]:
    old = Policy(title="Policy", sections=[
        Section(heading="Delning", body="Vi delar inte data.\n\n- med partner\n- med USA"),
    ])
    new = old.clone()
    new.sections[0].body = "Vi delar data.\n\n- med partner\n- med Kina"
    return old, new


def test_decided_changes_read_as_their_outcome() -> None:
    old, new = pair()
    changes = list_changes(compare(old, new))
    assert [c.old for c in changes] == ["inte ", "USA"]
    html = render(old, new, {0: REJECT, 1: ACCEPT}, INLINE)
    assert not PRIVATE.search(html)
    assert f'background-color:{PALETTE.rejected_background}">inte' in html
    assert "line-through\">USA</span>" in html
    assert f'background-color:{PALETTE.accepted_background}">Kina</span>' in html
    assert "<del>" not in html.split("</p>", 2)[-1]  # no deletion mark left in the body
    assert html.count("<li>") == 2  # list items stay list items


def test_undecided_changes_keep_their_marks_and_every_change_is_anchored() -> None:
    old, new = pair()
    html = render(old, new, {}, INLINE)
    assert "<del>" in html and "<ins>" in html
    # a change after a space is anchored on that space (Qt would split its first word)
    assert f'delar<a name="{change_space_anchor(0)}"> </a><del>inte' in html
    assert f'<a name="{change_anchor(1)}"></a>' in html or change_space_anchor(1) in html
    for number in (0, 1):
        assert f'<a name="{change_end_anchor(number)}"></a>' in html
    # the old pane has the deleted "inte", the new pane does not
    assert change_space_anchor(0) in render(old, new, {}, OLD)
    assert change_space_anchor(0) not in render(old, new, {}, NEW)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_no_marker_is_ever_left_in_the_html(seed_value: int) -> None:
    rng = random.Random(seed_value)
    old = random_policy(rng)
    new = random_revision(rng, old)
    count = len(list_changes(compare(old, new)))
    decide: dict[int, Decision] = {
        i: rng.choice([ACCEPT, REJECT]) for i in range(count) if rng.random() < 0.6}
    for side in (INLINE, OLD, NEW):
        html = render(old, new, decide, side)
        assert not PRIVATE.search(html)
        assert html.count("<span") == html.count("</span>")
