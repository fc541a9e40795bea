"""One flag per change: flags raised on the same changed sentence become one.

Several cues often fire on one changed sentence ("we do not share" → "we
share with our advertising partners" is a negation removed, sharing added
and a new recipient). A reviewer reads that as one change, so the flags of
one change (the same changed sentence, or the same added or removed
section) are merged: the strongest flag leads, and the categories of the
others are listed as its ``secondary`` categories. The absorbed flags are
kept on the merged one so that a sign-off recorded for one of them before
merging still finds its flag (see :mod:`policyeditor.core.review.states`).
"""

from __future__ import annotations

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import WHOLE

_RANK = {"high": 0, "medium": 1, "low": 2}

# Which category leads when flags of one change are equally severe: who is
# responsible and a reversed meaning first, then what is done with whose data,
# then how it is described. The order is a reading order for a reviewer, not
# a legal ranking.
PRIORITY: tuple[str, ...] = (
    "controller", "polarity", "transfers", "recipients", "data-categories", "purposes",
    "automated-decisions", "legal-basis", "rights", "children", "retention", "tracking",
    "security", "modality", "change-notice", "completeness", "structure",
)
_ORDER = {category: i for i, category in enumerate(PRIORITY)}


def strength(flag: Flag) -> tuple[int, int]:
    """Sort key: most severe first, then the category that leads by :data:`PRIORITY`.

    In a sentence added or removed whole, a negation or "only" reverses
    nothing: what the sentence is about leads, polarity follows.
    """
    order = _ORDER.get(flag.category, len(PRIORITY))
    if flag.category == "polarity" and flag.change.endswith(WHOLE):
        order = _ORDER["modality"]
    return _RANK[flag.severity], order


def merge_changes(flags: list[Flag]) -> list[Flag]:
    """One flag per change, in the order the first flag of each change came.

    Flags without a change key (made outside a detector) are left alone.
    """
    groups: dict[str, list[Flag]] = {}
    out: list[Flag | str] = []
    for flag in flags:
        if not flag.change:
            out.append(flag)
            continue
        group = groups.get(flag.change)
        if group is None:
            groups[flag.change] = [flag]
            out.append(flag.change)
        else:
            group.append(flag)
    return [item if isinstance(item, Flag) else _merged(groups[item]) for item in out]


def _merged(group: list[Flag]) -> Flag:
    if len(group) == 1:
        return group[0]
    ordered = sorted(group, key=strength)
    lead, rest = ordered[0], ordered[1:]
    secondary: list[str] = []
    for flag in rest:
        for category in (flag.category, *flag.secondary):
            if category != lead.category and category not in secondary:
                secondary.append(category)
    lead.secondary = secondary
    lead.merged = [*lead.merged, *(f for flag in rest for f in (flag, *flag.merged))]
    return lead


def every_flag(flags: list[Flag]) -> list[Flag]:
    """Each merged flag followed by the flags it absorbed (what each detector said)."""
    return [f for flag in flags for f in (flag, *flag.merged)]
