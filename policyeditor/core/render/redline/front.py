"""Part one of a redline report: what is compared, the counts, the flags, the legend.

The facts come from :mod:`policyeditor.core.render.redline_summary`; this
renders them once for both targets. A browser gets a ``<section>`` with a
table, a list of counts, the number of flags of each severity and then the
flags grouped by section (one flag per change, most severe first), each
group linking to its section; Qt (the PDF's front pages) gets tables and
paragraphs, each group naming the page of its section once the body is laid
out (``pages``).
"""

from __future__ import annotations

from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.render.labels import label
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.sections import legend_html
from policyeditor.core.render.redline_summary import (
    COUNT_KEYS,
    change_anchor,
    evidence_text,
    flag_also,
    flag_explanation,
    flag_place,
    flag_target,
    flags_by_section,
    flags_by_severity,
    side_summary,
    summary_rows,
)
from policyeditor.core.render.target import Target, esc


def _part(key: str, anchor: str, lang: str, target: Target) -> str:
    text = esc(label(lang, key))
    if target is Target.HTML:
        return f'<h2 id="{anchor}">{text}</h2>'
    return f'<p class="part">{text}</p>'


def _versions_table(comparison: Comparison, lang: str, target: Target) -> str:
    rows = []
    for row in summary_rows(comparison, lang):
        old, new = esc(row.old), esc(row.new)
        if row.is_fingerprint:
            old, new = ((f"<code>{old}</code>", f"<code>{new}</code>") if target is Target.HTML
                        else (f'<span class="fp">{old}</span>', f'<span class="fp">{new}</span>'))
        name = esc(row.name)
        head = (f'<th scope="row">{name}</th>' if target is Target.HTML
                else f'<td><span class="label">{name}</span></td>')
        rows.append(f"<tr>{head}<td>{old}</td><td>{new}</td></tr>")
    old_head, new_head = esc(label(lang, "old_version")), esc(label(lang, "new_version"))
    if target is Target.HTML:
        return ('<table class="summary-table"><thead><tr><th></th>'
                f'<th scope="col">{old_head}</th><th scope="col">{new_head}</th></tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')
    return ('<table width="100%" border="0.5" cellspacing="0" cellpadding="4">'
            f'<tr><th></th><th align="left">{old_head}</th><th align="left">{new_head}</th></tr>'
            f'{"".join(rows)}</table>')


def _counts(comparison: Comparison, lang: str, target: Target) -> str:
    counts = comparison.counts()
    if target is Target.HTML:
        items = "".join(f'<li class="count-{key}"><strong>{counts[key]}</strong> '
                        f"{esc(label(lang, key))}</li>" for key in COUNT_KEYS)
        return f'<ul class="counts" aria-label="{esc(label(lang, "sections"))}">{items}</ul>'
    return '<p class="counts">' + " &nbsp;&nbsp; ".join(
        f"<strong>{counts[key]}</strong> {esc(label(lang, key))}" for key in COUNT_KEYS) + "</p>"


def _signoff(flag: Flag, lang: str) -> str:
    """Who signed the flag off, when, and their note ("" for a flag not signed off)."""
    signoff = flag.signoff
    if signoff is None:
        return ""
    head = esc(label(lang, "signed_off", reviewer=signoff.reviewer, when=signoff.when))
    note = f": {esc(signoff.comment)}" if signoff.comment else ""
    return f'<p class="flag-signoff"><strong>{head}</strong>{note}</p>'


def _place(comparison: Comparison, flag: Flag, lang: str, target: Target,
           pages: dict[int, int]) -> str:
    """Where a group of flags is: its section, linked (HTML) or with its page (Qt)."""
    change = flag_target(comparison, flag)
    where = esc(flag_place(comparison, flag, lang))
    if change is not None and target is Target.HTML:
        where = f'<a href="#{change_anchor(change)}">{where}</a>'
    elif change is not None and id(change) in pages:
        where += f" ({esc(label(lang, 'page_ref', page=pages[id(change)]))})"
    return where


