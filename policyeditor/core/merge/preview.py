"""The redline with the reviewer's decisions on it, and anchors on every change.

A decided change no longer reads as an insertion or a deletion: the words it
keeps stand on a tint (green when accepted, sand when rejected) and the words
it drops are muted and struck through, so the reader sees both the outcome
and what was let go, while the undecided changes keep their blue and red.
Every change also gets two anchors (``k<n>`` where it starts, ``k<n>e``
where it ends) so the compare view can scroll to it and highlight it.

This works on the comparison, not on the renderer: the decided word groups
become equal text wrapped in private-use marker characters, the one redline
renderer renders it as usual, and :func:`finish_html` turns the markers into
markup that wraps only text runs between tags (so it stays well-formed
whatever Markdown did around them). Block syntax at a line start (list
bullets, heading hashes, indents) stays outside the markers so lists stay
lists.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange
from policyeditor.core.merge.changes import ACCEPT, Change, Decision
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.markup import _BLOCK_MARKER

KEEP_ACCEPTED, KEEP_REJECTED, DROPPED, END = "\U000f0001", "\U000f0002", "\U000f0003", "\U000f0004"
_START_BASE, _STOP_BASE, _ANCHOR_LIMIT = 0xF1000, 0xF9000, 0x7000
_STYLES = {
    KEEP_ACCEPTED: f'<span style="background-color:{PALETTE.accepted_background}">',
    KEEP_REJECTED: f'<span style="background-color:{PALETTE.rejected_background}">',
    DROPPED: f'<span style="color:{PALETTE.muted}; text-decoration:line-through">',
}
_MARKERS = re.compile("([\U000f0001-\U000f0004\U000f1000-\U000fffff])")
_TAG = re.compile(r"(<[^>]*>)")
# Tags that end a line of text: a start anchor never reaches back across them.
_BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|br|div|td|th|tr|table|pre|blockquote)\b")
_TRAILING_SPACE = re.compile(r"\s*$")


def change_anchor(number: int) -> str:
    """Anchor where the ``number``-th change (in :func:`list_changes` order) starts."""
    return f"k{number}"


def change_space_anchor(number: int) -> str:
    """Anchor on the space just before the ``number``-th change (it starts one later)."""
    return f"k{number}s"


def change_end_anchor(number: int) -> str:
    """Anchor right after the ``number``-th change."""
    return f"k{number}e"


_ANCHOR_NAME = re.compile(r"k(\d+)(s|e)?")


def parse_anchor(name: str) -> tuple[int, str] | None:
    """``(number, kind)`` of a change anchor's name (kind ``""`` start, ``"s"`` the
    space before the start, ``"e"`` end); None for any other anchor."""
    match = _ANCHOR_NAME.fullmatch(name)
    return (int(match.group(1)), match.group(2) or "") if match else None


def _wrap(text: str, marker: str, at_line_start: bool) -> str:
    """``text`` with each line's content between ``marker`` and END, block syntax outside."""
    out: list[str] = []
    for piece in re.split(r"(\n)", text):
        if piece == "\n":
            out.append(piece)
            at_line_start = True
            continue
        if not piece:
            continue
        prefix = ""
        if at_line_start:
            match = _BLOCK_MARKER.match(piece)
            prefix = match.group(1) if match else ""
        rest = piece[len(prefix):]
        out.append(prefix + (marker + rest + END if rest.strip() else rest))
        at_line_start = False
    return "".join(out)


def _with_anchors(ops: list[DiffOp], number: int, at_line_start: bool) -> list[DiffOp]:
    """The group's ops with a start anchor inside its first words and an end anchor after
    its last (trailing spaces and line breaks stay after the anchor).

    Each side's part is anchored on its own (the deleted words start and end
    the change in the old pane, the inserted ones in the new pane); inline
    the view takes the first start and the last end.
    """
    if number >= _ANCHOR_LIMIT or not ops:
        return ops
    out = list(ops)
    for sign in {op for op, _ in ops}:
        places = [i for i, (op, _) in enumerate(out) if op == sign]
        first, last = places[0], places[-1]
        op, text = out[first]
        prefix = ""
        if at_line_start:  # both sides' parts start where the group starts
            match = _BLOCK_MARKER.match(text)
            prefix = match.group(1) if match else ""
        out[first] = (op, prefix + chr(_START_BASE + number) + text[len(prefix):])
        op, text = out[last]
        cut = _TRAILING_SPACE.search(text)
        tail = cut.start() if cut else len(text)
        out[last] = (op, text[:tail] + chr(_STOP_BASE + number) + text[tail:])
    return out


