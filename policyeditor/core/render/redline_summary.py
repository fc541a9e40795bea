"""What a redline report says about a comparison, independent of HTML or PDF.

The facts the report's first part shows — the two versions (label, date,
fingerprint), the counts, the flags grouped by severity and the section each
flag points at — and the anchors that tie flags to sections, shared by
:mod:`redline_html` and the PDF report so both say exactly the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyeditor.core.canonical import fingerprint
from policyeditor.core.compare.result import SEVERITIES, Comparison, Flag, SectionChange, SideInfo
from policyeditor.core.model import Policy
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.links import section_anchor

COUNT_KEYS = ("added", "removed", "modified", "moved", "unchanged")


@dataclass(frozen=True)
class SideSummary:
    """One side of the comparison as the summary table shows it."""

    title: str
    version: str
    date: str
    fingerprint: str
    source: str


def report_language(comparison: Comparison) -> str:
    """Reports are written in the new version's language."""
    return document_language(export_language(comparison.new) or comparison.old.language)


def side_summary(info: SideInfo, policy: Policy, lang: str) -> SideSummary:
    """Label (or "Draft"), date (version date or the policy's last-changed), fingerprint."""
    date = (info.created or "").split("T")[0] or policy.metadata.get("last_changed", "")
    return SideSummary(
        title=info.title or policy.title,
        version=info.label if info.label else label(lang, "draft"),
        date=date or "–",
        fingerprint=info.fingerprint or fingerprint(policy),
        source=info.source,
    )


@dataclass(frozen=True)
class SummaryRow:
    """One row of the "what is compared" table: a property of both versions."""

    name: str
    old: str
    new: str
    is_fingerprint: bool = False


def summary_rows(comparison: Comparison, lang: str) -> list[SummaryRow]:
    """Rows of the table that opens a redline report (HTML and PDF alike).

    The organisation is shown whenever either side names one, so a change of
    controller is visible on the first page.
    """
    old = side_summary(comparison.old_info, comparison.old, lang)
    new = side_summary(comparison.new_info, comparison.new, lang)
    rows = [
        SummaryRow(label(lang, "title"), old.title, new.title),
        SummaryRow(label(lang, "version"), old.version, new.version),
        SummaryRow(label(lang, "last_changed"), old.date, new.date),
    ]
    old_eff = comparison.old.metadata.get("effective", "")
    new_eff = comparison.new.metadata.get("effective", "")
    if old_eff or new_eff:
        rows.append(SummaryRow(label(lang, "effective"), old_eff or "–", new_eff or "–"))
    old_org = comparison.old.metadata.get("organisation", "")
    new_org = comparison.new.metadata.get("organisation", "")
    if old_org or new_org:
        rows.append(SummaryRow(label(lang, "organisation"), old_org or "–", new_org or "–"))
    rows.append(SummaryRow(label(lang, "fingerprint"), old.fingerprint, new.fingerprint, True))
    if old.source or new.source:
        rows.append(SummaryRow(label(lang, "source"), old.source, new.source))
    return rows


def change_anchor(change: SectionChange) -> str:
    """Anchor of a section in the report; removed sections get their own namespace."""
    if change.change == "removed" or not change.new_number:
        return "removed-" + section_anchor(change.old_number or "0")
    return section_anchor(change.new_number)


def change_heading(change: SectionChange) -> str:
    """The section's heading as a reader knows it (new text, or old for a removal)."""
    section = change.new_section or change.old_section
    if section is not None:
        return section.heading
    return "".join(text for op, text in change.heading if (op >= 0) == (change.change != "removed"))


def change_classes(change: SectionChange) -> list[str]:
    """CSS-ish kinds of a change: ``added``/``removed``/``modified``/``unchanged`` and ``moved``."""
    kinds: list[str] = [change.change]
    if change.moved:
        kinds.append("moved")
    return kinds


def moved_from(change: SectionChange, lang: str) -> str | None:
    """``moved from 1.2.4`` for a moved section, else None."""
    if not change.moved or not change.old_number:
        return None
    return label(lang, "moved_from", number=change.old_number)


def flow_notes(change: SectionChange, lang: str) -> list[str]:
    """Where text of a split or merged section went or came from.

    Without these a split reads as an unrelated removal plus addition.
    """
    notes = []
    if change.split_from is not None:
        notes.append(label(lang, "split_from", number=change.split_from[1]))
    if change.merged_into is not None:
        notes.append(label(lang, "merged_into", number=change.merged_into[1]))
    return notes


