"""How a Markdown body maps to Word paragraphs: one source line, one paragraph.

The redline and its tests share this mapping, so "the text of a version" is
defined once: each non-empty line of a body is a paragraph (a list item, a
quote, a table row or plain text by its prefix); block markers, emphasis
markers, link targets and escapes are markup and never text. A table row is one
paragraph whose cells are separated by tabs; a separator row (``|---|``) has no
text. For every character of a line :func:`parse_line` says whether it is
markup or text, and with which emphasis, so the redline can map each character
of a diff to its view (old or new) exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

BOLD, ITALIC, CODE, LINK = 1, 2, 4, 8
BlockKind = Literal["p", "bullet", "number", "quote", "table", "heading"]

# A visible character: its emphasis bits and the text it shows (a table's cell
# separator shows a tab); None for markup.
Visible = tuple[int, str]

_PREFIX = re.compile(r"(\s*)(?:([-*+])\s+|(\d{1,9})[.)]\s+|(>)\s?|(#{1,6})\s+)")
_CODE = re.compile(r"(`+)(.+?)\1")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\([^)\s]*(?:\s+\"[^\"]*\")?\))")
_AUTOLINK = re.compile(r"(<)((?:https?://|mailto:)[^>\s]+|[^@>\s]+@[^>\s]+)(>)")
_EMPHASIS = (
    (re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)(\*\*)"), BOLD),
    (re.compile(r"(?<!\w)(__)(?=\S)(.+?)(?<=\S)(__)(?!\w)"), BOLD),
    (re.compile(r"(\*)(?=[^\s*])(.+?)(?<=[^\s*])(\*)"), ITALIC),
    (re.compile(r"(?<!\w)(_)(?=\S)(.+?)(?<=\S)(_)(?!\w)"), ITALIC),
)
# Characters XML 1.0 cannot carry, and a carriage return (a parser turns it into a
# line feed): never text (a pasted control character is dropped).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_INLINE_MARKERS = re.compile(r"[`\\\[<*_]")
_SEPARATOR_ROW = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*")


@dataclass(frozen=True)
class Block:
    """The paragraph kind of a line and its list level (0 for the outermost)."""

    kind: BlockKind
    level: int = 0


def parse_line(line: str) -> tuple[Block, list[Visible | None]]:
    """The block kind of ``line`` and, per character, its emphasis and shown text or None."""
    shown: list[Visible | None] = [(0, ch) for ch in line]
    if line.lstrip().startswith("|"):
        return Block("table"), _table_row(line, shown)
    block = Block("p")
    match = _PREFIX.match(line)
    start = 0
    if match and match.end() < len(line):
        indent = len(match.group(1).expandtabs(4))
        if match.group(2) or match.group(3):
            block = Block("bullet" if match.group(2) else "number", min(indent // 2, 2))
        elif match.group(4):
            block = Block("quote")
        else:
            block = Block("heading", len(match.group(5)))
        start = match.end()
    for i in range(start):
        shown[i] = None
    _inline(line, shown, start)
    _strip_ends(line, shown)
    return block, _drop_unwritable(line, shown)


def plain_line(line: str) -> list[Visible | None]:
    """Per character of a plain-text line (a title, a heading): what it shows."""
    return _drop_unwritable(line, [(0, ch) for ch in line])


def _drop_unwritable(line: str, shown: list[Visible | None]) -> list[Visible | None]:
    for match in _NOT_XML.finditer(line):
        shown[match.start()] = None
    return shown


def _table_row(line: str, shown: list[Visible | None]) -> list[Visible | None]:
    if _SEPARATOR_ROW.fullmatch(line):
        return [None] * len(line)
    shown = _drop_unwritable(line, shown)
    pipes = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    first, last = pipes[0], pipes[-1]
    for i in pipes:
        # The outer pipes frame the row; each inner one separates two cells.
        shown[i] = None if i in (first, last) and (i == first or line[i:].strip() == "|") \
            else (0, "\t")
    _inline(line, shown, 0)
    # Spaces padding a cell are layout, not text.
    cells = [i for i, v in enumerate(shown) if v is not None and v[1] == "\t"]
    bounds = [first, *cells, last if line[last:].strip() == "|" else len(line)]
    for left, right in pairwise(bounds):
        _strip_span(line, shown, left + 1, right)
    return shown


def _inline(line: str, shown: list[Visible | None], start: int) -> None:
    """Mark emphasis, code, links and escapes of ``line[start:]``."""
    if not _INLINE_MARKERS.search(line, start):
        return  # most lines of a policy: nothing to look for
    protected = [False] * len(line)

    def masked() -> str:
        # Characters already claimed (code, escaped, link targets) can start nothing.
        return "".join("\0" if p else ch for ch, p in zip(line, protected, strict=True))

    if "`" in line:
        for match in _CODE.finditer(line, start):
            _markup(shown, match.start(1), match.end(1))
            _markup(shown, match.end(2), match.end())
            for i in range(match.start(2), match.end(2)):
                _add(shown, i, CODE)
            for i in range(match.start(), match.end()):
                protected[i] = True
    if "\\" in line:
        for match in _ESCAPE.finditer(masked(), start):
            shown[match.start()] = None
            protected[match.start() + 1] = True
    for pattern, trigger in ((_LINK, "["), (_AUTOLINK, "<")):
        if trigger not in line:
            continue
        for match in pattern.finditer(masked(), start):
            _markup(shown, match.start(1), match.end(1))
            _markup(shown, match.start(3), match.end(3))
            for i in range(match.start(2), match.end(2)):
                _add(shown, i, LINK)
            for i in range(match.start(3), match.end(3)):
                protected[i] = True
    for pattern, bit in _EMPHASIS:
        if "*" not in line and "_" not in line:
            break
        for match in pattern.finditer(masked(), start):
            _markup(shown, match.start(1), match.end(1))
            _markup(shown, match.start(3), match.end(3))
            for i in range(match.start(2), match.end(2)):
                _add(shown, i, bit)
            for i in (*range(match.start(1), match.end(1)), *range(match.start(3), match.end(3))):
                protected[i] = True


def _markup(shown: list[Visible | None], start: int, end: int) -> None:
    for i in range(start, end):
        shown[i] = None


def _add(shown: list[Visible | None], index: int, bit: int) -> None:
    value = shown[index]
    if value is not None:
        shown[index] = (value[0] | bit, value[1])


def _strip_ends(line: str, shown: list[Visible | None]) -> None:
    """Leading and trailing spaces of a paragraph are layout (Markdown drops them)."""
    _strip_span(line, shown, 0, len(line))


def _strip_span(line: str, shown: list[Visible | None], start: int, end: int) -> None:
    visible = [i for i in range(start, end) if shown[i] is not None]
    for i in visible:
        if not line[i].isspace():
            break
        shown[i] = None
    for i in reversed(visible):
        if not line[i].isspace():
            break
        shown[i] = None


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot carry (for names, titles, comment text)."""
    return _NOT_XML.sub("", text)


def line_text(line: str, *, plain: bool = False) -> str:
    """The text a reader sees of one Markdown (or plain) line."""
    shown = plain_line(line) if plain else parse_line(line)[1]
    return "".join(v[1] for v in shown if v is not None)


def markdown_paragraphs(text: str) -> list[str]:
    """The paragraph texts of a Markdown body (empty paragraphs left out)."""
    return [t for t in (line_text(line) for line in text.split("\n")) if t]
