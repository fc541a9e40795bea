"""The inside of a Word paragraph: runs to Markdown, tracked changes accepted.

Text inside ``w:ins`` and ``w:moveTo`` is kept and text inside ``w:del`` and
``w:moveFrom`` is dropped: the import takes every tracked change as accepted.
Field instructions (``w:instrText``) are code, not text; field results are
kept. Hyperlinks with an external relationship become Markdown links (the
target is only copied, never fetched); internal anchors (a table of contents
pointing at bookmarks) become ``#anchor`` links, as in Markdown sources, so
a table of contents is recognised as one. Comment ranges are followed so
that each comment knows the words it quotes and the paragraph it starts in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policyeditor.core.importing.docx.package import MC, R, w

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_ESCAPE = re.compile(r"([\\`*\[\]])|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])")
_SKIP = frozenset({w("del"), w("moveFrom"), w("instrText"), w("delText"), w("delInstrText"),
                   w("rPr"), w("pPr"), w("proofErr"), w("bookmarkStart"), w("bookmarkEnd")})
_DESCEND = frozenset({w("ins"), w("moveTo"), w("smartTag"), w("customXml"), w("fldSimple"),
                      w("dir"), w("bdo"), w("sdtContent")})
_FALSE = ("0", "false", "off", "none")
_HYPERLINK = re.compile(r'^\s*HYPERLINK\s+(?:"([^"]*)"|([^\s"\\]+))?(?:.*?\\l\s+"([^"]*)")?',
                        re.IGNORECASE)


def field_link(instruction: str) -> str | None:
    """The target of a ``HYPERLINK "url" \\l "anchor"`` field instruction, if it is one."""
    m = _HYPERLINK.match(instruction)
    if not m:
        return None
    url = m.group(1) or m.group(2) or ""
    anchor = m.group(3)
    if anchor:
        url = f"{url}#{anchor}"
    return url or None


@dataclass
class _Field:
    """A complex field (``w:fldChar`` begin ... separate ... end) being read."""

    instruction: list[str] = field(default_factory=list)
    url: str | None = None
    in_result: bool = False


def escape(text: str) -> str:
    """Plain text to Markdown that reads back as the same text."""
    return _ESCAPE.sub(lambda m: "\\" + m.group(0), text)


@dataclass
class Segment:
    """Text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


#: Characters of text before a comment's range kept to place it among repeated words.
CONTEXT = 60


@dataclass
class Anchors:
    """Comment ranges across the document body: which are open, what they quote."""

    open_quotes: dict[str, list[str]] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)
    starts: dict[str, int] = field(default_factory=dict)  # comment id -> paragraph number
    # comment id -> the text just before its range, to tell repeated words apart
    contexts: dict[str, str] = field(default_factory=dict)
    _recent: list[str] = field(default_factory=list)  # the latest text read, any paragraph

    def start(self, cid: str, paragraph: int) -> None:
        self.starts.setdefault(cid, paragraph)
        self.open_quotes.setdefault(cid, [])
        self.contexts.setdefault(cid, "".join(self._recent)[-CONTEXT:])

    def end(self, cid: str) -> None:
        words = self.open_quotes.pop(cid, None)
        if words is not None:
            self.quotes.setdefault(cid, " ".join("".join(words).split()))

    def text(self, text: str) -> None:
        for words in self.open_quotes.values():
            words.append(text)
        self._recent.append(text)
        if len(self._recent) > 64:  # only the tail is ever wanted
            self._recent[:] = ["".join(self._recent)[-CONTEXT:]]


@dataclass
class Counts:
    """What the import noticed but could not carry over, for warnings."""

    changes: int = 0
    images: int = 0
    footnotes: int = 0  # footnotes and endnotes, kept as numbered notes


