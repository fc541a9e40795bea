"""Which words a new comment is on: the selection in the section editor or in a compare pane.

In the editor the selection is already offsets in the section body. In the
compare view a pane shows rendered text: the section is the one whose change
anchor (``c<index>``) comes last before the selection, and the words are
looked up in the draft's text of that section (the comment goes on the draft,
which carries it into the next version). Words the draft no longer has (a
deleted passage seen on the old side) still make a comment on that section,
quoting them, placed on no words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor

from policyeditor.core.comments.anchor import locate
from policyeditor.core.compare.result import Comparison
from policyeditor.ui.comments.highlight import py_offset

#: Qt's paragraph separator in ``QTextCursor.selectedText()``.
_PARAGRAPH = "\u2029"


@dataclass(frozen=True)
class Target:
    """Where a new comment goes: section id, quoted words, their span (None: not found)."""

    section_id: str
    quote: str
    span: tuple[int, int] | None


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def editor_target(section_id: str, text: str, cursor: QTextCursor) -> Target | None:
    """The words selected in the body field (None: nothing but blanks selected)."""
    start = py_offset(text, cursor.selectionStart())
    end = py_offset(text, cursor.selectionEnd())
    start, end = trimmed(text, start, end)
    if start >= end:
        return None
    return Target(section_id, text[start:end], (start, end))


def change_index(anchors: dict[str, int], position: int) -> int | None:
    """Index of the change whose anchor is the last one at or before ``position``."""
    best: tuple[int, int] | None = None  # (anchor position, index)
    for name, at in anchors.items():
        if (name[:1] == "c" and name[1:].isdigit() and at <= position
                and (best is None or at >= best[0])):
            best = (at, int(name[1:]))
    return best[1] if best is not None else None


def pane_target(comparison: Comparison, anchors: dict[str, int], cursor: QTextCursor,
                old_side: bool, draft_body: dict[str, str]) -> Target | None:
    """The draft section and words for a selection in a compare pane.

    ``draft_body`` maps the draft's section ids to their bodies; None when the
    selection is in no section, or in one the draft no longer has.
    """
    quote = " ".join(cursor.selectedText().replace(_PARAGRAPH, "\n").split())
    index = change_index(anchors, cursor.selectionStart())
    if not quote or index is None or index >= len(comparison.sections):
        return None
    change = comparison.sections[index]
    ids = [change.old_id, change.new_id] if old_side else [change.new_id, change.old_id]
    for section_id in ids:
        if section_id and section_id in draft_body:
            body = draft_body[section_id]
            span = locate(body, quote)
            return Target(section_id, body[span[0]:span[1]] if span else quote, span)
    return None
