"""Markdown headings as found in the wild, and heading text as plain text.

Handles ATX (``## Foo``) and setext (``Foo`` over ``---``) headings, anchor
links around or before the heading text (``[](#x)**1\\. Foo**``), emphasis and
backslash escapes. Section headings in the model are plain text, so inline
markup is removed here and :func:`escape_heading` puts escapes back on export.
"""

from __future__ import annotations

import re

from policyeditor.core.importing.blocks import Block, Heading, is_blank, split_number

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# Lines that cannot be the text of a setext heading (lists, tables, quotes...).
_NOT_SETEXT_TEXT = re.compile(r"^(?: {4,}|\t| {0,3}(?:[-+*>|]|\d+[.)])(?:\s|$)| {0,3}#)")

# One pass over inline Markdown: a backslash escape, a link or image (its text
# is kept, its target dropped), an autolink, emphasis or code markers.
_INLINE = re.compile(
    r"\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|!?\[(?P<label>(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]\((?:[^()]|\([^()]*\))*\)"
    r"|<(?P<auto>(?:https?|mailto):[^<>\s]+)>"
    r"|(?P<marks>\*+|`+)"
    r"|(?P<under>_+)"
)
_SPACES = re.compile(r"\s+")

# Characters that would be read as markup in a heading line.
_SPECIAL = frozenset("\\`*_[]<>#!|")


def _inline(markdown: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(markdown):
        out.append(markdown[pos : m.start()])
        pos = m.end()
        if m.group("escaped") is not None:
            out.append(m.group("escaped"))
        elif m.group("label") is not None:
            out.append(_inline(m.group("label")))
        elif m.group("auto") is not None:
            out.append(m.group("auto"))
        elif m.group("under") is not None:
            # snake_case keeps its underscores; _emphasis_ loses them.
            before = markdown[m.start() - 1] if m.start() else " "
            after = markdown[m.end()] if m.end() < len(markdown) else " "
            if before.isalnum() and after.isalnum():
                out.append(m.group("under"))
    out.append(markdown[pos:])
    return "".join(out)


def plain_text(markdown: str) -> str:
    """Inline Markdown to plain text: links to their text, no emphasis, no escapes."""
    return _SPACES.sub(" ", _inline(markdown)).strip()


def escape_heading(text: str) -> str:
    """Plain heading text to Markdown that :func:`plain_text` reads back exactly."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def heading_parts(raw: str) -> tuple[tuple[int, ...] | None, str]:
    """Raw heading Markdown to (number written in the source, plain text without it)."""
    return split_number(plain_text(raw))


def markup_headings(lines: list[str], blocks: list[Block], fenced: set[int]) -> list[Heading]:
    """Every ATX and setext heading outside fenced code, in order."""
    found: list[Heading] = []
    for block in blocks:
        if block.start in fenced:
            continue
        i = block.start
        while i < block.end:
            line = lines[i]
            if len(line) > 2000:  # a heading is never this long; skip regex work
                i += 1
                continue
            m = _ATX.match(line)
            if m:
                number, text = heading_parts(m.group(2) or "")
                found.append(Heading(i, i + 1, len(m.group(1)), number, text))
                i += 1
                continue
            if (
                (i == block.start or _ATX.match(lines[i - 1]))
                and i + 1 < block.end
                and _SETEXT.match(lines[i + 1])
                and not _NOT_SETEXT_TEXT.match(line)
                and not is_blank(line)
            ):
                number, text = heading_parts(line.strip())
                level = 1 if lines[i + 1].strip().startswith("=") else 2
                found.append(Heading(i, i + 2, level, number, text))
                i += 2
                continue
            i += 1
    return found