def _flag(flag: Flag, lang: str, target: Target) -> str:
    severity = esc(label(lang, "severity_" + flag.severity))
    where = f'<span class="sev sev-{flag.severity}">&nbsp;{severity}&nbsp;</span>'
    parts = [f"<p>{esc(flag_explanation(flag, lang))}</p>"]
    also = flag_also(flag, lang)
    if also:
        parts.append(f'<p class="flag-also">{esc(also)}</p>')
    if flag.evidence:
        parts.append(f'<p class="flag-evidence">{esc(evidence_text(flag.evidence))}</p>')
    if flag.reference:
        parts.append(f'<p class="flag-ref">{esc(label(lang, "reference"))}: '
                     f"{esc(flag.reference)}</p>")
    parts.append(_signoff(flag, lang))
    if target is Target.HTML:
        title = f"{esc(flag.category)} / {esc(flag.rule)}"
        return (f'<div class="flag"><div class="flag-head" title="{title}">{where}</div>'
                f'{"".join(parts)}</div>')
    # Qt: a box with a bar in the severity's colour (no CSS borders on blocks)
    return (f'<table width="100%" cellspacing="0" cellpadding="6" border="0.5" '
            f'style="margin-bottom: 6px; border-color: {PALETTE.rule}">'
            f'<tr><td style="border-left: 3px solid {PALETTE.severity(flag.severity)}">'
            f'<p class="flag-head">{where}</p>{"".join(parts)}</td></tr></table>')


def _severity_counts(comparison: Comparison, lang: str, target: Target) -> str:
    """How many flags of each severity, high first (only severities that occur)."""
    counts = []
    for severity, flags in flags_by_severity(comparison):
        name = esc(label(lang, "severity_" + severity))
        counts.append(f'<span class="flag-group-{severity} sev sev-{severity}">&nbsp;{name}'
                      f"&nbsp;</span> {len(flags)}")
    tag = "p" if target is Target.QT else 'p class="flag-counts"'
    return f"<{tag}>{' &nbsp; '.join(counts)}</p>"


def flags_html(comparison: Comparison, lang: str, target: Target,
               pages: list[int] | None = None) -> str:
    """How many flags of each severity, then the flags grouped by section in reading order."""
    out = [_part("flags", "flags", lang, target)]
    # the page of each section, by identity (changes are not hashable)
    page_of = {id(change): page
               for change, page in zip(comparison.sections, pages or [], strict=False)}
    groups = flags_by_section(comparison)
    if not groups:
        out.append(f"<p>{esc(label(lang, 'no_flags'))}</p>")
        return "\n".join(out)
    out.append(_severity_counts(comparison, lang, target))
    for flags in groups:
        where = _place(comparison, flags[0], lang, target, page_of)
        if target is Target.HTML:
            out.append(f'<section class="flag-section"><h3>{where}</h3>')
        else:
            out.append(f'<p class="flag-group">{where}</p>')
        out += [_flag(flag, lang, target) for flag in flags]
        if target is Target.HTML:
            out.append("</section>")
    return "\n".join(out)


def summary_html(comparison: Comparison, lang: str, target: Target,
                 pages: list[int] | None = None) -> str:
    """Part one: the report's title, the two versions, counts, assessment, flags, legend.

    ``pages`` (Qt only): the page of each section of the comparison, in order.
    """
    new = side_summary(comparison.new_info, comparison.new, lang)
    comparing = esc(label(lang, "comparison"))
    if target is Target.HTML:
        out = [f'<header class="policy-header"><h1>{comparing}: {esc(new.title)}</h1></header>',
               '<section class="part-summary" aria-labelledby="summary-title">',
               f'<h2 id="summary-title">{esc(label(lang, "summary"))}</h2>']
    else:
        out = [f'<p class="report-title">{comparing}</p>',
               f'<p class="report-sub">{esc(new.title)}</p>']
    out += [_versions_table(comparison, lang, target), _counts(comparison, lang, target)]
    assessment = label(lang, "assessment_" + comparison.assessment)
    out.append(f"<p><strong>{esc(label(lang, 'assessment'))}:</strong> {esc(assessment)}</p>")
    if comparison.ignore_formatting:
        out.append(f"<p>{esc(label(lang, 'ignore_formatting'))}</p>")
    out += [flags_html(comparison, lang, target, pages), legend_html(lang)]
    if target is Target.HTML:
        out.append("</section>")
    return "\n".join(out)
