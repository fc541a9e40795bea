"""A comparison as a self-contained HTML redline report.

Part one summarises: the two versions (label, date, fingerprint), counts of
added / removed / modified / moved sections, and the flags grouped by
severity, each with its explanation and a link to its section. Part two is
the new version in full with the changes inline in the legal convention —
insertions blue and underlined (``<ins>``), deletions red and struck through
(``<del>``), moved sections green with "moved from 1.2.4". Unchanged sections
are there too, folded in ``<details>`` (no script needed). The comparison
arrives with ``ignore_formatting`` already applied to its diffs.
"""

from __future__ import annotations

import html

from policyeditor.core.compare.result import Comparison, SectionChange
from policyeditor.core.model import walk
from policyeditor.core.render.anchors import heading_level
from policyeditor.core.render.diff_markup import diff_markdown_html, diff_text_html, has_changes
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.labels import label
from policyeditor.core.render.links import resolve_links, section_targets
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.page import html_page
from policyeditor.core.render.redline_summary import (
    COUNT_KEYS,
    change_anchor,
    change_classes,
    change_heading,
    evidence_text,
    flag_explanation,
    flag_place,
    flag_target,
    flags_by_severity,
    flow_notes,
    moved_from,
    report_language,
    side_summary,
    summary_rows,
)

