"""Comparison → HTML in Qt's rich-text subset, for the PDF redline report.

The front flow is the summary (versions, counts, assessment, flags by
severity with the page of their section); the body flow is the new version in
full with insertions blue and underlined, deletions red and struck through,
and moved sections marked green. Every section of the comparison (removed
ones included) is one heading block in the body, in order, so the n-th
heading's page is the n-th section's page.
"""

from __future__ import annotations

from policyeditor.app.pdf.policy_html import (
    ACCENT,
    MUTED,
    esc,
    qt_adjust,
    qt_fragment,
    section_heading,
)
from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange
from policyeditor.core.render.diff_markup import (
    Markers,
    diff_markdown_html,
    diff_text_html,
    has_changes,
)
from policyeditor.core.render.labels import label
from policyeditor.core.render.redline_summary import (
    COUNT_KEYS,
    change_heading,
    evidence_text,
    flag_explanation,
    flag_place,
    flag_target,
    flags_by_severity,
    flow_notes,
    moved_from,
    side_summary,
    summary_rows,
)

INS_COLOUR = "#0b57c9"
DEL_COLOUR = "#b3261e"
MOVED_COLOUR = "#1e7a34"
CHANGE_COLOURS = (INS_COLOUR, DEL_COLOUR, MOVED_COLOUR)
SEVERITY_COLOURS = {"high": "#b3261e", "medium": "#b06000", "low": "#5b5b63"}

QT_MARKERS = Markers(
    ins_open=f'<span style="color:{INS_COLOUR}; text-decoration: underline;">',
    ins_close="</span>",
    del_open=f'<span style="color:{DEL_COLOUR}; text-decoration: line-through;">',
    del_close="</span>",
)

REDLINE_STYLESHEET = f"""
.rl-title {{ font-size: 20pt; font-weight: bold; color: {ACCENT}; margin-bottom: 4px; }}
.rl-sub {{ font-size: 12pt; color: {MUTED}; margin-bottom: 14px; }}
.part {{ font-size: 14pt; font-weight: bold; margin-top: 16px; margin-bottom: 8px; }}
.mark {{ font-size: 8.5pt; font-weight: normal; }}
.flag-where {{ font-weight: bold; }}
.flag-ev {{ font-style: italic; color: {MUTED}; }}
.flag-ref {{ font-size: 8.5pt; color: {MUTED}; }}
.counts {{ font-size: 11pt; }}
"""


def _mark(colour: str, text: str) -> str:
    return f'&nbsp;&nbsp;<span class="mark" style="color:{colour}">[{esc(text)}]</span>'


