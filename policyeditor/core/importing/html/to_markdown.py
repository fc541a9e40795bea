"""HTML content to the Markdown our renderer reads (python-markdown with tables).

Paragraphs, headings, bold, italic, links (with their href), code, nested
lists (four-space indents: python-markdown's), tables (GFM pipes),
blockquotes, preformatted text and definition lists ("Term: definition", so
that "Last updated: ..." stays a date line). Images are left out and
counted: a saved page's pictures are files beside it or on a server, and
nothing is fetched. Text is escaped so that a "*" or "[1]" in the page stays
a character and never turns into markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "ol", "dl", "li", "table", "blockquote", "pre", "hr", "figure",
        "figcaption", "address", "details", "summary", "center", "body", "html", "dt", "dd",
        "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "fieldset", "legend", "menu",
    }
)  # fmt: skip
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i", "cite", "dfn", "var"})
_CODE = frozenset({"code", "kbd", "samp", "tt"})

_BREAK = "\ue000"  # a <br>, until we know whether it may stay a line break
_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # HTML whitespace; no-break spaces stay
_ESCAPE = re.compile(r"[\\`*\[\]]|<(?=[A-Za-z/!?])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# What would start a heading, list, quote or rule at the start of a line.
_LINE_START = re.compile(
    r"^(?:(?P<mark>#|>|[-+*](?=\s|$)|=+\s*$|-+\s*$)|(?P<number>\d+)(?=[.)](?:\s|$)))"
)
_LIST_ITEM = re.compile(r"^(?:- |\d+\. )")
# "1 Information" (the number our own export writes in a span): give it the
# dot the Markdown importer expects, so the number is stripped like any other.
_BARE_NUMBER = re.compile(r"^(\d{1,2})\s+(?=\S)")


@dataclass
class Converted:
    """Markdown of the content and how many images were left out."""

    markdown: str
    images: int = 0


def _escape(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\\" + m.group(0), text)


def _escape_start(line: str) -> str:
    # "1. " is escaped after the number ("1\\. "), the other marks before it
    return _LINE_START.sub(
        lambda m: m.group("number") + "\\" if m.group("number") else "\\" + m.group(0),
        line,
        count=1,
    )


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text)


def _wrap(marker: str, inner: str) -> str:
    # "** bold **" is not bold in Markdown: the spaces go outside the markers
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _layout_table(table: HtmlElement) -> bool:
    # A table that holds headings, lists, other tables or several paragraphs
    # in a cell lays out a page (old sites); its cells are content, not data.
    if table.get("role") in ("presentation", "none"):
        return True
    if table.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//table | .//ul | .//ol"):
        return True
    return any(len(cell.findall("p")) > 1 for cell in table.iter("td", "th"))


def _href(element: HtmlElement) -> str | None:
    href = (element.get("href") or "").strip()
    if not href or href.lower().startswith(("javascript:", "data:", "vbscript:")):
        return None
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


class _Writer:
    def __init__(self, skip: HtmlElement | None) -> None:
        self.skip = skip  # the element already taken as the title
        self.images = 0

    # inline content --------------------------------------------------------

    def inline(self, element: HtmlElement) -> str:
        """The element's own markup around its children, as inline Markdown."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            return _BREAK
        if tag == "img":
            self.images += 1
            return ""
        inner = self.children_inline(element)
        if tag in _STRONG:
            return _wrap("**", inner)
        if tag in _EMPHASIS:
            return _wrap("*", inner)
        if tag in _CODE:
            code = _collapse(element.text_content())
            fence = "``" if "`" in code else "`"
            return f"{fence}{code}{fence}" if code.strip() else code
        if tag == "a":
            href = _href(element)
            text = inner.replace(_BREAK, " ")
            core = text.strip()
            if href and core:
                lead = text[: len(text) - len(text.lstrip())]
                return f"{lead}[{core}]({href}){text[len(text.rstrip()) :]}"
            return text
        if tag in _BLOCK:
            return f" {inner} "  # a block inside inline content (a div in a link)
        return inner

    def children_inline(self, element: HtmlElement) -> str:
        parts = [_escape(element.text or "")]
        for child in element:
            if isinstance(child.tag, str):
                parts.append(self.inline(child))
            parts.append(_escape(child.tail or ""))
        return "".join(parts)

    def line(self, element: HtmlElement) -> str:
        """Inline content on one line (headings, list items, table cells)."""
        return _collapse(self.children_inline(element).replace(_BREAK, " ")).strip()

    # blocks -----------------------------------------------------------------

    def blocks(self, element: HtmlElement) -> list[str]:
        """The element's content as Markdown blocks (to be joined by blank lines)."""
        out: list[str] = []
        run: list[str] = [_escape(element.text or "")]

        def flush() -> None:
            text = _collapse("".join(run)).strip(" ")
            text = "\n".join(part.strip(" ") for part in text.split(_BREAK)).strip("\n")
            if text.strip():
                # a <br> is a hard line break: two spaces before the newline
                out.append("  \n".join(_escape_start(line) for line in text.split("\n")))
            run.clear()

        for child in element:
            if isinstance(child.tag, str) and child.tag in _BLOCK:
                flush()
                if child is not self.skip:
                    out.extend(self.block(child))
            elif isinstance(child.tag, str):
                run.append(self.inline(child))
            run.append(_escape(child.tail or ""))
        flush()
        return out

    def block(self, element: HtmlElement) -> list[str]:
        tag = element.tag
        if tag in _HEADINGS:
            text = self.line(element)
            if not text:
                return []
            level = max(2, _HEADINGS[tag])  # one title: a second h1 is a section
            return ["#" * level + " " + _BARE_NUMBER.sub(r"\1. ", text, count=1)]
        if tag in ("ul", "ol", "menu"):
            listed = self.items(element, ordered=tag == "ol")
            return [listed] if listed else []
        if tag == "table" and _layout_table(element):
            return [block for cell in element.iter("td", "th") for block in self.blocks(cell)]
        if tag == "table":
            table = self.table(element)
            return [table] if table else []
        if tag == "blockquote":
            inner = "\n\n".join(self.blocks(element))
            return ["\n".join("> " + line if line else ">" for line in inner.split("\n"))]
        if tag == "pre":
            return [self.pre(element)]
        if tag == "hr":
            return ["* * *"]
        if tag == "dl":
            return self.definitions(element)
        return self.blocks(element)

    def items(self, element: HtmlElement, *, ordered: bool) -> str:
        items: list[str] = []
        loose = False
        number = int(element.get("start") or 1) if (element.get("start") or "1").isdigit() else 1
        for item in element:
            if not isinstance(item.tag, str):
                continue
            blocks = self.blocks(item) if item.tag == "li" else self.block(item)
            if not blocks:
                continue
            marker = f"{number}. " if ordered else "- "
            number += 1
            # python-markdown nests by four spaces, whatever the marker's width
            text = blocks[0].replace("\n", "\n    ")
            for index, block in enumerate(blocks[1:]):
                # a list right under the item's first line stays tight; after a
                # second paragraph python-markdown needs the blank line
                gap = "\n" if index == 0 and _LIST_ITEM.match(block) else "\n\n"
                text += gap + "    " + block.replace("\n", "\n    ")
            items.append(marker + text)
            loose = loose or "\n\n" in text
        # after an item's second paragraph the next item needs a blank line
        return ("\n\n" if loose else "\n").join(items)

    def table(self, element: HtmlElement) -> str:
        rows = element.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        cells = [
            [self.line(cell).replace("|", "\\|") for cell in row if cell.tag in ("th", "td")]
            for row in rows
        ]
        cells = [row for row in cells if any(row)]
        if not cells:
            return ""
        width = max(len(row) for row in cells)
        cells = [row + [""] * (width - len(row)) for row in cells]
        lines = ["| " + " | ".join(cells[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in cells[1:]]
        return "\n".join(lines)

    def pre(self, element: HtmlElement) -> str:
        code = element.text_content().strip("\n")
        fence = "```"
        while fence in code:
            fence += "`"
        return f"{fence}\n{code}\n{fence}"

    def definitions(self, element: HtmlElement) -> list[str]:
        # "Last updated" / "2024-04-05" as one line, so a date stays a date line
        out: list[str] = []
        term = ""
        for item in element.iter("dt", "dd"):
            text = self.line(item)
            if item.tag == "dt":
                if term:
                    out.append(_escape_start(term))
                term = text
            else:
                joined = f"{term}: {text}" if term and text else term or text
                if joined:
                    out.append(_escape_start(joined))
                term = ""
        if term:
            out.append(_escape_start(term))
        return out


def to_markdown(content: HtmlElement, *, skip: HtmlElement | None = None) -> Converted:
    """The content element as Markdown blocks; ``skip`` (the title heading) is left out."""
    writer = _Writer(skip)
    blocks = writer.block(content) if content.tag in _BLOCK else writer.blocks(content)
    return Converted("\n\n".join(blocks), writer.images)
