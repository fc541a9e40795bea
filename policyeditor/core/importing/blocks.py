"""Lines and blocks: the shared view every heading strategy works on.

A *block* is a run of non-blank lines (a paragraph, a list, a table); blocks
are separated by blank lines. A fenced code block is one block even when it
holds blank lines, and nothing inside it is ever taken for a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)(\.?)(?=\s|$)")


@dataclass(frozen=True)
class Block:
    """Lines ``start`` (inclusive) to ``end`` (exclusive) of the source."""

    start: int
    end: int


@dataclass(frozen=True)
class Heading:
    """A line (or two, for setext) that starts a section.

    ``level`` is the Markdown level (1-6) or None for plain-text headings;
    ``number`` is the number written in the source, if any (it is stripped
    from ``text`` because numbers are derived from position).
    """

    start: int
    end: int
    level: int | None
    number: tuple[int, ...] | None
    text: str


def is_blank(line: str) -> bool:
    """Whitespace-only lines separate blocks (the corpus has lines of two spaces)."""
    return not line.strip()


def fenced_lines(lines: list[str]) -> set[int]:
    """Indices of lines inside fenced code blocks, fences included."""
    inside: set[int] = set()
    fence: str | None = None
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if fence is None:
            if m:
                fence = m.group(1)[0] * 3
                inside.add(i)
        else:
            inside.add(i)
            if m and m.group(1).startswith(fence):
                fence = None
    return inside


def split_blocks(lines: list[str], fenced: set[int]) -> list[Block]:
    """Blank-separated runs of lines; a fenced code block never splits."""
    blocks: list[Block] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if is_blank(line) and i not in fenced:
            if start is not None:
                blocks.append(Block(start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        blocks.append(Block(start, len(lines)))
    return blocks


def split_number(text: str) -> tuple[tuple[int, ...] | None, str]:
    """``"1.2 Foo"`` -> ``((1, 2), "Foo")``; text without a leading number is unchanged.

    A single number needs its dot (``"1. Foo"``): ``"3 ways to opt out"`` is
    a heading that happens to start with a number, not section 3.
    """
    m = _NUMBER.match(text)
    if not m:
        return None, text
    parts = tuple(int(p) for p in m.group(1).split("."))
    if len(parts) == 1 and not m.group(2):
        return None, text
    return parts, text[m.end() :].strip()
