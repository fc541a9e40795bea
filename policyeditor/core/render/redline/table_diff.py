"""Redline of Markdown tables: rows stay rows, cells stay cells.

The redline marks changes inside the Markdown source of a body (old and new
words together). Inside a table that breaks the table: a changed row puts old
and new cells on one line, an added row glues its pipes to the neighbour's,
and Markdown then prints the whole table as lines of ``|`` and ``---``
(Spotify's rights table between the 2022 versions). Here a body whose text
has tables is split into prose and tables; prose is diffed as before, tables
row by row (rows paired by their first cell, the row's name in every policy
table seen) and cell by cell, so a changed cell shows its changed words, an
added row is a row of inserted text and a removed row a row of struck text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence

# (old, new) → Markdown with changed runs wrapped in sentinels.
Marker = Callable[[str, str], str]

_ROW = re.compile(r"[ \t]*\|")
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _blocks(text: str) -> list[tuple[bool, list[str]]]:
    """Lines of ``text`` as alternating (is_table, lines) runs."""
    out: list[tuple[bool, list[str]]] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if (_ROW.match(lines[i]) and i + 1 < len(lines)
                and _SEPARATOR.fullmatch(lines[i + 1])):
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j]):
                j += 1
            out.append((True, lines[i:j]))
            i = j
            continue
        if out and not out[-1][0]:
            out[-1][1].append(lines[i])
        else:
            out.append((False, [lines[i]]))
        i += 1
    return out


def has_table(text: str) -> bool:
    """True when ``text`` holds a Markdown table (a pipe row over a ``---`` row)."""
    return "|" in text and any(is_table for is_table, _ in _blocks(text))


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip() for cell in _CELL_SPLIT.split(inner)]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _key(row: str) -> str:
    cells = _cells(row)
    return " ".join(cells[0].split()).lower() if cells else ""


def _pair_rows(old: list[str], new: list[str]) -> list[tuple[int | None, int | None]]:
    """Rows paired by their key (first cell); unpaired rows as (i, None) / (None, j)."""
    return _lcs_pairs([_key(r) for r in old], [_key(r) for r in new])


def _lcs_pairs(
    old: Sequence[Hashable], new: Sequence[Hashable]
) -> list[tuple[int | None, int | None]]:
    """Longest common subsequence of two key lists, as index pairs in order.

    Tables and their blocks are small (rows, paragraphs), so the quadratic
    table is affordable and keeps pairing exact.
    """
    n, m = len(old), len(new)
    lengths = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lengths[i][j] = (lengths[i + 1][j + 1] + 1 if old[i] == new[j]
                             else max(lengths[i + 1][j], lengths[i][j + 1]))
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if old[i] == new[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    return pairs + [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]


def _cell_row(old: list[str], new: list[str], mark: Marker) -> str:
    width = max(len(old), len(new))
    old = old + [""] * (width - len(old))
    new = new + [""] * (width - len(new))
    # An escaped pipe cut by a marker would become a cell border: such cells
    # are shown as a whole (old struck, new inserted) instead.
    return _row([mark(o, n) if "\\" not in o + n else mark(o, "") + mark("", n)
                 for o, n in zip(old, new, strict=True)])


def _table(old: list[str], new: list[str], mark: Marker) -> list[str]:
    old_head, new_head = _cells(old[0]), _cells(new[0])
    if len(old_head) != len(new_head):
        # Columns changed: the old table struck through, then the new one.
        return [*_whole(old, mark, deleted=True), "", *_whole(new, mark, deleted=False)]
    rows = [_cell_row(old_head, new_head, mark), new[1]]
    old_body, new_body = old[2:], new[2:]
    for i, j in _pair_rows(old_body, new_body):
        rows.append(_cell_row(_cells(old_body[i]) if i is not None else [],
                              _cells(new_body[j]) if j is not None else [], mark))
    return rows


def _whole(rows: list[str], mark: Marker, *, deleted: bool) -> list[str]:
    def one(cell: str) -> str:
        return mark(cell, "") if deleted else mark("", cell)

    return [_row([one(c) for c in _cells(rows[0])]), rows[1],
            *(_row([one(c) for c in _cells(r)]) for r in rows[2:])]


def _pair_blocks(old: list[bool], new: list[bool]) -> list[tuple[int | None, int | None]]:
    """Pair prose with prose and tables with tables, in order."""
    return _lcs_pairs(old, new)


def table_aware_source(old: str, new: str, mark: Marker) -> str:
    """Sentinel source of ``old`` → ``new`` with tables diffed row by row.

    Prose is paired with prose and tables with tables in order; a table only
    on one side (an added or removed section, a table added to a section) is
    marked as a whole, row by row, so it still renders as a table.
    """
    old_blocks = _blocks(old) if old else []
    new_blocks = _blocks(new) if new else []
    out: list[str] = []
    previous_table = False
    for i, j in _pair_blocks([t for t, _ in old_blocks], [t for t, _ in new_blocks]):
        old_lines = old_blocks[i][1] if i is not None else None
        new_lines = new_blocks[j][1] if j is not None else None
        is_table = old_blocks[i][0] if i is not None else new_blocks[j or 0][0]
        if is_table and previous_table:
            out.append("")  # two tables in a row would merge into one
        if not is_table:
            out.append(mark("\n".join(old_lines or []), "\n".join(new_lines or [])))
        elif old_lines is not None and new_lines is not None:
            out.append("\n".join(_table(old_lines, new_lines, mark)))
        elif old_lines is not None:
            out.append("\n".join(_whole(old_lines, mark, deleted=True)))
        elif new_lines is not None:
            out.append("\n".join(_whole(new_lines, mark, deleted=False)))
        previous_table = is_table
    return "\n".join(out)
