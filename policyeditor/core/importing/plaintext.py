"""Headings of plain text: numbered lines (the seed's form) and short lines.

Both strategies are conservative because a false heading splits a section
in two, while a missed one only leaves a line in a body (nothing is lost):

* a numbered heading (``1.``, ``1.1``, ``1.2.1``) is a line on its own
  (blank lines around it), short, starting with a capital letter or digit,
  not a sentence, not introduced by a colon (that is a list), and its number
  must plausibly follow the previous heading's (next sibling, first child,
  next ancestor; a small skip or a repeat is accepted and reported);
* short plain lines (Quora's style) are headings only when a document has no
  other heading syntax at all, and only when body text follows them.
"""

from __future__ import annotations

import re

from policyeditor.core.importing.blocks import Block, Heading, split_number
from policyeditor.core.importing.markdown_in import plain_text

MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 15
MAX_JUMP = 5  # a number may skip ahead at most this far (7 -> 10 is fine, 3 -> 2021 is not)
_OPENERS = "\"'“‘«(["
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_LIST_ITEM = re.compile(r"^\s*(?:[-+*•]|\d+[.)])\s")
_SHORT_FORBIDDEN = re.compile(r"[\d:\[\]()*_|#<>`]")


def _heading_like(text: str) -> bool:
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text.endswith((".", ",", ";", ":", "!")) or _SENTENCE_INSIDE.search(text):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


def fits(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Can ``number`` plausibly follow the heading numbered ``previous``?"""
    if len(number) > len(previous):
        # first child (or grandchild) of the previous heading
        return number[: len(previous)] == previous and 1 <= number[len(previous)] <= MAX_JUMP
    depth = len(number) - 1
    if number[:depth] != previous[:depth]:
        return False
    step = number[depth] - previous[depth]
    if len(number) == len(previous):
        return 0 <= step <= MAX_JUMP  # next sibling, a skip, or a repeat
    return 1 <= step <= MAX_JUMP  # next ancestor


def numbered_headings(
    lines: list[str], blocks: list[Block], consumed: set[int]
) -> tuple[list[Heading], list[str]]:
    """Seed-style numbered headings, and warnings about lines that were not taken."""
    candidates: list[tuple[int, Heading]] = []
    for k, block in enumerate(blocks):
        line = lines[block.start]
        if block.end - block.start != 1 or block.start in consumed:
            continue
        if not line[:1].isdigit() or len(line) > 2 * MAX_HEADING_CHARS:
            continue
        number, raw = split_number(line.rstrip())
        if number is None or len(number) > 6:
            continue
        text = plain_text(raw)
        if not _heading_like(text):
            continue
        if len(number) == 1 and k > 0 and lines[blocks[k - 1].end - 1].rstrip().endswith(":"):
            continue  # "the following:" then "1. Foo" is a list, not a section
        candidates.append((k, Heading(block.start, block.end, None, number, text)))
    candidates = _drop_list_runs(candidates)
    headings: list[Heading] = []
    warnings: list[str] = []
    previous: tuple[int, ...] = ()
    for _, heading in candidates:
        assert heading.number is not None
        if fits(previous, heading.number):
            headings.append(heading)
            previous = heading.number
        else:
            warnings.append(
                f"line {heading.start + 1} looks like heading "
                f"{'.'.join(map(str, heading.number))} but does not follow "
                f"{'.'.join(map(str, previous)) or 'the start'}; kept as text"
            )
    return headings, warnings


def _drop_list_runs(candidates: list[tuple[int, Heading]]) -> list[tuple[int, Heading]]:
    """Three or more same-depth candidates with nothing between them are a list
    (a loose table of contents), not empty sections."""
    kept: list[tuple[int, Heading]] = []
    run: list[tuple[int, Heading]] = []

    def flush() -> None:
        depths = {len(h.number or ()) for _, h in run}
        if not (len(run) >= 3 and len(depths) == 1):
            kept.extend(run)
        run.clear()

    for item in candidates:
        if run and item[0] != run[-1][0] + 1:
            flush()
        run.append(item)
    flush()
    return kept


def _short_heading_like(line: str) -> bool:
    text = line.strip()
    if not text or text != line.rstrip() or len(text) > 80:
        return False
    words = text.split()
    if len(words) > 10 or not text[0].isupper() or _SHORT_FORBIDDEN.search(text):
        return False
    if text.endswith((".", ",", ";", "!", "-")):
        return False
    if len(words) <= 8 or text.endswith("?"):
        return True
    long_words = [w for w in words if len(w) >= 4]
    return sum(1 for w in long_words if w[0].isupper()) * 2 >= len(long_words)


def _substantial(lines: list[str], block: Block) -> bool:
    first = lines[block.start]
    return (
        block.end - block.start > 1
        or len(first.strip()) >= 60
        or bool(_LIST_ITEM.match(first))
        or first.lstrip().startswith("|")
        or first.rstrip().endswith((".", ":", "!", "?"))
    )


def short_line_headings(lines: list[str], blocks: list[Block], consumed: set[int]) -> list[Heading]:
    """Quora's style: a short plain line followed by body text is a heading."""
    candidate = [
        block.end - block.start == 1
        and block.start not in consumed
        and _short_heading_like(lines[block.start])
        for block in blocks
    ]
    headings: list[Heading] = []
    for k, block in enumerate(blocks):
        if not candidate[k] or k + 1 >= len(blocks):
            continue
        following = blocks[k + 1]
        if candidate[k + 1] or _substantial(lines, following):
            text = lines[block.start].strip()
            headings.append(Heading(block.start, block.end, 1, None, text))
    return headings
