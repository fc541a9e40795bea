"""Markdown → sanitised HTML fragment, cached by content.

Used by the editor's live preview (one call per section on every keystroke)
and by every exporter. A policy body is rendered on its own (per section),
so editing one section re-renders only that section: the cache is keyed by
the exact text, and unchanged sections hit it.

python-markdown's ``Markdown`` object is reusable (``reset()``) but not
thread-safe, and building one costs more than rendering a short section, so
one instance is kept per thread.
"""

from __future__ import annotations

import re
import textwrap
import threading
from functools import lru_cache
from html import escape as html_escape

import markdown

from policyeditor.core.render.sanitize import sanitize

# tables and definition lists appear in real policies (retention tables,
# glossaries); sane_lists keeps "1." and "-" lists apart as a lawyer expects.
EXTENSIONS: tuple[str, ...] = ("tables", "sane_lists", "fenced_code", "def_list")
CACHE_SIZE = 8192

_local = threading.local()


def _converter() -> markdown.Markdown:
    converter: markdown.Markdown | None = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")
        _local.converter = converter
    return converter


# Most policy text is plain prose and "- " lists. Such text is rendered
# directly, several times faster than python-markdown; the result is
# byte-for-byte what python-markdown + the sanitiser produce (a property test
# compares the two). Anything with a character or line start that could mean
# markup goes the full way.
_MARKUP_CHARS = re.compile(r"[*_`\[\]<>#&\\!|~={}\x00-\x09\x0b-\x1f\x7f\u2028\u2029\u0085\u00a0]")
_SPECIAL_START = re.compile(r"(?:[-+*:>\s]|\d+[.)])")
_ITEM = re.compile(r"- (\S.*)")


def _plain_fast_path(text: str) -> str | None:
    """HTML for plain paragraphs and "- " lists, or None when markup might be involved."""
    if _MARKUP_CHARS.search(text):
        return None
    out: list[str] = []
    previous_was_list = False
    for block in re.split(r"\n(?:[ ]*\n)+", text.strip("\n")):
        lines = block.split("\n")
        if any(not line or line != line.strip() for line in lines):
            return None
        items = [_ITEM.fullmatch(line) for line in lines]
        if all(items):
            if previous_was_list:
                return None  # lists split by a blank line merge into a "loose" list
            texts = [m.group(1) for m in items if m is not None]
            if any(_SPECIAL_START.match(t) for t in texts):
                return None
            out.append("<ul>\n" + "".join(f"<li>{t}</li>\n" for t in texts) + "</ul>")
            previous_was_list = True
        else:
            if any(_SPECIAL_START.match(line) for line in lines):
                return None
            out.append("<p>" + "\n".join(lines) + "</p>")
            previous_was_list = False
    return "\n".join(out)


def dedent_body(text: str) -> str:
    """``text`` without the indentation every line shares.

    A list item promoted to a section on import ("10. **HOW WE USE PERSONAL
    INFORMATION**", Bluesky 2024–25) leaves its body indented by four
    spaces, which Markdown reads as one code block: monospace, raw ``**`` and
    ``*`` markers, and in the PDF lines cut off at the right margin. Policy
    text is never meant as code, so the shared indentation goes.
    """
    if text.lstrip("\n")[:1] not in (" ", "\t"):
        return text  # the first line is not indented, so no indentation is shared
    return textwrap.dedent(text)


@lru_cache(maxsize=CACHE_SIZE)
def render_markdown(text: str) -> str:
    """HTML fragment for a Markdown ``text``, sanitised; ``""`` for blank text."""
    if not text.strip():
        return ""
    text = dedent_body(text)
    fast = _plain_fast_path(text)
    if fast is not None:
        return fast
    return render_markdown_full(text)


# Websites put lists inside table cells as "<br>*   item" (Markdown has no
# lists in cells): Spotify's tables showed literal asterisks. An item marker at
# the start of a cell or after a <br> in a table row becomes a bullet.
_TABLE_ROW = re.compile(r"^[ \t]*\|.*$", re.MULTILINE)
_CELL_ITEM = re.compile(r"((?:<br\s*/?>|(?<!\\)\|)[ \t]*)[*+-][ \t]+(?=[^\s|])")


def cell_bullets(text: str) -> str:
    """``| a<br>*   b |`` → ``| a<br>• b |`` in table rows; other lines unchanged."""
    if "|" not in text:
        return text
    return _TABLE_ROW.sub(lambda row: _CELL_ITEM.sub("\\1• ", row.group(0)), text)


_LIST_LINE = re.compile(r"([ \t]*)(?:[*+-]|\d{1,9}[.)])[ \t]+\S")


def _indent(prefix: str) -> int:
    return len(prefix.expandtabs(4))


def _loose_since(lines: list[str], indent: int) -> bool:
    """Is there a blank line between the end of ``lines`` and the item it continues?"""
    for line in reversed(lines):
        if not line.strip():
            return True
        if _indent(line[: len(line) - len(line.lstrip())]) <= indent:
            return False
    return False


def end_lazy_items(text: str) -> str:
    """A blank line before a list item that python-markdown would glue to the one above.

    After a nested list inside a loose item (one with a blank line in it), a
    next item with no blank line before it is read as a continuation of the
    last nested item: Bluesky's "Answering support requests; and … 2.
    **Administrative Purposes**" ran into one bullet.
    """
    if "\n" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        item = _LIST_LINE.match(line)
        if item and out and out[-1].strip():
            previous = _LIST_LINE.match(out[-1])
            indent = _indent(item.group(1))
            if previous and _indent(previous.group(1)) > indent and _loose_since(out, indent):
                out.append("")
        out.append(line)
    return "\n".join(out)


def render_markdown_full(text: str) -> str:
    """python-markdown + sanitiser, without the fast path or the cache (tests compare)."""
    if not text.strip():
        return ""
    converter = _converter()
    try:
        html = converter.convert(end_lazy_items(cell_bullets(dedent_body(text))))
    except RecursionError:
        # python-markdown recurses once per nesting level: a list nested a
        # few hundred levels deep (pasted or imported junk) exhausts the stack.
        # The text is still shown, every word of it, as plain paragraphs. The
        # converter is dropped: its parser state stack was left mid-way and
        # would change how later, innocent texts render.
        _local.converter = None
        html = _literal_html(text)
    finally:
        converter.reset()
    return sanitize(html)


def _literal_html(text: str) -> str:
    """``text`` as escaped paragraphs with its line breaks, no markup read."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text.strip("\n")):
        if block.strip():
            lines = (html_escape(line.strip(), quote=False) for line in block.split("\n"))
            paragraphs.append("<p>" + "<br />\n".join(lines) + "</p>")
    return "\n".join(paragraphs)


def clear_cache() -> None:
    """Forget cached renderings (tests, or to bound memory after a huge import)."""
    render_markdown.cache_clear()
