"""Sections added and removed.

A removed section whose text went into another section (the compare engine
sets ``merged_into``, or most of its sentences still appear in the new
document) is a reorganisation: a low flag. A removed section whose content
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


def _content_kept(ctx: FlagContext, text: str) -> bool:
    sentences = [_squash(s) for s in _SENTENCES.findall(text)]
    sentences = [s for s in sentences if len(s) > 12]
    if not sentences:
        return True
    new = _squash(ctx.new_text)
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
    for area in ctx.areas:
        change = area.change
        if change is None or change.change not in ("added", "removed"):
            continue
        if change.change == "removed":
            section = change.old_section
            merged = getattr(change, "merged_into", None) is not None or (
                section is not None and _content_kept(ctx, section.body))
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
