"""Any diff of two Markdown texts becomes paragraphs whose accept/reject views are exact.

The writer's core, checked on generated texts (lines, list markers, emphasis,
tables, blank lines, edits anywhere) with Word's rule applied to the
paragraph model: drop the other side's runs, join a paragraph whose mark is
gone to the next.
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.compare.result import DiffOp
from policyeditor.core.wordexport.tracked.markdown_lines import (
    BOLD,
    ITALIC,
    markdown_paragraphs,
    parse_line,
)
from policyeditor.core.wordexport.tracked.paragraphs import Paragraph, tracked_paragraphs

PIECES = ["a", "bc", " ", "\n", "\n\n", "- ", "* ", "1. ", "**", "*", "_", "`", "|", "---",
          "[x](y)", "> ", "\\*", "ö"]
texts = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def view(paragraphs: list[Paragraph], side: str) -> list[str]:
    result: list[str] = []
    pending = ""
    gone = {"new": ("del", "moveFrom"), "old": ("ins", "moveTo")}[side]
    for paragraph in paragraphs:
        pending += paragraph.view_text(side)  # type: ignore[arg-type]
        if paragraph.mark in gone:
            continue
        result.append(pending)
        pending = ""
    if pending:
        result.append(pending)
    return [text for text in result if text]


def diff(old: str, new: str) -> list[DiffOp]:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    return [(op, text) for op, text in engine.diff_main(old, new)]


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_accepting_gives_the_new_lines_and_rejecting_the_old(old: str, new: str) -> None:
    paragraphs = tracked_paragraphs(diff(old, new))
    assert view(paragraphs, "new") == markdown_paragraphs(new)
    assert view(paragraphs, "old") == markdown_paragraphs(old)


@settings(max_examples=100, deadline=None)
@given(texts)
def test_a_text_placed_on_one_side_only_is_wholly_that_side(text: str) -> None:
    for placement, moved, side, other in (("new", False, "new", "old"),
                                          ("old", True, "old", "new")):
        paragraphs = tracked_paragraphs([(0, text)], placement=placement, moved=moved)  # type: ignore[arg-type]
        assert view(paragraphs, side) == markdown_paragraphs(text)
        assert view(paragraphs, other) == []


def test_a_deleted_line_is_a_deleted_paragraph_with_its_mark() -> None:
    paragraphs = tracked_paragraphs([(0, "Intro\n\n- a"), (-1, "\n- b"), (0, "\n\nEnd")])
    bullet_b = next(p for p in paragraphs if p.view_text("old") == "b")
    assert bullet_b.mark == "del" and [r.mark for r in bullet_b.runs] == ["del"]
    assert bullet_b.block.kind == "bullet"


def test_emphasis_is_run_formatting_and_markers_are_not_text() -> None:
    block, shown = parse_line("- **Viktigt:** vi *delar* inte")
    assert block.kind == "bullet"
    text = "".join(v[1] for v in shown if v is not None)
    assert text == "Viktigt: vi delar inte"
    bold = "".join(v[1] for v in shown if v is not None and v[0] & BOLD)
    italic = "".join(v[1] for v in shown if v is not None and v[0] & ITALIC)
    assert (bold, italic) == ("Viktigt:", "delar")


def test_a_line_that_stops_being_a_list_item_is_a_tracked_restyle() -> None:
    paragraphs = tracked_paragraphs([(0, "Intro\n"), (-1, "- "), (0, "item")])
    item = paragraphs[-1]
    assert item.view_text("new") == "item" and item.view_text("old") == "item"
    assert item.block.kind == "p"  # as it reads now
    assert item.old_block is not None and item.old_block.kind == "bullet"  # what reject restores