class InlineReader:
    """Reads paragraphs' runs; shares comment anchors and counts across the body."""

    def __init__(self, links: dict[str, str], anchors: Anchors, counts: Counts) -> None:
        self.links = links
        self.anchors = anchors
        self.counts = counts
        self.paragraph = 0  # number of the paragraph being read, for comment anchors
        self.fields: list[_Field] = []  # open complex fields (they may span paragraphs)
        self.notes: dict[tuple[str, str], str] = {}  # (kind, id) -> text of a foot/endnote
        self.pending_notes: list[str] = []  # notes referenced in the paragraph being read

    def _field_url(self) -> str | None:
        for item in reversed(self.fields):
            if item.in_result and item.url:
                return item.url
        return None

    def segments(self, paragraph: Any, bold: bool = False) -> list[Segment]:
        """The paragraph's text as formatted segments (``bold``: the style's weight)."""
        out: list[Segment] = []
        self._children(paragraph, out, bold, None)
        return out

    def _children(self, element: Any, out: list[Segment], bold: bool, url: str | None) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                if tag in (w("del"), w("moveFrom")):
                    self.counts.changes += 1
                continue
            if tag == w("r"):
                self._run(child, out, bold, url)
            elif tag == w("hyperlink"):
                rid = child.get(f"{{{R}}}id")
                anchor = child.get(w("anchor"))
                target = self.links.get(rid or "") or (f"#{anchor}" if anchor else None)
                self._children(child, out, bold, target or url)
            elif tag in _DESCEND or tag == w("sdt"):
                if tag in (w("ins"), w("moveTo")):
                    self.counts.changes += 1
                if tag == w("fldSimple"):
                    url = field_link(child.get(w("instr"), "")) or url
                self._children(child, out, bold, url)
            elif tag == w("commentRangeStart"):
                self.anchors.start(child.get(w("id"), ""), self.paragraph)
            elif tag == w("commentRangeEnd"):
                self.anchors.end(child.get(w("id"), ""))
            elif tag == f"{{{M}}}oMath" or tag == f"{{{M}}}oMathPara":
                text = "".join(t.text or "" for t in child.iter(f"{{{M}}}t"))
                self._add(out, Segment(text, bold, False, url))
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._children(choice, out, bold, url)

    def _run(self, run: Any, out: list[Segment], bold: bool, url: str | None) -> None:
        rpr = run.find(w("rPr"))
        italic = False
        if rpr is not None:
            bold = _flag(rpr, "b", bold)
            italic = _flag(rpr, "i", False)
            style = (rpr.find(w("rStyle")) is not None
                     and rpr.find(w("rStyle")).get(w("val"), "").lower()) or ""
            bold = bold or "strong" in style
            italic = italic or "emphasis" in style
        explicit = url
        url = explicit or self._field_url()
        for child in run:
            tag = child.tag
            if tag == w("t"):
                self._add(out, Segment(child.text or "", bold, italic, url))
            elif tag == w("fldChar"):
                self._field_char(child.get(w("fldCharType"), ""))
                url = explicit or self._field_url()
            elif tag == w("instrText"):
                if self.fields:
                    self.fields[-1].instruction.append(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                self._add(out, Segment(" ", bold, italic, url))
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) not in ("page", "column"):
                    self._add(out, Segment("\n", False, False, None))
            elif tag == w("noBreakHyphen"):
                self._add(out, Segment("-", bold, italic, url))
            elif tag == w("sym"):
                char = child.get(w("char"), "")
                if re.fullmatch(r"[0-9A-Fa-f]{4}", char) and int(char, 16) < 0xE000:
                    self._add(out, Segment(chr(int(char, 16)), bold, italic, url))
            elif tag == w("commentReference"):
                self.anchors.start(child.get(w("id"), ""), self.paragraph)
                self.anchors.end(child.get(w("id"), ""))
            elif tag in (w("drawing"), w("pict"), w("object"), f"{{{MC}}}AlternateContent"):
                self._graphic(child, out)
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                self._note(child, out)

    def _graphic(self, element: Any, out: list[Segment]) -> None:
        """A drawing: a text box's words are kept (inline); a picture is counted."""
        if element.tag == f"{{{MC}}}AlternateContent":
            # Choice and Fallback hold the same text box twice; read one of them
            branch = element.find(f"{{{MC}}}Choice")
            element = branch if branch is not None else element.find(f"{{{MC}}}Fallback")
            if element is None:
                return
        boxes = [box for box in element.iter(w("txbxContent")) if _outermost(box, element)]
        if not boxes:
            self.counts.images += 1
            return
        for box in boxes:
            for p in box.iter(w("p")):
                self._add(out, Segment(" "))
                for segment in self.segments(p):  # (their words are quoted already)
                    self._add(out, segment, quoted=True)

    def _note(self, reference: Any, out: list[Segment]) -> None:
        """A footnote or endnote: its number here, its text after the paragraph."""
        kind = "footnote" if reference.tag == w("footnoteReference") else "endnote"
        text = self.notes.get((kind, reference.get(w("id"), "")))
        if text is None:
            return
        self.counts.footnotes += 1
        label = f"[{self.counts.footnotes}]"
        self._add(out, Segment(label))
        self.pending_notes.append(f"{label} {text}")

    def _field_char(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            top = self.fields[-1]
            top.in_result = True
            top.url = field_link("".join(top.instruction))
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _add(self, out: list[Segment], segment: Segment, *, quoted: bool = False) -> None:
        if not segment.text:
            return
        if not quoted:
            self.anchors.text(segment.text)
        last = out[-1] if out else None
        if last is not None and (last.bold, last.italic, last.url) == (
            segment.bold, segment.italic, segment.url
        ):
            last.text += segment.text
        else:
            out.append(segment)


def _outermost(box: Any, top: Any) -> bool:
    """Whether a text box is not inside another text box (below ``top``)."""
    parent = box.getparent()
    while parent is not None and parent is not top:
        if parent.tag == w("txbxContent"):
            return False
        parent = parent.getparent()
    return True


def _flag(rpr: Any, tag: str, default: bool) -> bool:
    found = rpr.find(w(tag))
    if found is None:
        return default
    return found.get(w("val"), "true").lower() not in _FALSE


def plain(segments: list[Segment]) -> str:
    """The paragraph's text without formatting."""
    return "".join(s.text for s in segments)


def _wrap(text: str, marks: str) -> str:
    # "**bold **" is not bold in Markdown: move the spaces outside the marks.
    core = text.strip()
    if not core or not marks:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks}{trail}"


