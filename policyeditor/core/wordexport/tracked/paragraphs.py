"""Diff ops of one text turned into paragraphs of tracked runs.

Every ``\\n`` of the combined text (old and new characters interleaved as the
ops give them) ends a paragraph; the paragraph mark is tracked like the
newline it stands for, so Word's accept (a deleted mark joins its paragraph to
the next) rebuilds the new lines and reject the old ones. Each character is
then classified by what it is in each view, computed on that view's whole
line: text in both (unchanged), text in one (inserted or deleted), markup in
both (dropped). A paragraph with no text in either view is folded into the one
before it, its mark kept where either mark was (see :func:`_fold_empty`), so
blank lines never become empty Word paragraphs yet the texts stay exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from policyeditor.core.compare.result import DiffOp
from policyeditor.core.wordexport.tracked.markdown_lines import (
    Block,
    Visible,
    parse_line,
    plain_line,
)

# How a run or a paragraph mark is tracked.
Mark = Literal["eq", "ins", "del", "moveFrom", "moveTo"]
# Where a text stands: in both versions, only in the old or only in the new.
Placement = Literal["both", "old", "new"]
TextMode = Literal["markdown", "plain"]

_OLD_ONLY: frozenset[str] = frozenset({"del", "moveFrom"})
_NEW_ONLY: frozenset[str] = frozenset({"ins", "moveTo"})


@dataclass
class Run:
    """Consecutive characters tracked alike with the same emphasis."""

    mark: Mark
    text: str
    emphasis: int = 0


@dataclass
class Paragraph:
    """One Word paragraph: its block kind, runs and how its mark is tracked."""

    block: Block
    runs: list[Run] = field(default_factory=list)
    mark: Mark = "eq"
    style: str | None = None  # a fixed style (title, heading) instead of the block's
    section_id: str | None = None
    heading: bool = False
    move: str | None = None  # name of the move this paragraph belongs to
    move_from: bool = False  # the move's old place (else its new place)
    old_block: Block | None = None  # the old view's block where it differs (a tracked restyle)

    def view_text(self, view: Literal["old", "new"]) -> str:
        """The paragraph's characters as they read in one view (before joining)."""
        hidden = _NEW_ONLY if view == "old" else _OLD_ONLY
        return "".join(run.text for run in self.runs if run.mark not in hidden)


def _in_old(mark: str) -> bool:
    return mark not in _NEW_ONLY


def _in_new(mark: str) -> bool:
    return mark not in _OLD_ONLY


def tracked_paragraphs(
    ops: list[DiffOp],
    *,
    placement: Placement = "both",
    moved: bool = False,
    mode: TextMode = "markdown",
) -> list[Paragraph]:
    """The paragraphs of ``ops`` placed in both versions, or only in the old or new one.

    ``moved`` turns the one-sided marks into moves (``moveFrom`` in the old
    place, ``moveTo`` in the new), keeping insertions inside a moved text.
    """
    ops = _slide_breaks(ops)
    if placement == "old":
        ops = [(-1, "".join(text for op, text in ops if op <= 0))]
    elif placement == "new":
        ops = [(op, text) for op, text in ops if op >= 0]
    tags: list[int] = []
    chars: list[str] = []
    for op, text in ops:
        if mode == "plain":
            text = text.replace("\n", " ")
        chars.extend(text)
        tags.extend([op] * len(text))
    nothing: list[ViewEntry | None] = [None] * len(chars)
    old_view = _view(chars, tags, -1, mode) if placement != "new" else nothing
    if placement == "old":
        new_view = nothing
    elif placement == "both" and all(op == 0 for op, _ in ops):
        new_view = old_view  # unchanged text (most sections): one view serves both
    else:
        new_view = _view(chars, tags, 1, mode)

    def mark_of(tag: int) -> Mark:
        if placement == "old":
            return "moveFrom" if moved else "del"
        if placement == "new":
            return "ins" if tag == 1 or not moved else "moveTo"
        return "eq" if tag == 0 else ("del" if tag < 0 else "ins")

    same, gone, added = mark_of(0), mark_of(-1), mark_of(1)
    # A character shown only in the new view: inserted, or in a one-sided new place as its op says.
    only_new = {0: added if placement == "both" else same, 1: added}
    paragraphs: list[Paragraph] = []
    builder = _ParagraphBuilder()
    for index, (ch, tag) in enumerate(zip(chars, tags, strict=True)):
        if ch == "\n":
            paragraphs.append(builder.finish(mark_of(tag), old_view, new_view))
            continue
        builder.see(index, tag)
        old_seen = old_view[index] if tag <= 0 else None
        new_seen = new_view[index] if tag >= 0 else None
        old_shown = old_seen[1] if old_seen is not None else None
        new_shown = new_seen[1] if new_seen is not None else None
        if old_shown is not None and new_shown is not None:
            if old_shown[1] == new_shown[1]:
                builder.add(same, new_shown)  # emphasis may differ: the new one shows
            else:
                # The same character shows differently (a pipe that is a table's tab).
                builder.add(gone, old_shown)
                builder.add(added, new_shown)
        elif new_shown is not None:
            builder.add(only_new[tag], new_shown)
        elif old_shown is not None:
            builder.add(gone, old_shown)
    last = same if placement != "old" else gone
    paragraphs.append(builder.finish(last, old_view, new_view))
    kept = _fold_empty(paragraphs)
    return _tidy_marks(kept) if placement == "both" else kept


