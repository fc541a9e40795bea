"""A comparison as Qt rich text for the compare view (inline and side by side).

Qt's rich-text engine knows neither ``<ins>``/``<del>`` nor ``<details>`` nor
stylesheet classes, so the view cannot show the HTML report as is. The body
diffs are rendered by the same core function as the report
(``diff_markdown_html``: sanitised Markdown with changes marked inside it),
only with styled spans as markers; what Qt lacks is done here: section
anchors (``c<index>``, the same on both sides so scrolling can be
synchronised), folding of unchanged sections through ``toggle:<index>`` links,
and a flag badge beside each section that carries a visible flag.

Legal colours: insertions blue and underlined, deletions red and struck
through, moved sections green with "moved from 1.2.4".
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange
from policyeditor.core.render.diff_markup import Markers, diff_markdown_html, diff_text_html
from policyeditor.core.render.labels import label
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.redline_summary import change_heading, moved_from, report_language

INSERT_COLOUR = "#0b4fd8"
DELETE_COLOUR = "#c00018"
MOVE_COLOUR = "#17803d"
MUTED_COLOUR = "#6b6b6b"
SEVERITY_COLOURS = {"high": "#b00020", "medium": "#c75a00", "low": "#55606e"}

QT_MARKERS = Markers(
    ins_open=f'<span style="color:{INSERT_COLOUR}; text-decoration:underline;">',
    ins_close="</span>",
    del_open=f'<span style="color:{DELETE_COLOUR}; text-decoration:line-through;">',
    del_close="</span>",
)

OLD, NEW, INLINE = "old", "new", "inline"
TOGGLE_SCHEME = "toggle"


@dataclass
class RenderOptions:
    """What the user chose to see."""

    collapse_unchanged: bool = True
    expanded: set[int] = field(default_factory=set)  # unchanged sections opened by a click
    # section id -> (severity, short text) of the most severe visible flag
    badges: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    severity_names: Mapping[str, str] = field(default_factory=dict)


def anchor(index: int) -> str:
    """Anchor name of the ``index``-th change (the same in every pane)."""
    return f"c{index}"


def toggle_link(index: int) -> str:
    """Link that folds or unfolds the ``index``-th (unchanged) section."""
    return f"{TOGGLE_SCHEME}:{index}"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _side_ops(ops: list[DiffOp], side: str) -> list[DiffOp]:
    """The ops one pane shows: the old pane keeps deletions, the new one insertions."""
    if side == OLD:
        return [(op, text) for op, text in ops if op <= 0]
    if side == NEW:
        return [(op, text) for op, text in ops if op >= 0]
    return ops


def _unbreakable(text: str) -> str:
    """Escaped ``text`` that a narrow pane cannot wrap (a badge reads as one mark)."""
    return _esc(text).replace(" ", "&nbsp;")


def _badge(text: str, colour: str) -> str:
    return (f' <span style="color:{colour}; font-size:small; font-weight:bold;">'
            f"{_unbreakable(text)}</span>")


def _heading_style(depth: int) -> str:
    size = ("x-large", "large", "medium")[min(depth, 2)]
    return f"font-size:{size}; font-weight:bold;"


def _unchanged_html(index: int, change: SectionChange, side: str, options: RenderOptions) -> str:
    # Each pane numbers sections as its own version does (renumbering is no change).
    number = _esc((change.old_number if side == OLD else None) or change.number)
    heading = _esc(change_heading(change))
    open_ = index in options.expanded or not options.collapse_unchanged
    arrow = "▾" if open_ else "▸"
    # Folded sections read one size down and light, so the changes stand out.
    size = _heading_style(change.depth + 1).replace("bold", "normal")
    out = [
        f'<p style="margin-top:4px; margin-bottom:2px; {size}">'
        f'<a name="{anchor(index)}" href="{toggle_link(index)}" '
        f'style="color:{MUTED_COLOUR}; text-decoration:none;">{arrow} {number} {heading}</a></p>'
    ]
    if open_ and change.new_section is not None:
        body = render_markdown(change.new_section.body)
        if body:
            out.append(f'<div style="color:{MUTED_COLOUR};">{body}</div>')
    return "".join(out)


def _marks(change: SectionChange, side: str, lang: str) -> str:
    marks = ""
    if change.change == "added" and side != OLD:
        marks += _badge(label(lang, "added_section"), INSERT_COLOUR)
    elif change.change == "removed" and side != NEW:
        marks += _badge(label(lang, "removed_section"), DELETE_COLOUR)
    if change.moved:
        if side == OLD:
            marks += _badge(f"⇄ {change.new_number or ''}", MOVE_COLOUR)
        else:
            marks += _badge(f"⇄ {moved_from(change, lang) or ''}", MOVE_COLOUR)
    return marks


def _placeholder(index: int, change: SectionChange, side: str, lang: str) -> str:
    """What a pane shows where the section exists only on the other side."""
    key = "added_section" if side == OLD else "removed_section"
    number = change.number
    return (
        f'<p style="margin-top:6px; color:{MUTED_COLOUR}; {_heading_style(change.depth)}">'
        f'<a name="{anchor(index)}">{_esc(number)}</a> '
        f'<span style="font-style:italic; font-weight:normal;">— {_esc(label(lang, key))} —</span>'
        "</p>"
    )


def _changed_html(index: int, change: SectionChange, side: str, lang: str,
                  options: RenderOptions) -> str:
    if (side == OLD and change.change == "added") or (side == NEW and change.change == "removed"):
        return _placeholder(index, change, side, lang)
    number = change.old_number if side == OLD else change.number
    heading_ops = _side_ops(change.heading, side)
    heading = diff_text_html(heading_ops, QT_MARKERS)
    colour = MOVE_COLOUR if change.moved else "inherit"
    if change.change == "added" and side != OLD:
        colour = INSERT_COLOUR
    elif change.change == "removed":
        colour = DELETE_COLOUR
    style = f"color:{colour};" if colour != "inherit" else ""
    badge = ""
    found = options.badges.get(change.section_id)
    if found is not None and side != OLD:
        severity, text = found
        badge = (f' <span style="background-color:{SEVERITY_COLOURS[severity]}; color:#ffffff;'
                 f' font-size:small;">&nbsp;⚑&nbsp;{_unbreakable(text)}&nbsp;</span>')
    body = diff_markdown_html(_side_ops(change.body, side), QT_MARKERS)
    return (
        f'<p style="margin-top:10px; margin-bottom:4px; {_heading_style(change.depth)}">'
        f'<a name="{anchor(index)}"><span style="{style}">{_esc(number or "")}</span></a> '
        f'<span style="{style}">{heading}</span>{_marks(change, side, lang)}{badge}</p>'
        f"<div>{body}</div>"
    )


def _legend(lang: str, side: str) -> str:
    """The colour key, in the document's language like the exported report's."""
    parts = []
    if side != OLD:
        ins = f'<span style="color:{INSERT_COLOUR}; text-decoration:underline;">'
        parts.append(f"{ins}{_esc(label(lang, 'legend_inserted'))}</span>")
    if side != NEW:
        dele = f'<span style="color:{DELETE_COLOUR}; text-decoration:line-through;">'
        parts.append(f"{dele}{_esc(label(lang, 'legend_deleted'))}</span>")
    parts.append(f'<span style="color:{MOVE_COLOUR};">⇄ {_esc(label(lang, "legend_moved"))}</span>')
    return (
        f'<p style="font-size:small; color:{MUTED_COLOUR};">{_esc(label(lang, "legend"))}: '
        + " · ".join(parts)
        + "</p>"
    )


def redline_html(comparison: Comparison, side: str, options: RenderOptions) -> str:
    """The rich text of one pane: ``INLINE`` (both sides in one), ``OLD`` or ``NEW``."""
    lang = report_language(comparison)
    out = ['<html><body style="color:#1b1b1b;">']
    title_ops = _side_ops(comparison.title, side)
    out.append(f'<p style="font-size:xx-large; font-weight:bold;">'
               f"{diff_text_html(title_ops, QT_MARKERS)}</p>")
    out.append(_legend(lang, side))
    preamble = diff_markdown_html(_side_ops(comparison.preamble, side), QT_MARKERS)
    if preamble:
        out.append(f"<div>{preamble}</div>")
    for index, change in enumerate(comparison.sections):
        if change.change == "unchanged" and not change.moved:
            out.append(_unchanged_html(index, change, side, options))
        else:
            out.append(_changed_html(index, change, side, lang, options))
    out.append("</body></html>")
    return "".join(out)


_QUOTED = re.compile(r"[“\"”]([^“”\"]+)[”\"]")


def evidence_quotes(evidence: str) -> list[str]:
    """Text quoted in a flag's evidence, the new wording first, ellipses dropped.

    Evidence reads like ``“old…” → “new…”``, ``+ “added”`` or ``- “removed”``;
    the compare view searches these in the redline to highlight them.
    """
    parts = evidence.split("→")
    ordered = list(reversed(parts)) if len(parts) > 1 else parts
    quotes: list[str] = []
    for part in ordered:
        for match in _QUOTED.finditer(part):
            text = match.group(1).replace("…", "").strip()
            if text and text not in quotes:
                quotes.append(text)
    if not quotes and evidence.strip():
        quotes.append(evidence.strip().lstrip("+-– ").strip())
    return quotes


def search_variants(quote: str) -> list[str]:
    """The quote, then shorter word prefixes of it (diff marks may cut through a quote)."""
    words = quote.split()
    variants = [quote]
    for count in (8, 5, 3):
        if len(words) > count:
            variants.append(" ".join(words[:count]))
    return variants


def flagged_sections(states: Collection[object]) -> dict[str, str]:
    """Section id → most severe severity among ``states`` (FlagState objects)."""
    rank = {"high": 0, "medium": 1, "low": 2}
    out: dict[str, str] = {}
    for state in states:
        flag = state.flag  # type: ignore[attr-defined]
        current = out.get(flag.section_id)
        if current is None or rank[flag.severity] < rank[current]:
            out[flag.section_id] = flag.severity
    return out
