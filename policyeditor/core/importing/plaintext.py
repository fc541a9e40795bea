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

from policyeditor.core.errors import InputWarning
from policyeditor.core.importing.blocks import Block, Heading, is_blank, split_number
from policyeditor.core.importing.markdown_in import plain_text

MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 15
MAX_JUMP = 5  # a number may skip ahead at most this far (7 -> 10 is fine, 3 -> 2021 is not)
_OPENERS = "\"'“‘«(["
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_LIST_ITEM = re.compile(r"^\s*(?:[-+*•]|\d+[.)])\s")
_SHORT_FORBIDDEN = re.compile(r"[\d:\[\]()*_|#<>`]")
_BARE_LINK = re.compile(r"^\s*!?\[[^\]]*\]\([^)]*\)\s*$")
_BOLD_ONLY = re.compile(r"^\*\*[^*]+\*\*$")


def _heading_like(text: str) -> bool:
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    words = split_number(text)[1]  # "1. PROFILES" (a written number) is no sentence
    if text.endswith((".", ",", ";", ":", "!")) or _SENTENCE_INSIDE.search(words):
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


def _item_heading(raw: str, lines: list[str], i: int) -> bool:
    """``13. **SECURITY**`` opening a Markdown list item whose body is indented
    below it: a heading written as a list (web pages converted to Markdown)."""
    if not _BOLD_ONLY.match(raw):
        return False
    before = lines[i - 1] if i > 0 else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return (is_blank(before) or before[:1].isspace()) and (is_blank(after) or after[:1].isspace())


def _candidates(
    lines: list[str], blocks: list[Block], consumed: set[int], markdown: bool
) -> list[Heading]:
    single = {b.start for b in blocks if b.end - b.start == 1}
    found: list[Heading] = []
    last_filled = -1  # index of the last non-blank line before the current one
    list_items: set[int] = set()  # lines taken for items of a list after a colon
    for i, line in enumerate(lines):
        previous, last_filled = last_filled, (i if not is_blank(line) else last_filled)
        if i in consumed or not line[:1].isdigit() or len(line) > 2 * MAX_HEADING_CHARS:
            continue
        number, raw = split_number(line.rstrip())
        if number is None or len(number) > 6:
            continue
        if not (i in single or _item_heading(raw, lines, i)):
            continue
        if (
            len(number) == 1
            and previous >= 0
            and (lines[previous].rstrip().endswith(":") or previous in list_items)
        ):
            list_items.add(i)  # "the following:" then "1. Foo", "2. Bar" is a list
            continue
        # Plain text is taken as written; in Markdown, "**Foo**" is "Foo".
        text = plain_text(raw) if markdown else " ".join(raw.split())
        if not _heading_like(text):
            continue
        found.append(Heading(i, i + 1, None, number, text))
    # A list marker in front of a written number ("1. **1\. Foo**", "7. **A. Bar**"):
    # when most candidates carry such an inner number, it is the real one and
    # the candidates without it are sub-items, not sections.
    inner = [(h, *split_number(h.text)) for h in found]
    if sum(1 for _, n, _ in inner if n is not None) * 2 > len(found):
        found = [Heading(h.start, h.end, None, n, t) for h, n, t in inner if n is not None]
    return found


def numbered_headings(
    lines: list[str], blocks: list[Block], consumed: set[int], markdown: bool = False
) -> tuple[list[Heading], list[InputWarning]]:
    """Seed-style numbered headings, and warnings about lines that were not taken."""
    candidates = _drop_list_runs(lines, _candidates(lines, blocks, consumed, markdown))
    headings: list[Heading] = []
    warnings: list[InputWarning] = []
    previous: tuple[int, ...] = ()
    for heading in candidates:
        assert heading.number is not None
        if fits(previous, heading.number):
            headings.append(heading)
            previous = heading.number
        else:
            number = ".".join(map(str, heading.number))
            line = heading.start + 1
            warnings.append(
                InputWarning("import.out-of-sequence", line=line, number=number,
                             previous=".".join(map(str, previous)))
                if previous
                else InputWarning("import.out-of-sequence-first", line=line, number=number)
            )
    return headings, warnings


def _continues(lines: list[str], previous: Heading, heading: Heading) -> bool:
    """``heading`` is the next item after ``previous`` with only blank lines between."""
    a, b = previous.number or (), heading.number or ()
    return (
        len(a) == len(b)
        and a[:-1] == b[:-1]
        and b[-1] == a[-1] + 1
        and all(is_blank(line) for line in lines[previous.end : heading.start])
    )


def _drop_list_runs(lines: list[str], candidates: list[Heading]) -> list[Heading]:
    """Consecutive numbers with only blank lines between them whose numbers
    come again later are a loose table of contents (or a list), not empty
    sections. Without the repeat they are kept: a skeleton policy whose
    sections have no text yet is still a policy."""
    runs: list[list[Heading]] = []
    for heading in candidates:
        if runs and _continues(lines, runs[-1][-1], heading):
            runs[-1].append(heading)
        else:
            runs.append([heading])
    dropped: set[int] = set()
    later: set[tuple[int, ...] | None] = set()  # numbers seen after the current run
    for k in range(len(runs) - 1, -1, -1):
        if len(runs[k]) >= 2 and runs[k][0].number in later:
            dropped.add(k)
        later.update(h.number for h in runs[k])
    return [h for k, run in enumerate(runs) if k not in dropped for h in run]


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
    """Body text: not one more short line, and not a bare link (a link list
    under a short line is navigation, as in Threads' "Related Articles")."""
    first = lines[block.start]
    if block.end - block.start == 1 and _BARE_LINK.match(first):
        return False
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
