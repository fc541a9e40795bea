"""The redline as the compare view shows it: inline, or one pane of a side by side view.

The sections are the redline renderer's (:func:`change_html`, Qt target);
what a live view adds is here, still pure string work: section anchors
(``c<index>``, the same in every pane so scrolling can be synchronised),
unchanged sections folded to one line that a ``toggle:<index>`` link opens,
a placeholder where a section exists only on the other side, a flag badge
beside each section with a visible flag, and the search terms that find a
flag's evidence in the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from policyeditor.core.compare.result import Comparison, SectionChange
from policyeditor.core.render.document.sections import body_html
from policyeditor.core.render.labels import label
from policyeditor.core.render.redline.markup import diff_text_html
from policyeditor.core.render.redline.sections import (
    INLINE,
    NEW,
    OLD,
    RedlineView,
    change_html,
    legend_html,
    preamble_html,
    side_ops,
    unbreakable,
)
from policyeditor.core.render.redline_summary import change_heading, report_language
from policyeditor.core.render.target import Target, esc

__all__ = [
    "INLINE", "NEW", "OLD", "TOGGLE_SCHEME", "RenderOptions", "anchor", "evidence_quotes",
    "flagged_sections", "redline_html", "search_variants", "toggle_link",
]

TOGGLE_SCHEME = "toggle"


@dataclass
class RenderOptions:
    """What the user chose to see."""

    collapse_unchanged: bool = True
    expanded: set[int] = field(default_factory=set)  # unchanged sections opened by a click
    # section id -> (severity, short text) of the most severe visible flag
    badges: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def anchor(index: int) -> str:
    """Anchor name of the ``index``-th change (the same in every pane)."""
    return f"c{index}"


def toggle_link(index: int) -> str:
    """Link that folds or unfolds the ``index``-th (unchanged) section."""
    return f"{TOGGLE_SCHEME}:{index}"


def _folded(index: int, change: SectionChange, side: str, options: RenderOptions) -> str:
    # Each pane numbers sections as its own version does (renumbering is no change).
    number = esc((change.old_number if side == OLD else None) or change.number)
    open_ = index in options.expanded or not options.collapse_unchanged
    arrow = "▾" if open_ else "▸"
    # Folded sections read one size down and light, so the changes stand out.
    size = " folded-top" if change.depth == 0 else ""
    out = [f'<p class="folded{size}"><a name="{anchor(index)}" href="{toggle_link(index)}" '
           f'class="fold">{arrow} {number} {esc(change_heading(change))}</a></p>']
    if open_ and change.new_section is not None:
        body = body_html(change.new_section.body, Target.QT)
        if body:
            out.append(f'<div class="unchanged-body">{body}</div>')
    return "".join(out)


def _absent(index: int, change: SectionChange, side: str, lang: str) -> str:
    """What a pane shows where the section exists only on the other side."""
    key = "added_section" if side == OLD else "removed_section"
    return (f'<p class="absent"><a name="{anchor(index)}"></a>{esc(change.number or "")} '
            f'<span class="absent-note">— {esc(label(lang, key))} —</span></p>')


def _badge(change: SectionChange, side: str, options: RenderOptions) -> str:
    found = options.badges.get(change.section_id)
    if found is None or side == OLD:
        return ""
    severity, text = found
    # No-break spaces throughout: the flag never ends a line without its severity.
    return (f' <span class="badge sev sev-{severity}">&nbsp;⚑&nbsp;{unbreakable(text)}'
            "&nbsp;</span>")


def redline_html(comparison: Comparison, side: str, options: RenderOptions) -> str:
    """The rich text of one pane: ``INLINE`` (both sides in one), ``OLD`` or ``NEW``."""
    lang = report_language(comparison)
    view = RedlineView(Target.QT, lang, side, comparison.ignore_formatting)
    out = ["<html><body>",
           f"<h1>{diff_text_html(side_ops(comparison.title, side))}</h1>",
           legend_html(lang, side),
           preamble_html(comparison, view)]
    for index, change in enumerate(comparison.sections):
        if change.change == "unchanged" and not change.moved:
            out.append(_folded(index, change, side, options))
        elif (side, change.change) in ((OLD, "added"), (NEW, "removed")):
            out.append(_absent(index, change, side, lang))
        else:
            out.append(change_html(change, view, anchor=anchor(index),
                                   badge=_badge(change, side, options)))
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
