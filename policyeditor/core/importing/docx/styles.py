"""What a paragraph's style means: heading level, title, list numbering.

Word names styles in the user's language ("Rubrik 1", "Überschrift 1") in
the display name, but built-in heading styles also carry their identity:
the stored ``w:name`` is the English built-in name ("heading 1") in files
written by Word, and the style (or one it is based on) usually sets an
outline level (``w:outlineLvl``, 0 = level 1). We use, in order: an outline
level on the paragraph itself, one in the style chain, the built-in name, and
finally localised names ("Rubrik 1", "Überschrift 1", ...) for files from
tools that only write display names. Outline level 9 means body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from policyeditor.core.importing.docx.package import w

_HEADING_NAME = re.compile(
    r"^(?:heading|rubrik|überschrift|uberschrift|titre|kop|otsikko|overskrift|"
    r"título|titulo|titolo|nagłówek|заголовок)\s*([1-9])$",
    re.IGNORECASE,
)
# Word's "List Bullet 2" is a second-level list by its look (indent), though
# its numbering says level 0 of a list of its own.
_LIST_NAME = re.compile(r"^list (?:bullet|number) ([2-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "titel", "rubrik", "titre", "título", "titolo", "otsikko"})
_BULLET_FORMATS = frozenset({"bullet", "none"})
MAX_CHAIN = 50  # styles based on styles: Word itself nests a handful


@dataclass
class StyleInfo:
    """What the import needs to know about one paragraph style (chain resolved)."""

    level: int | None = None  # heading level 1-9
    title: bool = False
    num_id: str | None = None
    ilvl: int = 0
    bold: bool = False


@dataclass
class Numbering:
    """numId -> per-level format ("bullet", "decimal", ...)."""

    formats: dict[str, dict[int, str]] = field(default_factory=dict)

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        """Bulleted (or unnumbered) list level; unknown numbering counts as bullets."""
        levels = self.formats.get(num_id)
        if not levels:
            return True
        return levels.get(ilvl, levels.get(0, "bullet")) in _BULLET_FORMATS


def _val(element: Any, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(w("val"))


def outline_level(ppr: Any) -> int | None:
    """Heading level 1-9 from a ``w:pPr``'s ``w:outlineLvl`` (None for body text)."""
    if ppr is None:
        return None
    value = _val(ppr, w("outlineLvl"))
    if value is None or not value.isdigit():
        return None
    level = int(value)
    return level + 1 if level < 9 else 0  # 0 = explicitly body text


def _on(rpr: Any, tag: str) -> bool | None:
    if rpr is None:
        return None
    found = rpr.find(w(tag))
    if found is None:
        return None
    return found.get(w("val"), "true") not in ("0", "false", "off", "none")


class Styles:
    """Paragraph styles of a document, resolved through ``w:basedOn``."""

    def __init__(self, root: Any) -> None:
        self._raw: dict[str, Any] = {}
        self.default_id: str | None = None
        self.default_lang: str | None = None
        self._cache: dict[str, StyleInfo] = {}
        if root is None:
            return
        for style in root.iter(w("style")):
            if style.get(w("type")) not in (None, "paragraph"):
                continue
            sid = style.get(w("styleId"), "")
            self._raw[sid] = style
            if style.get(w("default")) in ("1", "true"):
                self.default_id = sid
        lang = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('lang')}")
        if lang is not None:
            self.default_lang = lang.get(w("val"))

    def info(self, style_id: str | None) -> StyleInfo:
        """Resolved information for a paragraph style id (the default style for None)."""
        sid = style_id or self.default_id or ""
        if sid not in self._cache:
            self._cache[sid] = self._resolve(sid, set())
        return self._cache[sid]

    def _resolve(self, sid: str, seen: set[str]) -> StyleInfo:
        style = self._raw.get(sid)
        if style is None or sid in seen or len(seen) > MAX_CHAIN:
            return StyleInfo()  # a basedOn loop or an absurd chain in a damaged file
        seen.add(sid)
        base_id = _val(style, w("basedOn"))
        base = self._resolve(base_id, seen) if base_id else StyleInfo()
        info = StyleInfo(level=base.level, num_id=base.num_id, ilvl=base.ilvl, bold=base.bold)
        ppr = style.find(w("pPr"))
        level = outline_level(ppr)
        name = (_val(style, w("name")) or "").strip()
        names = {name.lower(), sid.lower()}
        by_name = next((int(m.group(1)) for n in names if (m := _HEADING_NAME.match(n))), None)
        if level is not None:
            info.level = level or None
        elif by_name is not None:
            info.level = by_name
        info.title = bool(names & _TITLE_NAMES) and not info.level
        if ppr is not None and (num := ppr.find(w("numPr"))) is not None:
            num_id = _val(num, w("numId"))
            info.num_id = num_id if num_id not in (None, "0") else None
            ilvl = _val(num, w("ilvl"))
            info.ilvl = int(ilvl) if ilvl and ilvl.isdigit() else 0
        if info.num_id and info.ilvl == 0 and (m := _LIST_NAME.match(name)):
            info.ilvl = int(m.group(1)) - 1
        bold = _on(style.find(w("rPr")), "b")
        if bold is not None:
            info.bold = bold
        return info


def read_numbering(root: Any) -> Numbering:
    """The list formats of ``word/numbering.xml``."""
    numbering = Numbering()
    if root is None:
        return numbering
    abstract: dict[str, dict[int, str]] = {}
    for item in root.iter(w("abstractNum")):
        levels: dict[int, str] = {}
        for lvl in item.iter(w("lvl")):
            ilvl = lvl.get(w("ilvl"), "0")
            fmt = _val(lvl, w("numFmt")) or "decimal"
            if ilvl.isdigit():
                levels[int(ilvl)] = fmt
        abstract[item.get(w("abstractNumId"), "")] = levels
    for num in root.iter(w("num")):
        levels = dict(abstract.get(_val(num, w("abstractNumId")) or "", {}))
        for override in num.iter(w("lvlOverride")):
            lvl = override.find(w("lvl"))
            ilvl = override.get(w("ilvl"), "0")
            if lvl is not None and ilvl.isdigit():
                levels[int(ilvl)] = _val(lvl, w("numFmt")) or "decimal"
        numbering.formats[num.get(w("numId"), "")] = levels
    return numbering
