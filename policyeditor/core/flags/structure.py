"""Sections added and removed.

A removed section whose text went into another section (the compare engine
sets ``merged_into``, or most of its sentences still appear in the new
document), or that held only links (a "Related Articles" list), is a
reorganisation: a low flag. A removed section whose content
is gone is at least medium; its cue words are flagged by the cue detector
too. An added section is low on its own: what it says is judged by the
other detectors.
"""

from __future__ import annotations

import re

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import Area, FlagContext
from policyeditor.core.flags.sentences import evidence

_SENTENCES = re.compile(r"[^.!?\n]+[.!?]?")
# Share of a removed section's text that must reappear for it to count as moved.
MOVED_SHARE = 0.6


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


# A link with its text, and the bullets and separators of a list of links.
_LINK_ITEM = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|[ \t|·•,*-]+")


def _navigation(text: str) -> bool:
    """Whether ``text`` is links and short labels ("Related Articles"): page furniture."""
    if "](" not in text:
        return False
    return all(len(line.split()) <= 4 for line in _LINK_ITEM.sub(" ", text).splitlines())


def _content_kept(new: str, text: str) -> bool:
    if _navigation(text):
        return True
    sentences = [_squash(s) for s in _SENTENCES.findall(text)]
    sentences = [s for s in sentences if len(s) > 12]
    if not sentences:
        return True
    kept = sum(len(s) for s in sentences if s in new)
    return kept >= MOVED_SHARE * sum(len(s) for s in sentences)


def _headline(area: Area, removed: bool) -> str:
    change = area.change
    assert change is not None
    section = change.old_section if removed else change.new_section
    heading = section.heading if section is not None else ""
    body = section.body if section is not None else ""
    text = heading + (": " if heading and body else "") + body
    return evidence(text, "") if removed else evidence("", text)


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for sections removed (content gone or moved) and added."""
    rules = {rule.id: rule for rule in ctx.rules_of("structure")}
    flags: list[Flag] = []
    new_text = ""  # the new document squashed once, when a removed section needs it
    for area in ctx.areas:
        change = area.change
        if change is None or change.change not in ("added", "removed"):
            continue
        if change.change == "removed":
            section = change.old_section
            if section is not None and not new_text and change.merged_into is None:
                new_text = _squash(ctx.new_text)
            merged = change.merged_into is not None or (
                section is not None and _content_kept(new_text, section.body))
            rule = rules.get("section-merged" if merged else "section-removed")
        else:
            rule = rules.get("section-added")
        if rule is None or rule.severity == "none":
            continue
        heading = (change.old_section or change.new_section)
        detail = f"“{heading.heading}”" if heading is not None and heading.heading else ""
        flags.append(ctx.flag(rule, area, rule.severity,
                              _headline(area, change.change == "removed"), detail=detail))
    return flags