def _slide_breaks(ops: list[DiffOp]) -> list[DiffOp]:
    """Move a leading line break of an edit to its end when the text after it starts with one.

    ``a|-"\\nb"|"\\nc"`` and ``a"\\n"|-"b\\n"|c`` mean the same, but only the
    second deletes whole line ``b`` with its own paragraph mark.
    """
    kinds = [op for op, _ in ops]
    texts = [text for _, text in ops]
    for i in range(1, len(ops) - 1):
        if (
            kinds[i] != 0 and kinds[i - 1] == 0 and kinds[i + 1] == 0
            and texts[i].startswith("\n") and texts[i + 1].startswith("\n")
        ):
            texts[i - 1] += "\n"
            texts[i] = texts[i][1:] + "\n"
            texts[i + 1] = texts[i + 1][1:]
    return [(op, text) for op, text in zip(kinds, texts, strict=True) if text]


class _ParagraphBuilder:
    """Collects one paragraph's characters into runs (joined once, not one by one)."""

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.key: tuple[Mark, int] | None = None
        self.parts: list[str] = []
        # The paragraph's first character in each view (-1 old, 1 new): its block.
        self.first: dict[int, int] = {}

    def see(self, index: int, tag: int) -> None:
        if len(self.first) < 2:
            for side in (-1, 1):
                if tag != -side and side not in self.first:
                    self.first[side] = index

    def add(self, mark: Mark, seen: Visible) -> None:
        key = (mark, seen[0])
        if key != self.key:
            self._flush()
            self.key = key
        self.parts.append(seen[1])

    def _flush(self) -> None:
        if self.key is not None and self.parts:
            self.runs.append(Run(self.key[0], "".join(self.parts), self.key[1]))
        self.parts = []

    def finish(
        self, mark: Mark, old_view: list[ViewEntry | None], new_view: list[ViewEntry | None]
    ) -> Paragraph:
        """The paragraph so far, ended by ``mark``; the builder starts a new one."""
        self._flush()
        # The new view's block where the line is in it, else the old view's.
        entry = None
        if 1 in self.first:
            entry = new_view[self.first[1]]
        if entry is None and -1 in self.first:
            entry = old_view[self.first[-1]]
        paragraph = Paragraph(entry[0] if entry is not None else Block("p"), self.runs, mark)
        if 1 in self.first and -1 in self.first:
            old_entry = old_view[self.first[-1]]
            if old_entry is not None and old_entry[0] != paragraph.block:
                paragraph.old_block = old_entry[0]  # "- a" became "a": a list item no more
        self.runs, self.key, self.first = [], None, {}
        return paragraph


ViewEntry = tuple[Block, Visible | None]
_PLAIN = Block("p")


def _view(chars: list[str], tags: list[int], side: int, mode: TextMode) -> list[ViewEntry | None]:
    """Per combined index of one side's characters: its line's block and what it shows."""
    result: list[ViewEntry | None] = [None] * len(chars)
    indexes = [i for i, tag in enumerate(tags) if tag == 0 or tag == side]
    position = 0
    for line in "".join(chars[i] for i in indexes).split("\n"):
        if mode == "markdown":
            block, shown = parse_line(line)
        else:
            block, shown = _PLAIN, plain_line(line)
        for offset, seen in enumerate(shown):
            result[indexes[position + offset]] = (block, seen)
        position += len(line) + 1
    return result


def _fold_empty(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Fold each paragraph without text in either view into the one before it.

    The joined paragraph ends where either mark ended the text in a view, so a
    view keeps its paragraph break if either mark was present in it.
    """
    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        if paragraph.runs:
            kept.append(paragraph)
            continue
        if not kept:
            continue  # nothing can join an empty first paragraph: drop it
        before = kept[-1]
        before.mark = _either(before.mark, paragraph.mark)
    return kept


def _either(first: Mark, second: Mark) -> Mark:
    in_old = _in_old(first) or _in_old(second)
    in_new = _in_new(first) or _in_new(second)
    if in_old and in_new:
        return "eq"
    moves = "moveFrom" in (first, second) or "moveTo" in (first, second)
    if in_old:
        return "moveFrom" if moves else "del"
    return "moveTo" if moves else "ins"


def _tidy_marks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Give a paragraph whose text is all deleted (inserted) a deleted (inserted) mark.

    A mark only matters in a view where text is waiting for it (this
    paragraph's, or earlier paragraphs' joined to it); elsewhere it may be
    present or absent without changing any text, so it follows the runs: a
    wholly deleted line then disappears with its paragraph when accepted.
    """
    waiting = {"old": False, "new": False}
    for paragraph in paragraphs:
        has = {
            "old": any(_in_old(run.mark) for run in paragraph.runs),
            "new": any(_in_new(run.mark) for run in paragraph.runs),
        }
        present = {"old": _in_old(paragraph.mark), "new": _in_new(paragraph.mark)}
        for view, other in (("old", "new"), ("new", "old")):
            pending = waiting[view] or has[view]
            if present[view] and not pending and has[other] and present[other]:
                present[view] = False
        if present["old"] and present["new"]:
            paragraph.mark = "eq"
        elif present["old"]:
            paragraph.mark = "del"
        else:
            paragraph.mark = "ins"
        for view in ("old", "new"):
            waiting[view] = (waiting[view] or has[view]) and not present[view]
    return paragraphs
