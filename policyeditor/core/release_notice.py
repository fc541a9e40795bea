"""A draft release notice ("What has changed" / "Vad har ändrats") from a comparison.

GDPR transparency guidance expects material changes to a privacy notice to be
brought to the reader's attention. The reviewer already has what matters: the
flags (high and medium are substantive; low ones are editorial) and the change
list (sections added and removed). This module turns them into a short
Markdown text in the *policy's* language (the notice is part of the document,
not of the user interface), which the reviewer then edits and stores with the
version (``Workspace.set_version_notice``); the HTML export prints it at the
top of the published page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from policyeditor.core.compare.result import Comparison, Flag, SectionChange
from policyeditor.core.render.labels import document_language
from policyeditor.core.render.redline_summary import change_heading
from policyeditor.core.review.flagged import flagged_comparison
from policyeditor.core.review.gate import last_published_before

if TYPE_CHECKING:
    from policyeditor.core.workspace import Workspace

# One plain-language sentence per flag category: what changed, said to the reader.
_CATEGORY_SENTENCES: dict[str, dict[str, str]] = {
    "sv": {
        "recipients": "vi har ändrat vilka vi delar personuppgifter med",
        "transfers": "vi har ändrat hur personuppgifter överförs till andra länder",
        "purposes": "vi har ändrat för vilka ändamål vi använder personuppgifter",
        "data-categories": "vi har ändrat vilka personuppgifter vi samlar in",
        "polarity": "vi har ändrat innebörden av ett åtagande",
        "legal-basis": "vi har ändrat den rättsliga grunden för behandlingen",
        "rights": "vi har ändrat beskrivningen av dina rättigheter",
        "controller": "vi har ändrat uppgifterna om vem som är personuppgiftsansvarig",
        "retention": "vi har ändrat hur länge vi sparar personuppgifter",
        "automated-decisions": "vi har ändrat beskrivningen av automatiserade beslut",
        "modality": "vi har ändrat hur bindande ett åtagande är formulerat",
        "tracking": "vi har ändrat hur vi använder cookies och liknande tekniker",
        "security": "vi har ändrat hur vi skyddar personuppgifter",
        "change-notice": "vi har ändrat hur vi informerar om ändringar i policyn",
        "children": "vi har ändrat hur vi behandlar barns personuppgifter",
        "completeness": "information som tidigare fanns i policyn har tagits bort",
        "structure": "avsnittets innehåll har ändrats väsentligt",
    },
    "en": {
        "recipients": "we have changed who we share personal data with",
        "transfers": "we have changed how personal data is transferred to other countries",
        "purposes": "we have changed the purposes for which we use personal data",
        "data-categories": "we have changed which personal data we collect",
        "polarity": "we have changed the meaning of a commitment",
        "legal-basis": "we have changed the legal basis for processing",
        "rights": "we have changed the description of your rights",
        "controller": "we have changed the details of who the controller is",
        "retention": "we have changed how long we keep personal data",
        "automated-decisions": "we have changed the description of automated decisions",
        "modality": "we have changed how binding a commitment is worded",
        "tracking": "we have changed how we use cookies and similar technologies",
        "security": "we have changed how we protect personal data",
        "change-notice": "we have changed how we tell you about changes to this policy",
        "children": "we have changed how we process children's personal data",
        "completeness": "information that used to be in this policy has been removed",
        "structure": "the content of this section has changed substantially",
    },
}

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "intro": "Vi har uppdaterat {title}. De viktigaste ändringarna:",
        "intro_editorial": "Vi har uppdaterat {title}.",
        "editorial": "Ändringarna är redaktionella och påverkar inte hur vi behandlar "
        "dina personuppgifter.",
        "section": "Avsnitt {number} ({heading})",
        "added": "Nytt avsnitt {number} ({heading})",
        "removed": "Avsnitt {number} ({heading}) har tagits bort.",
        "policy": "vår policy",
        "closing": "Läs gärna igenom de ändrade avsnitten. Kontakta oss om du har frågor.",
    },
    "en": {
        "intro": "We have updated {title}. The most important changes:",
        "intro_editorial": "We have updated {title}.",
        "editorial": "The changes are editorial and do not affect how we process your "
        "personal data.",
        "section": "Section {number} ({heading})",
        "added": "New section {number} ({heading})",
        "removed": "Section {number} ({heading}) has been removed.",
        "policy": "our policy",
        "closing": "Please read the changed sections. Contact us if you have any questions.",
    },
}

SUBSTANTIVE = ("high", "medium")


def _categories(flags: list[Flag]) -> dict[str, list[str]]:
    """Section id → categories of its substantive flags, in flag order."""
    out: dict[str, list[str]] = {}
    for flag in flags:
        if flag.severity in SUBSTANTIVE:
            found = out.setdefault(flag.section_id, [])
            if flag.category not in found:
                found.append(flag.category)
    return out


def _item(change: SectionChange, categories: list[str], lang: str) -> str | None:
    """One bullet for a section, or None when it has nothing a reader must know."""
    texts, sentences = _TEXTS[lang], _CATEGORY_SENTENCES[lang]
    values = {"number": change.number, "heading": change_heading(change)}
    what = "; ".join(sentences.get(c, c) for c in categories)
    if change.change == "removed" and not change.merged_into:
        return "- " + texts["removed"].format(**values)
    if change.change == "added" and not change.split_from:
        return "- " + texts["added"].format(**values) + (f": {what}." if what else ".")
    if what:
        return "- " + texts["section"].format(**values) + f": {what}."
    return None


def draft_notice(comparison: Comparison, flags: list[Flag] | None = None) -> str:
    """A Markdown "What has changed" text for the new side of ``comparison``.

    ``flags`` defaults to the comparison's flags. Only substantive flags (high,
    medium) and added or removed sections are mentioned: a reader should not
    have to wade through typo fixes.
    """
    lang = document_language(comparison.new.language or comparison.old.language)
    texts = _TEXTS[lang]
    flags = comparison.flags if flags is None else flags
    title = comparison.new.title.strip()
    title_text = f"”{title}”" if title and lang == "sv" else f"“{title}”" if title else ""
    title_text = title_text or texts["policy"]
    by_section = _categories(flags)
    items = [
        item
        for change in comparison.sections
        if (item := _item(change, by_section.get(change.section_id, []), lang)) is not None
    ]
    if not items:
        return texts["intro_editorial"].format(title=title_text) + " " + texts["editorial"] + "\n"
    lines = [texts["intro"].format(title=title_text), "", *items, "", texts["closing"]]
    return "\n".join(lines) + "\n"


def draft_notice_for_version(
    workspace: Workspace, label: str, *, rule_files: Sequence[Path] = ()
) -> str:
    """A draft notice for ``label``: changes since the last published version (else the
    previous version); '' for a first version, which has nothing to announce.

    ``rule_files`` are the user's own significance rules, as in the review.
    """
    versions = workspace.versions()
    base = last_published_before(versions, label)
    if base is None:
        labels = [v.label for v in versions]
        index = labels.index(label) if label in labels else 0
        if index == 0:
            return ""
        base = labels[index - 1]
    old, new = workspace.load_version(base), workspace.load_version(label)
    return draft_notice(flagged_comparison(old, new, rule_files=rule_files).comparison)