def to_markdown(segments: list[Segment], *, emphasis: bool = True, escaped: bool = True) -> str:
    """Formatted segments to one Markdown string (bold, italic, links).

    ``emphasis=False`` drops bold and italic; ``escaped=False`` leaves
    Markdown characters in the text as they are (as a .txt import does).
    """
    parts: list[str] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        if segment.url is not None:
            # one link may hold several formattings; keep them inside the label
            group = [segment]
            while index + 1 < len(segments) and segments[index + 1].url == segment.url:
                index += 1
                group.append(segments[index])
            label = to_markdown([Segment(s.text, s.bold, s.italic) for s in group],
                                emphasis=emphasis, escaped=escaped)
            stripped = label.strip()
            if stripped:
                lead = label[: len(label) - len(label.lstrip())]
                trail = label[len(label.rstrip()) :]
                target = segment.url.replace(" ", "%20").replace(")", "%29")
                parts.append(f"{lead}[{stripped}]({target}){trail}")
            index += 1
            continue
        marks = ("**" if segment.bold else "") + ("*" if segment.italic else "")
        lines = (escape(segment.text) if escaped else segment.text).split("\n")
        parts.append("\n".join(_wrap(line, marks if emphasis else "") for line in lines))
        index += 1
    return "".join(parts)
