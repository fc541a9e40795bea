"""A comparison as a self-contained HTML redline report.

Part one summarises: the two versions (label, date, fingerprint), counts of
added / removed / modified / moved sections, the flags grouped by severity,
each with its explanation and a link to its section, and the legend. Part
two is the new version in full with the changes inline in the legal
convention; unchanged sections are there too, folded in ``<details>`` (no
script needed). The comparison arrives with ``ignore_formatting`` already
applied to its diffs. The PDF report lays out the same two parts for Qt.
"""

from __future__ import annotations

from policyeditor.core.compare.result import Comparison
from policyeditor.core.model import walk
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.labels import label
from policyeditor.core.render.links import resolve_links, section_targets
from policyeditor.core.render.page import html_page
from policyeditor.core.render.redline.front import summary_html
from policyeditor.core.render.redline.sections import RedlineView, full_text_html
from policyeditor.core.render.redline_summary import report_language, side_summary
from policyeditor.core.render.target import Target


def comparison_to_html(comparison: Comparison) -> str:
    """The whole redline report as one self-contained HTML page."""
    lang = report_language(comparison)
    new = side_summary(comparison.new_info, comparison.new, lang)
    title = f"{label(lang, 'comparison')}: {new.title}"
    view = RedlineView(Target.HTML, lang, ignore_formatting=comparison.ignore_formatting)
    body = "\n".join(['<main class="redline">', summary_html(comparison, lang, Target.HTML),
                      full_text_html(comparison, view), "</main>"])
    return html_page(
        lang=export_language(comparison.new) or lang,
        title=title,
        # Links copied from the website point at the new version's sections.
        body=resolve_links(body, section_targets(
            (ref.number, ref.section.heading) for ref in walk(comparison.new))),
        meta={
            "description": title,
            "policy-version": new.version,
            "policy-fingerprint": new.fingerprint,
            "policy-last-changed": new.date,
        },
        kind="redline",
    )
