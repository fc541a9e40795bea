"""Comments stay on their words while the text around them is edited, and undo is exact."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.comments.anchor import BodyMapping, locate
from policyeditor.core.comments.edits import (
    AddComment,
    AddReply,
    RemoveComment,
    SetResolved,
)
from policyeditor.core.edits import SetBody
from policyeditor.core.model import Comment, Policy, Reply, Section

BODY = "Vi delar dina personuppgifter med våra leverantörer av IT-tjänster."


def _policy(quote: str = "personuppgifter") -> tuple[Policy, Section, Comment]:
    start = BODY.index(quote)
    comment = Comment(author="Anna", quote=quote, text="Vilka?",
                      anchor=(start, start + len(quote)))
    section = Section(heading="Mottagare", body=BODY, comments=[comment])
    return Policy(sections=[section]), section, comment


def _quoted(section: Section) -> str:
    comment = section.comments[0]
    assert comment.anchor is not None
    return section.body[comment.anchor[0]:comment.anchor[1]]


def test_text_typed_before_and_after_moves_the_anchor_not_the_words() -> None:
    policy, section, comment = _policy()
    SetBody(section.id, "Nu: " + BODY.replace("våra", "alla våra")).apply(policy)
    assert _quoted(section) == "personuppgifter" == comment.quote
    assert not comment.detached


def test_typing_at_the_edges_stays_outside_and_inside_grows() -> None:
    policy, section, _comment = _policy()
    SetBody(section.id, BODY.replace("personuppgifter", "xpersonuppgifterx")).apply(policy)
    assert _quoted(section) == "personuppgifter"
    SetBody(section.id, section.body.replace("personuppgifter", "person- och uppgifter")
            ).apply(policy)
    assert _quoted(section) == "person- och uppgifter"


def test_a_quote_partly_replaced_takes_in_the_new_words() -> None:
    policy, section, _comment = _policy("dina personuppgifter")
    SetBody(section.id, BODY.replace("personuppgifter", "kontaktuppgifter")).apply(policy)
    # the semantic diff keeps the shared "uppgifter": the quote is the edited phrase
    assert _quoted(section) == "dina kontaktuppgifter"
    policy, section, _comment = _policy("delar dina")
    SetBody(section.id, BODY.replace("dina", "era")).apply(policy)
    assert _quoted(section) == "delar era"
    SetBody(section.id, section.body.replace("delar ", "")).apply(policy)
    assert _quoted(section) == "era"


def test_a_quote_wholly_deleted_is_detached_and_undo_reattaches_it() -> None:
    policy, section, comment = _policy()
    inverse = SetBody(section.id, BODY.replace(" dina personuppgifter", "")).apply(policy)
    assert comment.detached and comment.anchor is None
    assert comment.quote == "personuppgifter"  # still listed with the words it was on
    SetBody(section.id, BODY).apply(policy)  # typing them again does not re-attach
    assert comment.detached
    policy, section, comment = _policy()
    inverse = SetBody(section.id, BODY.replace("personuppgifter", "data")).apply(policy)
    assert comment.detached
    inverse.apply(policy)
    assert not comment.detached and _quoted(section) == "personuppgifter"


def test_an_unplaced_comment_is_placed_on_its_quote_first() -> None:
    section = Section(body="Ett  två\ntre. Två tre.", comments=[
        Comment(quote="två tre", text="?")])
    policy = Policy(sections=[section])
    SetBody(section.id, "Noll. " + section.body).apply(policy)
    assert _quoted(section) == "två\ntre"
    assert locate("a b a b", "a  b", near=3) == (4, 7)


def test_comment_edits_undo_exactly() -> None:
    policy, section, comment = _policy()
    before = copy.deepcopy(section.comments)
    second = Comment(author="Bo", quote="leverantörer", text="Vilka leverantörer?")
    undo_add = AddComment(section.id, second).apply(policy)
    undo_reply = AddReply(section.id, comment.id, Reply("Bo", "2026-01-01", "Se bilaga.")
                          ).apply(policy)
    undo_resolve = SetResolved(section.id, comment.id, True).apply(policy)
    assert comment.resolved and comment.replies[0].text == "Se bilaga."
    undo_remove = RemoveComment(section.id, comment.id).apply(policy)
    assert [c.id for c in section.comments] == [second.id]
    for undo in (undo_remove, undo_resolve, undo_reply, undo_add):
        undo.apply(policy)
    assert section.comments == before
    assert not section.comments[0].resolved and not section.comments[0].replies


_BEFORE = st.text(alphabet="xy\n", max_size=30)
_AFTER = st.text(alphabet="uv ", max_size=30)


# The quote's letters are not in the text around it and the texts before and
# after it share no character, so the diff has one way to align them (a text moved across the
# quote is another story: a minimal diff may keep the moved text instead).
@settings(deadline=None)  # no time limits in tests: a slow machine is no failure
@given(_BEFORE, _AFTER, _BEFORE, _AFTER, st.text(alphabet="ab \n", min_size=1, max_size=10))
def test_words_untouched_by_an_edit_keep_their_comment(
        before: str, after: str, new_before: str, new_after: str, quote: str) -> None:
    """Edits outside the quoted words never move the comment off them."""
    if not quote.strip():
        quote = "a" + quote
    old = before + "|" + quote + "|" + after
    new = new_before + "|" + quote + "|" + new_after
    start = len(before) + 1
    mapped = BodyMapping(old, new).map(start, start + len(quote))
    assert mapped is not None
    assert new[mapped[0]:mapped[1]] == quote


@settings(deadline=None)
@given(st.text(alphabet="ab c\n", max_size=40), st.text(alphabet="ab c\n", max_size=40),
       st.integers(0, 40), st.integers(1, 40))
def test_a_mapped_anchor_is_always_a_valid_non_blank_span(
        old: str, new: str, start: int, length: int) -> None:
    end = min(start + length, len(old))
    mapped = BodyMapping(old, new).map(start, end)
    if mapped is not None:
        assert 0 <= mapped[0] < mapped[1] <= len(new)
        assert new[mapped[0]:mapped[1]].strip()


def test_comments_follow_their_section_into_an_imported_revision() -> None:
    from policyeditor.core.idmatch import carry_over_ids

    policy, section, comment = _policy()
    gone = Comment(author="Bo", quote="IT-tjänster", text="Vilka?",
                   anchor=(BODY.index("IT-tjänster"), len(BODY) - 1))
    section.comments.append(gone)
    revised_body = "Vi delar alltid dina personuppgifter med våra leverantörer."
    revision = Policy(sections=[Section(heading="Mottagare", body=revised_body)])
    result = carry_over_ids(policy, revision)
    (revised,) = result.sections
    assert revised.id == section.id
    kept, detached = revised.comments
    assert kept.id == comment.id and kept.anchor is not None
    assert revised_body[slice(*kept.anchor)] == "personuppgifter"
    assert detached.detached and detached.quote == "IT-tjänster"
    assert section.comments[1].detached is False  # the existing draft is left as it was


def test_an_anchor_that_no_longer_reads_as_its_quote_gives_way_to_the_quote() -> None:
    from policyeditor.core.comments.anchor import placed

    body = "data och data och data"
    comment = Comment(quote="data", anchor=(9, 13))
    assert placed(comment, body) == (9, 13)
    comment.anchor = (10, 14)  # the file was edited elsewhere: these are "ata "
    assert placed(comment, body) == (9, 13)
    comment.anchor = (400, 404)  # beyond the text
    assert placed(comment, body) == (18, 22)