def _mark_ops(ops: list[DiffOp], groups: Mapping[int, tuple[int, int, Decision | None]],
              whole: tuple[int, Decision | None] | None = None) -> list[DiffOp]:
    """``ops`` with each group (by start op) anchored and, when decided, shown decided.

    ``whole``: the ops belong to an added or removed section decided as one
    change (its number and decision).
    """
    if whole is not None:
        groups = {0: (len(ops), *whole)} if ops else {}
    out: list[DiffOp] = []
    at_line_start = True
    i = 0
    while i < len(ops):
        found = groups.get(i)
        if found is None:
            out.append(ops[i])
            at_line_start = ops[i][1].endswith("\n") if ops[i][1] else at_line_start
            i += 1
            continue
        end, number, decision = found
        group = ops[i:end]
        if decision is not None:
            accepted = decision == ACCEPT
            dropped = "".join(t for o, t in group if (o < 0 if accepted else o > 0))
            kept = "".join(t for o, t in group if (o > 0 if accepted else o < 0))
            keep = KEEP_ACCEPTED if accepted else KEEP_REJECTED
            group = [(0, _wrap(dropped, DROPPED, at_line_start))] if dropped else []
            joined = dropped.endswith("\n") if dropped else at_line_start
            if kept:
                group.append((0, _wrap(kept, keep, joined)))
        marked = _with_anchors(group, number, at_line_start)
        out.extend(marked)
        last = "".join(t for _, t in ops[i:end])
        at_line_start = last.endswith("\n") if last else at_line_start
        i = end
    return out


def decided_comparison(comparison: Comparison, changes: list[Change],
                       decisions: Mapping[str, Decision]) -> Comparison:
    """A copy of ``comparison`` whose ops show ``decisions`` and carry change anchors.

    Render it with the redline renderer, then pass the HTML to :func:`finish_html`.
    """
    parts: dict[tuple[int, str], dict[int, tuple[int, int, Decision | None]]] = {}
    whole: dict[int, tuple[int, Decision | None]] = {}
    for number, change in enumerate(changes):
        decision = decisions.get(change.key)
        if change.kind in ("added", "removed"):
            whole[change.section] = (number, decision)
        elif change.kind in ("text", "title", "preamble"):
            parts.setdefault((change.section, change.part), {})[change.start] = (
                change.end, number, decision)
    sections = []
    for index, row in enumerate(comparison.sections):
        heading = _mark_ops(row.heading, parts.get((index, "heading"), {}), whole.get(index))
        body = _mark_ops(row.body, parts.get((index, "body"), {}), whole.get(index))
        sections.append(_replace_texts(row, heading, body))
    return dataclasses.replace(
        comparison,
        title=_mark_ops(comparison.title, parts.get((-1, "title"), {})),
        preamble=_mark_ops(comparison.preamble, parts.get((-1, "preamble"), {})),
        sections=sections,
    )


def _replace_texts(row: SectionChange, heading: list[DiffOp], body: list[DiffOp]
                   ) -> SectionChange:
    if heading == row.heading and body == row.body:
        return row
    # A heading whose changes are all decided is shown from the section itself
    # (no marks left), so the section copy carries the marked heading too.
    side = -1 if row.change == "removed" else 1
    shown = "".join(text for op, text in heading if op in (0, side))
    new = dataclasses.replace(row.new_section, heading=shown) if row.new_section else None
    old = dataclasses.replace(row.old_section, heading=shown) if row.old_section else None
    return dataclasses.replace(row, heading=heading, body=body, new_section=new, old_section=old)


def finish_html(html_text: str) -> str:
    """Turn the markers left in rendered HTML into spans and anchors (well-formed)."""
    out: list[str] = []
    style = ""
    for token in _TAG.split(html_text):
        if not token:
            continue
        if token.startswith("<"):
            out.append(_MARKERS.sub("", token))  # a marker inside a tag (a link) says nothing
            continue
        for piece in _MARKERS.split(token):
            if not piece:
                continue
            if len(piece) == 1 and _MARKERS.fullmatch(piece):
                code = ord(piece)
                if piece in _STYLES:
                    style = piece
                elif piece == END:
                    style = ""
                elif code >= _STOP_BASE:
                    out.append(f'<a name="{change_end_anchor(code - _STOP_BASE)}"></a>')
                else:
                    _start_anchor(out, code - _START_BASE)
            elif style and piece.strip():
                out.append(_STYLES[style] + piece + "</span>")
            else:
                out.append(piece)
    return "".join(out)


def _start_anchor(out: list[str], number: int) -> None:
    """Anchor the start of a change on the space before it, when there is one.

    Qt puts an empty anchor's name on the next character, which splits the
    change's first word into two fragments (a word that should read, and be
    found, as one). The space before the change takes the name instead; only
    when the change starts a line is the empty anchor used.
    """
    for position in range(len(out) - 1, -1, -1):
        piece = out[position]
        if piece.startswith("<"):
            if _BLOCK_TAG.match(piece):
                break
            continue
        if piece.endswith(" "):
            out[position] = piece[:-1]
            out.insert(position + 1, f'<a name="{change_space_anchor(number)}"> </a>')
            return
        break
    out.append(f'<a name="{change_anchor(number)}"></a>')
