"""The one redline renderer: a comparison's text with every change marked.

One function per part — a section (:func:`change_html`), the title, the
preamble, the legend, the full text — serves the HTML report (a browser),
the PDF report and the compare view (Qt), inline or one side of a side by
side view. Legal convention: insertions blue and underlined (``<ins>``),
deletions red and struck through (``<del>``), moved sections green and named
"moved from 1.2.4"; the colours come from the generated stylesheet.

What the target changes: in a browser each section is a ``<section>`` (an
unchanged one a ``<details>`` that folds without script) with its heading,
marks and body; in Qt every section is a heading block followed by its body,
so the PDF finds each section's page, and marks are bracketed so they read
as marks in the PDF's outline and in plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange
from policyeditor.core.render.document.sections import body_html, heading_html
from policyeditor.core.render.labels import label
from policyeditor.core.render.redline.comments import comments_html
from policyeditor.core.render.redline.markup import diff_markdown_html, diff_text_html, has_changes
from policyeditor.core.render.redline_summary import (
    change_anchor,
    change_classes,
    change_heading,
    flow_notes,
    moved_from,
)
from policyeditor.core.render.target import Target, esc

OLD, NEW, INLINE = "old", "new", "inline"


@dataclass(frozen=True)
class RedlineView:
    """Who the redline is for: the target, the language of its words, the side shown.

    ``side`` is ``INLINE`` (both versions in one text, as the reports show
    them) or ``OLD``/``NEW`` (one pane of a side by side view: the old side
    keeps the deletions, the new one the insertions).
    """

    target: Target
    lang: str
    side: str = INLINE
    ignore_formatting: bool = False


def side_ops(ops: list[DiffOp], side: str) -> list[DiffOp]:
    """The ops one side shows: the old side drops insertions, the new one deletions."""
    if side == OLD:
        return [(op, text) for op, text in ops if op <= 0]
    if side == NEW:
        return [(op, text) for op, text in ops if op >= 0]
    return ops


def unbreakable(text: str) -> str:
    """Escaped ``text`` that cannot wrap (a mark or a badge reads as one thing)."""
    return esc(text).replace(" ", "&nbsp;")


def _mark(kind: str, text: str, target: Target) -> str:
    if target is Target.HTML:
        return f'<span class="change-mark mark-{kind}">{esc(text)}</span>'
    return f'&nbsp;&nbsp;<span class="mark mark-{kind}">[{unbreakable(text)}]</span>'


def marks_html(change: SectionChange, view: RedlineView) -> str:
    """Marks after a heading: new or removed section, moved, where split text went."""
    marks: list[tuple[str, str]] = []
    if change.change == "added" and view.side != OLD:
        marks.append(("added", label(view.lang, "added_section")))
    elif change.change == "removed" and view.side != NEW:
        marks.append(("removed", label(view.lang, "removed_section")))
    if change.moved and view.side == OLD and change.new_number:
        marks.append(("moved", label(view.lang, "moved_to", number=change.new_number)))
    elif view.side != OLD:
        note = moved_from(change, view.lang)
        if note:
            marks.append(("moved", note))
    marks += [("moved", flow) for flow in flow_notes(change, view.lang)]
    return "".join(_mark(kind, text, view.target) for kind, text in marks)


def _body(ops: list[DiffOp], view: RedlineView) -> str:
    # A whole two-sided diff shows tables row by row (re-diffed, so the
    # formatting profile must match); one side's ops are marked as they are.
    return diff_markdown_html(side_ops(ops, view.side), view.target,
                              tables=view.side == INLINE,
                              ignore_formatting=view.ignore_formatting)


def _heading(change: SectionChange, view: RedlineView) -> str:
    ops = side_ops(change.heading, view.side)
    return diff_text_html(ops) if has_changes(ops) else esc(change_heading(change))


def _comments(change: SectionChange, view: RedlineView) -> str:
    """The section's review comments (as they stand on the side shown)."""
    section = change.old_section if view.side == OLD else change.new_section
    section = section or change.old_section  # a removed section keeps its threads
    return comments_html(section.comments, view.lang, view.target) if section else ""


