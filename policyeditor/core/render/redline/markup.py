"""Diff ops → marked-up HTML: inserted and deleted words inside rendered Markdown.

Insertions are ``<ins>``, deletions ``<del>``, for a browser and for Qt alike
(the generated stylesheet styles both elements in both; Qt strikes ``<del>``
through even without it).

A section body's diff is over its Markdown source. To show changes inside the
*rendered* text (lists stay lists, bold stays bold), each inserted or deleted
run is wrapped in private-use sentinel characters, the combined text (old and
new words together) is rendered through the same sanitising Markdown
renderer, and the sentinels are then turned into markup. The markup only ever
wraps runs of text between tags, so it can never produce overlapping or
unbalanced elements, whatever the diff cut through (``**bo`` | ``ld**``).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from policyeditor.core.compare import noise
from policyeditor.core.compare.result import DiffOp, new_text, old_text
from policyeditor.core.compare.tokens import TokenMap
from policyeditor.core.compare.worddiff import diff_words
from policyeditor.core.render.markdown_html import CACHE_SIZE, dedent_body, render_markdown
from policyeditor.core.render.redline.table_diff import has_table, table_aware_source
from policyeditor.core.render.target import Target, adjust

INS_START, INS_END, DEL_START, DEL_END = "\ue000", "\ue001", "\ue002", "\ue003"
SENTINELS = INS_START + INS_END + DEL_START + DEL_END
_SPLIT_SENTINELS = re.compile(f"([{SENTINELS}])")
_TAG = re.compile(r"(<[^>]*>)")
# Markdown block syntax at the start of a line must stay outside a marker, or
# an inserted list item would no longer be a list item; so must the indent of
# a continuation line, or a paragraph inside a list item would leave the list
# (and the nested list after it become a code block).
_BLOCK_MARKER = re.compile(r"^([ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|>[ \t]?)?)")

INS_OPEN, INS_CLOSE, DEL_OPEN, DEL_CLOSE = "<ins>", "</ins>", "<del>", "</del>"


def _sentinel_source(ops: list[DiffOp]) -> str:
    """Old and new text together, changed runs wrapped in sentinels line by line."""
    out: list[str] = []
    at_line_start = True
    for op, text in ops:
        if not text:
            continue
        if op == 0:
            out.append(text)
            at_line_start = text.endswith("\n")
            continue
        start, end = (INS_START, INS_END) if op > 0 else (DEL_START, DEL_END)
        for piece in re.split(r"(\n)", text):
            if not piece:
                continue
            if piece == "\n":
                out.append(piece)
                at_line_start = True
                continue
            prefix = ""
            if at_line_start:
                match = _BLOCK_MARKER.match(piece)
                if match:
                    prefix = match.group(1)
                    piece = piece[len(prefix):]
            out.append(prefix + (start + piece + end if piece else ""))
            at_line_start = False
    return "".join(out)


def _apply(html_text: str) -> str:
    """Replace sentinels by markup that wraps only text runs (always well-formed)."""
    out: list[str] = []
    state = 0  # 1 inside an insertion, -1 inside a deletion
    for token in _TAG.split(html_text):
        if not token:
            continue
        if token.startswith("<"):
            for char in token:
                state = _next_state(state, char)
            out.append(token.translate(_DROP_SENTINELS))
            continue
        for piece in _SPLIT_SENTINELS.split(token):
            if not piece:
                continue
            if piece in SENTINELS:
                state = _next_state(state, piece)
            elif state == 0 or not piece.strip():
                out.append(piece)
            elif state > 0:
                out.append(INS_OPEN + piece + INS_CLOSE)
            else:
                out.append(DEL_OPEN + piece + DEL_CLOSE)
    return "".join(out)


_DROP_SENTINELS = {ord(c): None for c in SENTINELS}


def _next_state(state: int, char: str) -> int:
    if char == INS_START:
        return 1
    if char == DEL_START:
        return -1
    if char in (INS_END, DEL_END):
        return 0
    return state


_EMPHASIS_ONLY = re.compile(r"[*_]+")


def quiet_emphasis(ops: list[DiffOp]) -> list[DiffOp]:
    """``ops`` with changes of emphasis markers alone applied silently.

    "*Data retained*" → "**Data retained**" (italic made bold) put a struck
    ``*`` and an inserted ``**`` side by side, and neither pair closed: the
    report showed raw asterisks. Markers carry no legal meaning (the
    ``--ignore-formatting`` profile ignores them too), so the new version's
    emphasis is shown and the words keep their own marks.
    """
    out: list[DiffOp] = []
    for op, text in ops:
        if op != 0 and _EMPHASIS_ONLY.fullmatch(text):
            if op > 0:
                out.append((0, text))
            continue
        out.append((op, text))
    return out


def _structured(source: str, before: str, after: str) -> str:
    """``source``, or the old text struck then the new inserted if ``source`` breaks structure.

    Old and new lines side by side can turn a nested list into an indented
    code block (an indented item now follows a deleted paragraph): when the
    marked text renders a ``<pre>`` that neither version has, each version
    is shown whole instead.
    """
    if "    " not in source and "\t" not in source:
        return source
    if "<pre>" not in render_markdown(source):
        return source
    if "<pre>" in render_markdown(before) or "<pre>" in render_markdown(after):
        return source
    return _sentinel_source([(-1, before)]) + "\n\n" + _sentinel_source([(1, after)])


_STRAY_MARKERS = re.compile(r"\*\*|__")


def _stray_markers(source: str) -> int:
    """Emphasis markers left as visible text once ``source`` is rendered."""
    return len(_STRAY_MARKERS.findall(_TAG.sub("", render_markdown(source))))


def _best_source(ops: list[DiffOp], before: str, after: str) -> str:
    """Sentinel source of ``ops``, emphasis changes quiet unless that strands markers."""
    plain = _sentinel_source(ops)
    quiet = _sentinel_source(quiet_emphasis(ops))
    # Dropping a struck "**" whose partner sits inside a changed word run
    # would leave that partner as text; keep the plain marking then.
    chosen = plain if quiet != plain and _stray_markers(quiet) > _stray_markers(plain) else quiet
    return _structured(chosen, before, after)


def _body_source(ops: list[DiffOp], tables: bool, ignore_formatting: bool) -> str:
    """Sentinel source of a body diff; with ``tables``, a body with tables or
    indented as a whole is re-diffed (see :func:`diff_markdown_html`)."""
    if not tables:
        return _sentinel_source(ops)
    old, new = old_text(ops), new_text(ops)
    # A body indented as a whole must lose its indent before the markers go
    # in (a marker at a line start would hide the indent from dedent_body).
    flat_old, flat_new = dedent_body(old), dedent_body(new)
    indented = flat_old != old or flat_new != new
    if old != new and (indented or has_table(old) or has_table(new)):
        tokens = TokenMap(noise.token_key if ignore_formatting else None)

        def mark(before: str, after: str) -> str:
            return _best_source(diff_words(before, after, tokens), before, after)

        return table_aware_source(flat_old, flat_new, mark)
    return _best_source(ops, old, new)


def diff_markdown_html(
    ops: list[DiffOp],
    target: Target = Target.HTML,
    *,
    tables: bool = False,
    ignore_formatting: bool = False,
) -> str:
    """Rendered, sanitised Markdown of a body diff with insertions and deletions marked,
    adjusted for ``target``.

    ``tables``: ``ops`` are a whole two-sided diff and tables in it are shown
    row by row and cell by cell (see :mod:`table_diff`); the body is then
    diffed again here, so ``ignore_formatting`` must match the comparison's.
    Without it (one side's ops only, as the editor's side-by-side view
    passes) the ops are marked as they are.
    """
    if not any(text for _, text in ops):
        return ""
    return _marked(tuple((op, text) for op, text in ops), target, tables, ignore_formatting)


@lru_cache(maxsize=CACHE_SIZE)
def _marked(ops: tuple[DiffOp, ...], target: Target, tables: bool, ignore_formatting: bool) -> str:
    # Cached by content: the compare view renders every change again whenever
    # a filter or a fold changes, and a table's cell-by-cell diff is not cheap.
    source = _body_source(list(ops), tables, ignore_formatting)
    return adjust(_apply(render_markdown(source)), target)


def diff_text_html(ops: list[DiffOp]) -> str:
    """A plain-text diff (headings, titles) as escaped HTML with changes marked."""
    out: list[str] = []
    for op, text in ops:
        escaped = html.escape(text.translate(_DROP_SENTINELS))
        if op == 0 or not text.strip():
            out.append(escaped)
        elif op > 0:
            out.append(INS_OPEN + escaped + INS_CLOSE)
        else:
            out.append(DEL_OPEN + escaped + DEL_CLOSE)
    return "".join(out)


def has_changes(ops: list[DiffOp]) -> bool:
    """True when any op inserts or deletes text."""
    return any(op != 0 and text for op, text in ops)