def summary_html(comparison: Comparison, lang: str, pages: list[int] | None) -> str:
    """Front flow: what is compared, counts, assessment, flags with section pages."""
    new = side_summary(comparison.new_info, comparison.new, lang)
    out = [
        f'<p class="rl-title">{esc(label(lang, "comparison"))}</p>',
        f'<p class="rl-sub">{esc(new.title)}</p>',
        '<table width="100%" border="0.5" cellspacing="0" cellpadding="4">',
        f'<tr><th></th><th align="left">{esc(label(lang, "old_version"))}</th>'
        f'<th align="left">{esc(label(lang, "new_version"))}</th></tr>',
    ]
    for row in summary_rows(comparison, lang):
        small = ' class="fp"' if row.is_fingerprint else ""
        out.append(f'<tr><td><span class="label">{esc(row.name)}</span></td>'
                   f"<td><span{small}>{esc(row.old)}</span></td>"
                   f"<td><span{small}>{esc(row.new)}</span></td></tr>")
    out.append("</table>")
    counts = comparison.counts()
    out.append('<p class="counts">' + " &nbsp;&nbsp; ".join(
        f"<b>{counts[key]}</b> {esc(label(lang, key))}" for key in COUNT_KEYS) + "</p>")
    assessment = label(lang, "assessment_" + comparison.assessment)
    out.append(f"<p><b>{esc(label(lang, 'assessment'))}:</b> {esc(assessment)}</p>")
    if comparison.ignore_formatting:
        out.append(f"<p>{esc(label(lang, 'ignore_formatting'))}</p>")
    out.append(f'<p class="part">{esc(label(lang, "flags"))}</p>')
    groups = flags_by_severity(comparison)
    if not groups:
        out.append(f"<p>{esc(label(lang, 'no_flags'))}</p>")
    index_of = {id(change): i for i, change in enumerate(comparison.sections)}
    for severity, flags in groups:
        colour = SEVERITY_COLOURS[severity]
        out.append(f'<p style="margin-top: 10px"><b><span style="color:{colour}">'
                   f"{esc(label(lang, 'severity_' + severity))}</span></b> ({len(flags)})</p>")
        for flag in flags:
            target = flag_target(comparison, flag)
            where = esc(flag_place(comparison, flag, lang))
            if target is not None:
                position = index_of.get(id(target))
                if pages is not None and position is not None and position < len(pages):
                    where += f" ({esc(label(lang, 'page_ref', page=pages[position]))})"
            cell = [f'<p class="flag-where">{where}</p>',
                    f"<p>{esc(flag_explanation(flag, lang))}</p>"]
            if flag.evidence:
                cell.append(f'<p class="flag-ev">{esc(evidence_text(flag.evidence))}</p>')
            if flag.reference:
                cell.append(f'<p class="flag-ref">{esc(label(lang, "reference"))}: '
                            f"{esc(flag.reference)}</p>")
            out.append(f'<table width="100%" cellspacing="0" cellpadding="6" border="0.5" '
                       f'style="margin-bottom: 6px; border-color: #d9d9de">'
                       f'<tr><td style="border-left: 3px solid {colour}">{"".join(cell)}</td></tr>'
                       "</table>")
    out.append(
        f'<p style="margin-top: 14px"><b>{esc(label(lang, "legend"))}:</b> '
        f"{QT_MARKERS.ins_open}{esc(label(lang, 'legend_inserted'))}{QT_MARKERS.ins_close} · "
        f"{QT_MARKERS.del_open}{esc(label(lang, 'legend_deleted'))}{QT_MARKERS.del_close} · "
        f'<span style="color:{MOVED_COLOUR}">{esc(label(lang, "legend_moved"))}</span></p>'
    )
    return "\n".join(out)


def _change(change: SectionChange, lang: str, ignore_formatting: bool) -> str:
    marks = ""
    if change.change == "added":
        marks += _mark(INS_COLOUR, label(lang, "added_section"))
    elif change.change == "removed":
        marks += _mark(DEL_COLOUR, label(lang, "removed_section"))
    note = moved_from(change, lang)
    if note:
        marks += _mark(MOVED_COLOUR, note)
    for flow in flow_notes(change, lang):
        marks += _mark(MOVED_COLOUR, flow)
    if has_changes(change.heading):
        heading_html = diff_text_html(change.heading, QT_MARKERS)
    else:
        heading_html = esc(change_heading(change))
    heading = section_heading(change.number, "", change.depth, heading_html + marks)
    if change.change == "unchanged":
        section = change.new_section
        body = qt_fragment(section.body) if section is not None else ""
    else:
        body = _qt_diff(change.body, ignore_formatting)
    return heading + "\n" + body


def _qt_diff(ops: list[DiffOp], ignore_formatting: bool) -> str:
    fragment = diff_markdown_html(ops, QT_MARKERS, tables=True, ignore_formatting=ignore_formatting)
    return qt_adjust(fragment) if fragment else ""


def redline_body_html(comparison: Comparison, lang: str) -> str:
    """Body flow: title and preamble changes, then every section with changes marked."""
    out = [f'<p class="part">{esc(label(lang, "full_text"))}</p>']
    if has_changes(comparison.title):
        out.append(f"<p><b>{esc(label(lang, 'title'))}:</b> "
                   f"{diff_text_html(comparison.title, QT_MARKERS)}</p>")
    preamble = _qt_diff(comparison.preamble, comparison.ignore_formatting)
    if preamble:
        out.append(preamble)
    for change in comparison.sections:
        out.append(_change(change, lang, comparison.ignore_formatting))
    return "\n".join(out)