def change_html(change: SectionChange, view: RedlineView, *, anchor: str = "",
                badge: str = "", comments: bool = False) -> str:
    """One section of the comparison: numbered heading with its marks, then the body.

    ``anchor`` names the heading in Qt (the compare view scrolls to it; a
    browser gets the section's id instead); ``badge`` is markup put after
    the marks (the compare view's flag badge); ``comments`` adds the section's
    review comments under its text (the reports; the compare view lists them
    in the Comments panel instead).
    """
    number = (change.old_number if view.side == OLD else None) or change.number or ""
    depth = change.depth
    notes = _comments(change, view) if comments else ""
    if view.target is Target.HTML and change.change == "unchanged" and not change.moved:
        section = change.new_section
        body = body_html(section.body, Target.HTML) if section is not None else ""
        body += notes
        return (
            f'<details class="unchanged" id="{change_anchor(change)}"><summary>'
            f'<span class="num">{esc(number)}</span> {esc(change_heading(change))}</summary>'
            f'<div class="content">{body}</div></details>'
        )
    heading = _heading(change, view) + marks_html(change, view) + badge
    if change.change == "unchanged" and change.new_section is not None:
        body = body_html(change.new_section.body, view.target)
    else:
        body = _body(change.body, view)
    body += notes
    moved = " moved" if change.moved else ""
    if view.target is Target.QT:
        attributes = f' class="{moved.strip()}"' if moved else ""
        return heading_html(number, heading, depth, Target.QT, attributes, anchor) + body
    classes = " ".join(f"is-{kind}" for kind in change_classes(change))
    return (
        f'<section class="rl-section {classes}" id="{change_anchor(change)}">'
        + heading_html(number, heading, depth, Target.HTML, f' class="rl-heading{moved}"')
        + f'<div class="content">{body}</div></section>'
    )


def title_html(comparison: Comparison, view: RedlineView) -> str:
    """"Title: …" with the change marked, when the title changed."""
    ops = side_ops(comparison.title, view.side)
    if not has_changes(ops):
        return ""
    return (f'<p class="rl-title"><strong>{esc(label(view.lang, "title"))}:</strong> '
            f"{diff_text_html(ops)}</p>")


def preamble_html(comparison: Comparison, view: RedlineView) -> str:
    """The untitled text before the first section, changes marked."""
    body = _body(comparison.preamble, view)
    if body and view.target is Target.HTML:
        return f'<div class="preamble content">{body}</div>'
    return body


def legend_html(lang: str, side: str = INLINE) -> str:
    """How to read the marks (the same markup in a browser and in Qt)."""
    parts = []
    if side != OLD:
        parts.append(f"<ins>{esc(label(lang, 'legend_inserted'))}</ins>")
    if side != NEW:
        parts.append(f"<del>{esc(label(lang, 'legend_deleted'))}</del>")
    parts.append(f'<span class="moved">{esc(label(lang, "legend_moved"))}</span>')
    return (f'<p class="legend"><strong>{esc(label(lang, "legend"))}:</strong> '
            + " · ".join(parts) + "</p>")


def full_text_html(comparison: Comparison, view: RedlineView) -> str:
    """Part two of a report: the new version in full with the changes marked."""
    heading = esc(label(view.lang, "full_text"))
    out = ['<section class="part-full-text" aria-labelledby="full-text-title">'
           f'<h2 id="full-text-title">{heading}</h2>' if view.target is Target.HTML
           else f'<p class="part">{heading}</p>']
    out += [title_html(comparison, view), preamble_html(comparison, view)]
    out += [change_html(change, view, comments=True) for change in comparison.sections]
    if view.target is Target.HTML:
        out.append("</section>")
    return "\n".join(part for part in out if part)
