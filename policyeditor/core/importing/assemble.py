"""From normalised text to a Policy: title, date lines, headings, nesting.

The steps, in order:

1. split into blocks (blank-line separated; fenced code never splits);
2. the title: the first block if it is a heading or a short plain line (web
   navigation links before it are skipped and kept in the preamble);
3. date lines ("Senast ändrad: ...", "Last updated ...", "Effective ...")
   standing alone near the top, before any section heading, or as the very
   last block, go into metadata (the seed's closing date);
4. section headings, by the first strategy that finds any: Markdown headings
   then numbered lines for Markdown, the other way round for plain text;
   where fewer than two are found, short plain lines followed by text are
   added (Quora); leading headings over a list of links are the source's own
   table of contents and stay in the preamble;
5. depth: from the written number when most headings are numbered (Telegram's
   Markdown levels contradict its numbers), else from the Markdown level, and
   a skipped level never nests more than one step;
6. bodies: the text between headings, trimmed of blank lines around it.

Every line of the source ends up in the title, the metadata, the preamble, a
heading or a body. The seed's closing "Integritetspolicy" line is neither a
heading (no number) nor a date, and we cannot name it as metadata, so it stays
where it is written: the last line of section 8.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from policyeditor.core.errors import InputWarning
from policyeditor.core.importing.blocks import (
    Block,
    Heading,
    fenced_lines,
    is_blank,
    split_blocks,
    split_number,
)
from policyeditor.core.importing.markdown_in import markup_headings, plain_text
from policyeditor.core.importing.metadata import date_metadata, match_date_line
from policyeditor.core.importing.plaintext import numbered_headings, short_line_headings
from policyeditor.core.model import Section, number_from_path

_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\((?:[^()]|\([^()]*\))*\)")
_LIST_MARKER = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+")
_NOT_TITLE_START = ("-", "*", "+", "|", ">", "[", "!", "<", "#", "`", "    ", "\t")
MAX_WARNINGS = 20


@dataclass
class Parsed:
    """What the text holds, before it becomes a Policy."""

    title: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    preamble: str = ""
    sections: list[Section] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    fmt: str = "txt"
    # line where each section's heading starts, in document order (.docx
    # import uses it to find the section a Word comment is anchored in)
    heading_lines: list[int] = field(default_factory=list)


def _link_only(line: str) -> bool:
    rest = _LINK.sub("", _LIST_MARKER.sub("", line)).strip()
    return "](" in line and len(rest) <= 3


def _junk(lines: list[str], block: Block) -> bool:
    """Navigation links, images or stray rules before the title (a web page's header)."""
    return all(
        _link_only(lines[i]) or not any(c.isalnum() for c in lines[i])
        for i in range(block.start, block.end)
    )


def _title_like(line: str) -> bool:
    text = line.strip()
    if len(text) > 150 or line.startswith(_NOT_TITLE_START) or not any(c.isalnum() for c in text):
        return False
    if text.endswith((".", ",", ";", ":")) or split_number(text)[0] is not None:
        return False
    return match_date_line(plain_text(text)) is None


def _find_title(
    lines: list[str],
    blocks: list[Block],
    markup_at: dict[int, Heading],
    consumed: set[int],
    markdown: bool,
) -> tuple[str, int]:
    """Title text and the index of the block after it (0 if no title)."""
    for k, block in enumerate(blocks[:3]):
        heading = markup_at.get(block.start)
        if heading is not None:
            if heading.number is not None:
                break  # "## 1. Intro" first: a section, and no title
            consumed.update(range(heading.start, heading.end))
            return heading.text, k + 1
        if block.end - block.start == 1 and _title_like(lines[block.start]):
            consumed.add(block.start)
            line = lines[block.start]
            return (plain_text(line) if markdown else " ".join(line.split())), k + 1
        if not _junk(lines, block):
            break
    return "", 0


def _take_dates(
    lines: list[str],
    blocks: list[Block],
    after_title: int,
    markup_at: dict[int, Heading],
    consumed: set[int],
) -> dict[str, str]:
    metadata: dict[str, str] = {}
    # Near the top means: among the first few blocks after the title, and
    # before anything that looks like a section heading; a date written as a
    # heading counts anywhere before the first real heading (Threads has
    # help-centre links between its title and its date).
    candidates = []
    for k in range(after_title, len(blocks)):
        line = lines[blocks[k].start]
        heading = markup_at.get(blocks[k].start)
        numbered = line[:1].isdigit() and split_number(line.rstrip())[0] is not None
        if numbered or (heading is not None and match_date_line(heading.text) is None):
            break
        if heading is not None or k < after_title + 4:
            candidates.append(k)
    if blocks and len(blocks) - 1 not in candidates:
        candidates.append(len(blocks) - 1)
    for k in candidates:
        block = blocks[k]
        if block.start in consumed:
            continue
        heading = markup_at.get(block.start)
        if heading is not None and heading.end == block.end:
            text = heading.text
        elif block.end - block.start == 1:
            text = plain_text(lines[block.start])
        else:
            continue
        found = match_date_line(text)
        if found and found[0] not in metadata:
            metadata.update(date_metadata(text, *found))
            consumed.update(range(block.start, block.end))
    return metadata


def _is_toc(body: list[str]) -> bool:
    filled = [line for line in body if not is_blank(line)]
    links = sum(1 for line in filled if _link_only(line))
    return links >= 3 and links * 10 >= len(filled) * 7


def region_text(lines: list[str], start: int, end: int, consumed: set[int]) -> str:
    """Lines ``start:end`` without consumed ones, trimmed of blank lines around.

    Where a consumed line is cut out, the blank line after it goes too, so the
    text keeps single blank lines between paragraphs.
    """
    kept: list[str] = []
    skip_blank = False
    for i in range(start, end):
        if i in consumed:
            skip_blank = not kept or is_blank(kept[-1])
            continue
        line = lines[i]
        if skip_blank and is_blank(line):
            continue
        skip_blank = False
        kept.append(line)
    while kept and is_blank(kept[0]):
        kept.pop(0)
    return "\n".join(kept).rstrip()


def _depths(headings: list[Heading]) -> list[int]:
    """Nesting depth of each heading: from its number when most headings are
    numbered (Telegram's Markdown levels contradict its numbers), else from
    its Markdown level; a skipped level never nests more than one step."""
    numbered = sum(1 for h in headings if h.number is not None)
    by_number = numbered >= max(1, math.ceil(len(headings) / 2))
    stack: list[int] = []  # Markdown level of each open ancestor
    depths: list[int] = []
    for h in headings:
        level = h.level if h.level is not None else 1
        if by_number and h.number is not None:
            depth = min(len(h.number) - 1, len(stack))
            del stack[depth:]
        else:
            while stack and stack[-1] >= level:
                stack.pop()
            depth = len(stack)
        stack.append(level)
        depths.append(depth)
    return depths


def _without_toc(lines: list[str], headings: list[Heading], consumed: set[int]) -> list[Heading]:
    """Drop leading unnumbered headings over a list of links: the source's own
    table of contents stays in the preamble."""
    while headings and headings[0].number is None:
        end = headings[1].start if len(headings) > 1 else len(lines)
        if not _is_toc(region_text(lines, headings[0].end, end, consumed).split("\n")):
            break
        headings = headings[1:]
    return headings


def _choose(
    fmt: str,
    lines: list[str],
    blocks: list[Block],
    markup: list[Heading],
    consumed: set[int],
) -> tuple[list[Heading], list[InputWarning]]:
    """Pick the heading strategy: Markdown headings, numbered lines, or short lines."""
    by_markup = [h for h in markup if h.start not in consumed]
    numbered, skipped = numbered_headings(lines, blocks, consumed, markdown=fmt == "md")
    chosen: list[Heading] = []
    for candidate in (by_markup, numbered) if fmt == "md" else (numbered, by_markup):
        if candidate:
            chosen = candidate
            break
    if chosen is not numbered:
        skipped = []
    if len(chosen) < 2:
        # Nearly no heading syntax (Quora; Threads with one stray "Related
        # Articles" heading): short plain lines followed by text are headings,
        # at the level of the few real ones.
        level = min((h.level or 1 for h in chosen), default=1)
        taken = {i for h in chosen for i in range(h.start, h.end)}
        shorts = [
            Heading(h.start, h.end, level, None, h.text)
            for h in short_line_headings(lines, blocks, consumed)
            if h.start not in taken
        ]
        chosen = sorted([*chosen, *shorts], key=lambda h: h.start)
    return _without_toc(lines, chosen, consumed), skipped


def parse(text: str, fmt: str | None) -> Parsed:
    """Normalised text to title, metadata, preamble and a section tree."""
    lines = text.split("\n")
    fenced = fenced_lines(lines)
    blocks = split_blocks(lines, fenced)
    markup = markup_headings(lines, blocks, fenced)
    markup_at = {h.start: h for h in markup}
    consumed: set[int] = set()
    out = Parsed(fmt=fmt or ("md" if markup else "txt"))
    out.title, after_title = _find_title(lines, blocks, markup_at, consumed, out.fmt == "md")
    out.metadata = _take_dates(lines, blocks, after_title, markup_at, consumed)
    headings, warnings = _choose(out.fmt, lines, blocks, markup, consumed)
    ends = [h.start for h in headings[1:]] + [len(lines)] * bool(headings)
    bodies = [
        region_text(lines, h.end, end, consumed) for h, end in zip(headings, ends, strict=True)
    ]
    out.preamble = region_text(lines, 0, headings[0].start if headings else len(lines), consumed)
    out.sections = _build_tree(headings, bodies, warnings)
    out.heading_lines = [h.start for h in headings]
    if not out.title:
        warnings.append(InputWarning("import.no-title"))
    if not headings:
        warnings.append(InputWarning("import.no-sections"))
    if len(warnings) > MAX_WARNINGS:
        more = InputWarning("import.more", count=len(warnings) - MAX_WARNINGS)
        warnings = [*warnings[:MAX_WARNINGS], more]
    out.warnings = warnings
    return out


def _build_tree(
    headings: list[Heading], bodies: list[str], warnings: list[InputWarning]
) -> list[Section]:
    roots: list[Section] = []
    open_path: list[tuple[Section, int]] = []  # (section, index among siblings)
    for heading, body, depth in zip(headings, bodies, _depths(headings), strict=True):
        section = Section(heading=heading.text, body=body)
        del open_path[depth:]
        siblings = open_path[-1][0].children if open_path else roots
        siblings.append(section)
        open_path.append((section, len(siblings) - 1))
        if heading.number is not None:
            written = ".".join(map(str, heading.number))
            derived = number_from_path(tuple(index for _, index in open_path))
            if written != derived:
                warnings.append(InputWarning(
                    "import.renumbered", heading=heading.text, written=written, derived=derived
                ))
    return roots
