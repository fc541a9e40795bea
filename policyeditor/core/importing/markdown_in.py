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

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()]|\([^()]*\))*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_STRONG = re.compile(r"\*\*|__|\*|`")
_UNDERSCORE = re.compile(r"(?:(?<=\W)|^)_+|_+(?=\W|$)")
_SPACES = re.compile(r"\s+")
_PRIVATE = 0xF0000  # escapes are parked in a Unicode private-use plane meanwhile

# Characters that would be read as markup in a heading line.
_SPECIAL = frozenset("\\`*_[]<>#!|")


def plain_text(markdown: str) -> str:
    """Inline Markdown to plain text: links to their text, no emphasis, no escapes."""
    text = _ESCAPE.sub(lambda m: chr(_PRIVATE + ord(m.group(1))), markdown)
    previous = None
    while previous != text:  # nested: [**text**](#anchor)
        previous = text
        text = _LINK.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _STRONG.sub("", text)
    text = _UNDERSCORE.sub("", text)
    text = "".join(chr(ord(c) - _PRIVATE) if ord(c) >= _PRIVATE else c for c in text)
    return _SPACES.sub(" ", text).strip()


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
                i == block.start
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