STYLESHEETS = ("policy.css", "redline.css")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _summary_table(comparison: Comparison, lang: str) -> str:
    body = "".join(
        f'<tr><th scope="row">{_esc(row.name)}</th>'
        f"<td>{_fmt(row.is_fingerprint, row.old)}</td>"
        f"<td>{_fmt(row.is_fingerprint, row.new)}</td></tr>"
        for row in summary_rows(comparison, lang)
    )
    return (
        '<table class="summary-table"><thead><tr><th></th>'
        f'<th scope="col">{_esc(label(lang, "old_version"))}</th>'
        f'<th scope="col">{_esc(label(lang, "new_version"))}</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _fmt(is_fingerprint: bool, value: str) -> str:
    if is_fingerprint:
        return f"<code>{_esc(value)}</code>"
    return _esc(value)


def _counts(comparison: Comparison, lang: str) -> str:
    counts = comparison.counts()
    items = "".join(
        f'<li class="count-{key}"><strong>{counts[key]}</strong> {_esc(label(lang, key))}</li>'
        for key in COUNT_KEYS
    )
    return f'<ul class="counts" aria-label="{_esc(label(lang, "sections"))}">{items}</ul>'


def _flags(comparison: Comparison, lang: str) -> str:
    out = [f'<h2 id="flags">{_esc(label(lang, "flags"))}</h2>']
    groups = flags_by_severity(comparison)
    if not groups:
        out.append(f"<p>{_esc(label(lang, 'no_flags'))}</p>")
    for severity, flags in groups:
        out.append(f'<section class="flag-group flag-group-{severity}">')
        name = _esc(label(lang, "severity_" + severity))
        out.append(f'<h3><span class="sev sev-{severity}">{name}</span> {len(flags)}</h3>')
        for flag in flags:
            target = flag_target(comparison, flag)
            where = _esc(flag_place(comparison, flag, lang))
            if target is not None:
                where = f'<a href="#{change_anchor(target)}">{where}</a>'
            out.append('<div class="flag">')
            out.append(f'<div class="flag-head" title="{_esc(flag.category)} / {_esc(flag.rule)}">'
                       f"{where}</div>")
            out.append(f"<p>{_esc(flag_explanation(flag, lang))}</p>")
            if flag.evidence:
                out.append(f'<p class="flag-evidence">{_esc(evidence_text(flag.evidence))}</p>')
            if flag.reference:
                out.append(f'<p class="flag-ref">{_esc(label(lang, "reference"))}: '
                           f"{_esc(flag.reference)}</p>")
            out.append("</div>")
        out.append("</section>")
    return "\n".join(out)


def _legend(lang: str) -> str:
    return (
        f'<p class="legend"><strong>{_esc(label(lang, "legend"))}:</strong> '
        f"<ins>{_esc(label(lang, 'legend_inserted'))}</ins> · "
        f"<del>{_esc(label(lang, 'legend_deleted'))}</del> · "
        f'<span class="moved">{_esc(label(lang, "legend_moved"))}</span></p>'
    )


def _mark(kind: str, text: str) -> str:
    return f'<span class="change-mark mark-{kind}">{_esc(text)}</span>'


def _change_html(change: SectionChange, lang: str, ignore_formatting: bool) -> str:
    anchor = change_anchor(change)
    level = heading_level(change.depth)
    number = _esc(change.number)
    if change.change == "unchanged" and not change.moved:
        section = change.new_section
        body = render_markdown(section.body) if section is not None else ""
        return (
            f'<details class="unchanged" id="{anchor}"><summary><span class="num">{number}</span> '
            f"{_esc(change_heading(change))}</summary>"
            f'<div class="content">{body}</div></details>'
        )
    marks: list[str] = []
    if change.change == "added":
        marks.append(_mark("added", label(lang, "added_section")))
    elif change.change == "removed":
        marks.append(_mark("removed", label(lang, "removed_section")))
    note = moved_from(change, lang)
    if note:
        marks.append(_mark("moved", note))
    marks += [_mark("moved", flow) for flow in flow_notes(change, lang)]
    heading = (diff_text_html(change.heading) if has_changes(change.heading)
               else _esc(change_heading(change)))
    classes = " ".join(f"is-{kind}" for kind in change_classes(change))
    body = diff_markdown_html(change.body, tables=True, ignore_formatting=ignore_formatting)
    return (
        f'<section class="rl-section {classes}" id="{anchor}">'
        f'<h{level} class="rl-heading"><span class="num">{number}</span> {heading}'
        f'{"".join(marks)}</h{level}>'
        f'<div class="content">{body}</div></section>'
    )


def comparison_to_html(comparison: Comparison) -> str:
    """The whole redline report as one self-contained HTML page."""
    lang = report_language(comparison)
    title = f"{label(lang, 'comparison')}: {comparison.new_info.title or comparison.new.title}"
    out = ['<main class="redline">', '<header class="policy-header">']
    out.append(f"<h1>{_esc(title)}</h1>")
    out.append("</header>")
    out.append('<section class="part-summary" aria-labelledby="summary-title">')
    out.append(f'<h2 id="summary-title">{_esc(label(lang, "summary"))}</h2>')
    out.append(_summary_table(comparison, lang))
    out.append(_counts(comparison, lang))
    assessment = label(lang, "assessment_" + comparison.assessment)
    out.append(f"<p><strong>{_esc(label(lang, 'assessment'))}:</strong> {_esc(assessment)}</p>")
    if comparison.ignore_formatting:
        out.append(f"<p>{_esc(label(lang, 'ignore_formatting'))}</p>")
    out.append(_flags(comparison, lang))
    out.append("</section>")
    out.append('<section class="part-full-text" aria-labelledby="full-text-title">')
    out.append(f'<h2 id="full-text-title">{_esc(label(lang, "full_text"))}</h2>')
    out.append(_legend(lang))
    if has_changes(comparison.title):
        out.append(f'<p class="rl-title"><strong>{_esc(label(lang, "title"))}:</strong> '
                   f"{diff_text_html(comparison.title)}</p>")
    preamble = diff_markdown_html(comparison.preamble, tables=True,
                                  ignore_formatting=comparison.ignore_formatting)
    if preamble:
        out.append(f'<div class="preamble content">{preamble}</div>')
    for change in comparison.sections:
        out.append(_change_html(change, lang, comparison.ignore_formatting))
    out.append("</section>")
    out.append("</main>")
    new = side_summary(comparison.new_info, comparison.new, lang)
    return html_page(
        lang=export_language(comparison.new) or lang,
        title=title,
        # Links copied from the website point at the new version's sections.
        body=resolve_links("\n".join(out), section_targets(
            (ref.number, ref.section.heading) for ref in walk(comparison.new))),
        meta={
            "description": title,
            "policy-version": new.version,
            "policy-fingerprint": new.fingerprint,
            "policy-last-changed": new.date,
        },
        stylesheets=STYLESHEETS,
    )
