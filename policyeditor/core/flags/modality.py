"""Modal strength changed in a sentence: "may" → "will", "kan" → "ska".

A modality rule has two cue sets, ``from_cues`` and ``to_cues``; it fires
when, in one changed sentence of a section present in both versions, cues
of the first set disappear and cues of the second appear. "skall" → "ska"
(both strong) or "kommer att" → "ska" therefore stay quiet.
"""

from __future__ import annotations

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import FlagContext
from policyeditor.core.flags.cue_detector import hunk_net
from policyeditor.core.flags.cues import CueIndex
from policyeditor.core.flags.rules import Rule
from policyeditor.core.flags.sentences import evidence


def _compiled(ctx: FlagContext) -> tuple[list[Rule], CueIndex]:
    key = ("modality", ctx.language)
    found = ctx.rules.compiled.get(key)
    if found is None:
        rules = ctx.rules_of("modality")
        groups: list[list[str]] = []
        for rule in rules:
            groups.append(list(rule.from_cues))
            groups.append(list(rule.to_cues))
        found = (rules, CueIndex(groups))
        ctx.rules.compiled[key] = found
    return found


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for modal verbs strengthened or weakened in aligned sentences."""
    rules, index = _compiled(ctx)
    if not rules:
        return []
    flags: list[Flag] = []
    for area in ctx.areas:
        if area.kind != "modified":
            continue
        fired: set[int] = set()
        for hunk in area.all_hunks:
            if hunk.added_only or hunk.removed_only:
                continue
            net = hunk_net(index, hunk)
            if not net:
                continue
            for number, rule in enumerate(rules):
                if number in fired:
                    continue
                gone = [index.cue_text[h] for h, n in net.items() if h[0] == 2 * number and n < 0]
                came = [index.cue_text[h] for h, n in net.items()
                        if h[0] == 2 * number + 1 and n > 0]
                if gone and came:
                    fired.add(number)
                    detail = f"“{', '.join(gone)}” → “{', '.join(came)}”"
                    flags.append(ctx.flag(rule, area, rule.severity, evidence(hunk.old, hunk.new),
                                          detail=detail, hunk=hunk))
    return flags
