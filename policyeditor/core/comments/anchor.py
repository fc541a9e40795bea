"""Keep a comment on its words while the section body around them is edited.

A comment's anchor is a pair of character offsets ``(start, end)`` into the
section body. When the body changes, the anchor is mapped through the
diff-match-patch character diff of the old and new body (exact, not
"semantically cleaned up": that cleanup swallows a short unchanged quote
between two long edits):

- text inserted or deleted before the quote shifts it; text typed exactly at
  either edge stays outside it (as in Word), text typed inside it is inside;
- a quote partly replaced takes in the replacement ("delar data" with "data"
  changed to "uppgifter" becomes "delar uppgifter"), a quote partly deleted
  shrinks to what is left;
- when no piece of a quoted word survives (three letters in a row, or a
  whole shorter word: a letter or two that the old and new word happen to
  share does not count), the words are gone: the comment is *detached* —
  still listed and exported, on no words.

A comment without an anchor (imported from Word, or stored by an older
PolicyEditor) is placed on the first occurrence of its quote, white space
between words being free, before it is mapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from policyeditor.core.model import Comment

#: (comment id, anchor, detached, quote): enough to put comments back exactly (undo).
AnchorState = tuple[tuple[str, tuple[int, int] | None, bool, str], ...]


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    # Section bodies are short; an exact diff keeps mapping reproducible.
    dmp.Diff_Timeout = 0
    return dmp


_DMP = _engine()


def _letters(text: str) -> str:
    """Only the letters and digits: Markdown marks and line breaks set aside."""
    return "".join(ch for ch in text if ch.isalnum())


def _shared_tail(one: str, other: str) -> int:
    """How many characters the two texts end with in common."""
    count = 0
    for a, b in zip(reversed(one), reversed(other), strict=False):
        if a != b:
            break
        count += 1
    return count


def locate(body: str, quote: str, near: int = 0, before: str = "") -> tuple[int, int] | None:
    """Where ``quote`` stands in ``body`` (white space between words may differ).

    Of several occurrences, the one preceded by the text ``before`` (as a Word
    file read it: no Markdown) wins, else the one starting nearest to
    ``near``; None when the words are not there.
    """
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    matches = list(pattern.finditer(body))
    if not matches:
        return None
    context = _letters(before)[-40:]
    best = min(matches, key=lambda m: (
        -_shared_tail(_letters(body[max(0, m.start() - 4 * len(context)):m.start()]), context)
        if context else 0,
        abs(m.start() - near)))
    return best.span()


def _longest_word(text: str) -> int:
    """Length of the longest run of non-blank characters in ``text``."""
    return max((len(word) for word in text.split()), default=0)


@dataclass(frozen=True)
class _Change:
    """One run of deletions/insertions between two equal runs."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


class BodyMapping:
    """Positions of an old body mapped to the new one (one diff, many anchors)."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        diffs = _DMP.diff_main(old, new, False)
        # Slide each edit to word boundaries ("leverantör[er av IT-tjänst]er" →
        # "leverantörer[ av IT-tjänster]"), which keeps the diff exact.
        _DMP.diff_cleanupSemanticLossless(diffs)
        # equal runs as (old_start, old_end, new_start); changes as _Change
        self._equal: list[tuple[int, int, int]] = []
        self._changes: list[_Change] = []
        o = n = 0
        pending: tuple[int, int] | None = None  # (old, new) where the current change began
        for op, text in diffs:
            if op == 0:
                if pending is not None:
                    self._changes.append(_Change(pending[0], o, pending[1], n))
                    pending = None
                self._equal.append((o, o + len(text), n))
                o += len(text)
                n += len(text)
                continue
            if pending is None:
                pending = (o, n)
            if op < 0:
                o += len(text)
            else:
                n += len(text)
        if pending is not None:
            self._changes.append(_Change(pending[0], o, pending[1], n))

    def _equal_at(self, char: int) -> tuple[int, int, int] | None:
        for run in self._equal:
            if run[0] <= char < run[1]:
                return run
        return None

    def _change_at(self, char: int) -> _Change | None:
        for change in self._changes:
            if change.old_start <= char < change.old_end:
                return change
        return None

    def map(self, start: int, end: int) -> tuple[int, int] | None:
        """The new span of old ``[start, end)``; None when its words were deleted."""
        if not 0 <= start < end <= len(self.old):
            return None
        needed = min(3, _longest_word(self.old[start:end]))
        survives = any(
            _longest_word(self.old[max(a, start):min(b, end)]) >= needed
            for a, b, _n in self._equal if a < end and b > start)
        if needed == 0 or not survives:
            return None
        run = self._equal_at(start)
        if run is not None:
            new_start = run[2] + start - run[0]
        else:
            change = self._change_at(start)
            assert change is not None  # every old character is equal or changed
            new_start = change.new_start  # takes in what replaced the quote's head
        last = end - 1
        run = self._equal_at(last)
        if run is not None:
            new_end = run[2] + last - run[0] + 1
        else:
            change = self._change_at(last)
            assert change is not None
            new_end = change.new_end  # takes in what replaced the quote's tail
        if new_start >= new_end or not self.new[new_start:new_end].strip():
            return None
        return new_start, new_end


def placed(comment: Comment, body: str) -> tuple[int, int] | None:
    """The comment's span in ``body``: its anchor, else where its quote is; None if neither."""
    if comment.detached:
        return None
    near = 0
    if comment.anchor is not None:
        start, end = comment.anchor
        # an anchor that no longer reads as its quote (the text was changed by
        # another program) gives way to the quote found nearest to it
        if 0 <= start < end <= len(body) and (
                body[start:end].split() == comment.quote.split() or not comment.quote.strip()):
            return comment.anchor
        near = start
    return locate(body, comment.quote, near=near)


def remap(comments: Iterable[Comment], old: str, new: str) -> None:
    """Move every comment's anchor from ``old`` to ``new`` body (in place)."""
    mapping: BodyMapping | None = None
    for comment in comments:
        span = placed(comment, old)
        if span is None:
            continue  # detached, or never on these words (e.g. quoted from the heading)
        if mapping is None:
            mapping = BodyMapping(old, new)
        moved = mapping.map(*span)
        if moved is None:
            comment.anchor, comment.detached = None, True
        else:
            comment.anchor = moved
            comment.quote = new[moved[0]:moved[1]]


def snapshot(comments: Iterable[Comment]) -> AnchorState:
    """The anchors of ``comments``, to put back with :func:`restore`."""
    return tuple((c.id, c.anchor, c.detached, c.quote) for c in comments)


def restore(comments: Iterable[Comment], state: AnchorState) -> None:
    """Put anchors back as :func:`snapshot` saw them (comments since added keep theirs)."""
    saved = {cid: (anchor, detached, quote) for cid, anchor, detached, quote in state}
    for comment in comments:
        if comment.id in saved:
            comment.anchor, comment.detached, comment.quote = saved[comment.id]