def flags_by_severity(comparison: Comparison) -> list[tuple[str, list[Flag]]]:
    """Non-empty groups of flags, high first, in document order within a group."""
    order = {c.section_id: i for i, c in enumerate(comparison.sections)}
    groups: list[tuple[str, list[Flag]]] = []
    for severity in SEVERITIES:
        flags = [f for f in comparison.flags if f.severity == severity]
        flags.sort(key=lambda f: order.get(f.section_id, len(order)))
        if flags:
            groups.append((severity, flags))
    return groups


def flags_by_section(comparison: Comparison) -> list[list[Flag]]:
    """Non-empty groups of flags, one per section in reading order, most severe first.

    One flag is one change (see :mod:`policyeditor.core.flags.merge`); a
    reader goes through the document section by section.
    """
    order = {c.section_id: i for i, c in enumerate(comparison.sections)}
    rank = {severity: i for i, severity in enumerate(SEVERITIES)}
    groups: dict[tuple[int, str], list[Flag]] = {}
    for flag in comparison.flags:
        place = (order.get(flag.section_id, -1 if not flag.section else len(order)),
                 flag.section_id or flag.section)
        groups.setdefault(place, []).append(flag)
    return [sorted(flags, key=lambda f: rank[f.severity])
            for _place, flags in sorted(groups.items(), key=lambda item: item[0])]


def flag_target(comparison: Comparison, flag: Flag) -> SectionChange | None:
    """The section a flag is about (by id, else by number), if it is in the report."""
    for change in comparison.sections:
        if flag.section_id and flag.section_id in (change.new_id, change.old_id):
            return change
    for change in comparison.sections:
        if flag.section and flag.section == change.number:
            return change
    return None


def flag_place(comparison: Comparison, flag: Flag, lang: str) -> str:
    """Where a flag points, in words: "6.2 Heading", the bare number, or the whole document."""
    target = flag_target(comparison, flag)
    if target is not None:
        return f"{target.number} {change_heading(target)}".strip()
    return flag.section or label(lang, "whole_document")


def flag_explanation(flag: Flag, lang: str) -> str:
    """The explanation in the report's language when the rule provides one."""
    return flag.explanations.get(lang) or flag.explanation


def flag_also(flag: Flag, lang: str) -> str:
    """The other categories of the same change ("Also concerns: purposes"), or ""."""
    if not flag.secondary:
        return ""
    names = ", ".join(label(lang, f"category_{category}") for category in flag.secondary)
    return label(lang, "also_concerns", categories=names)


_EVIDENCE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<br\s*/?>\s*[*+-][ \t]+"), " • "),
    (re.compile(r"<br\s*/?>"), " "),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\*\*|__"), ""),
    (re.compile(r"(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])"), ""),  # *it*, _it_
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),
    (re.compile(r"(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|"), "|"),  # a table's --- row
    (re.compile(r"\|[ \t]*\|"), " / "),  # end of one row, start of the next
    (re.compile(r"[ \t]*\|[ \t]*"), " | "),
    (re.compile(r"([“\"‘…])[ \t]*[|/][ \t]+"), r"\1"),
    (re.compile(r"[ \t]+[|/][ \t]*([”\"’…])"), r"\1"),
    (re.compile(r"\s+"), " "),
)


def evidence_text(evidence: str) -> str:
    """A flag's evidence (an excerpt of the Markdown source) as a reader reads it.

    Evidence quoted from a table row read ``| **Access** | … <br><br>*   visit
    your account [Privacy Settings](https://…)``; the report shows the words:
    no ``<br>``, ``**`` or link targets, list items as bullets, cells still
    apart, and a very long quote shortened in its middle. The diff markers
    (``"…" → "…"``, ``+``, ``−``) are left as they are.
    """
    text = evidence
    for pattern, replacement in _EVIDENCE_RULES:
        text = pattern.sub(replacement, text)
    # "“old” → “new”": each side is shortened on its own, so both stay visible
    return " → ".join(_shorten(side) for side in text.strip().split(" → "))


# Some rules quote a whole paragraph; on real policies (Bluesky's preamble
# with its link list) that was 6,800 characters per flag, 29 times over, and
# the PDF report ran past 130 pages. A quote keeps its beginning and end; the
# full text stays in the JSON report.
QUOTE_HEAD, QUOTE_TAIL = 200, 80


def _shorten(quoted: str) -> str:
    if len(quoted) <= QUOTE_HEAD + QUOTE_TAIL + 40:
        return quoted
    head = quoted[:QUOTE_HEAD].rsplit(" ", 1)[0]
    tail = quoted[-QUOTE_TAIL:].split(" ", 1)[-1]
    return f"{head} … {tail}"
