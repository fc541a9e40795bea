"""Retention periods parsed, normalised to days and compared.

Digits and number words (Swedish and English), days/weeks/months/years, and
open-ended wording ("tills vidare", "indefinitely", "så länge som", "as long
as") are understood. In a changed sentence the longest period before and
after are compared: longer or open-ended is more severe than shorter. Whether
the sentence is about keeping data is decided by the rules' ``context`` stems;
other periods (a reply "within 30 days") fall to the ``period-changed`` rule.
"""

from __future__ import annotations

import math
import re

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import Area, FlagContext
from policyeditor.core.flags.cues import CueIndex
from policyeditor.core.flags.rules import Rule
from policyeditor.core.flags.sentences import Hunk, evidence
from policyeditor.core.flags.tokens import normalise, tokenize

_NUMBERS = {
    "en": 1, "ett": 1, "one": 1, "a": 1, "an": 1, "två": 2, "two": 2, "tre": 3, "three": 3,
    "fyra": 4, "four": 4, "fem": 5, "five": 5, "sex": 6, "six": 6, "sju": 7, "seven": 7,
    "åtta": 8, "eight": 8, "nio": 9, "nine": 9, "tio": 10, "ten": 10, "elva": 11,
    "eleven": 11, "tolv": 12, "twelve": 12, "fjorton": 14, "fourteen": 14, "femton": 15,
    "fifteen": 15, "arton": 18, "eighteen": 18, "tjugo": 20, "twenty": 20,
    "tjugofyra": 24, "twenty-four": 24, "trettio": 30, "thirty": 30, "trettiosex": 36,
    "thirty-six": 36, "fyrtio": 40, "forty": 40, "sextio": 60, "sixty": 60,
    "nittio": 90, "ninety": 90, "hundra": 100, "hundred": 100, "ettusen": 1000,
}
_UNITS = {
    "dag": 1, "dagar": 1, "dagarna": 1, "dygn": 1, "day": 1, "days": 1,
    "vecka": 7, "veckor": 7, "veckorna": 7, "week": 7, "weeks": 7,
    # a month is a twelfth of a year, so "36 månader" and "3 år" are the same period
    "månad": 365 / 12, "månader": 365 / 12, "månaderna": 365 / 12, "month": 365 / 12,
    "months": 365 / 12,
    "år": 365, "året": 365, "åren": 365, "year": 365, "years": 365,
}
_OPEN_ENDED = (
    r"tills\s+vidare|obegränsad\s+tid|för\s+alltid|utan\s+tidsgräns|indefinitely|"
    r"permanently|forever|without\s+(?:a\s+)?time\s+limit|no\s+time\s+limit"
)
# "as long as necessary" is bounded by the purpose: longer than any stated
# period, shorter than "indefinitely".
_PURPOSE_BOUND = r"så\s+länge\s+som|så\s+länge|for\s+as\s+long\s+as|as\s+long\s+as"
PURPOSE_BOUND_DAYS = 1_000_000.0
_NUMBER = r"\d+(?:[.,]\d+)?|" + "|".join(sorted((re.escape(w) for w in _NUMBERS), key=len,
                                                reverse=True))
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_PERIOD = re.compile(
    rf"\b(?P<n>{_NUMBER})(?:\s*\(\d+\))?[\s\u00a0-]*(?P<u>{_UNIT})\b"
    rf"|(?P<open>{_OPEN_ENDED})|(?P<bound>{_PURPOSE_BOUND})",
    re.I,
)
# A changed sentence is parsed only if its changed words contain one of these.
_TRIGGERS = frozenset(
    [*_UNITS, *(w for w in _NUMBERS if len(w) > 2), "tills", "vidare", "obegränsad", "alltid",
     "länge", "indefinitely", "permanently", "forever", "long", "tidsgräns", "limit"]
)


# Every match of _PERIOD holds one of these (a unit, or a word of the open-ended
# and purpose-bound wordings); a text with none is not searched.
_NEEDED = (*_UNITS, "tills", "obegränsad", "alltid", "tidsgräns", "indefinitely",
           "permanently", "forever", "limit", "länge", "long")


def periods(text: str) -> list[float]:
    """Every period in ``text``, in days (``inf`` for open-ended wording)."""
    found: list[float] = []
    text = normalise(text)
    # "ı" matches "i" when ignoring case, so a text with one is always searched
    if "ı" not in text and not any(word in text for word in _NEEDED):
        return found
    for match in _PERIOD.finditer(text):
        if match.group("open"):
            found.append(math.inf)
            continue
        if match.group("bound"):
            found.append(PURPOSE_BOUND_DAYS)
            continue
        raw = match.group("n").replace(",", ".")
        number = float(raw) if raw[0].isdigit() else float(_NUMBERS[raw])
        found.append(number * _UNITS[match.group("u")])
    return found


def describe(days: float, language: str) -> str:
    """A period for a person: "2 år", "30 days", "tills vidare"."""
    if math.isinf(days):
        return "tills vidare" if language == "sv" else "indefinitely"
    if days == PURPOSE_BOUND_DAYS:
        return "så länge som behövs" if language == "sv" else "as long as necessary"
    for size, sv, en in ((365.0, "år", "years"), (365 / 12, "månader", "months"),
                         (7.0, "veckor", "weeks")):
        count = days / size
        if count >= 1 and abs(count - round(count)) < 1e-6:
            return f"{round(count)} {sv if language == 'sv' else en}"
    return f"{days:g} {'dagar' if language == 'sv' else 'days'}"


def _outcome(before: list[float], after: list[float]) -> str | None:
    if not before and not after:
        return None
    if not before:
        return "unlimited" if any(math.isinf(d) for d in after) else "added"
    if not after:
        return "removed"
    old, new = max(before), max(after)
    if math.isclose(new, old, rel_tol=0.02):  # the same period written another way
        return None
    if math.isinf(new):
        return "unlimited"
    return "longer" if new > old else "shorter"


_RULE_FOR = {"added": "retention-period-added", "removed": "retention-period-removed",
             "unlimited": "retention-unlimited", "longer": "retention-longer",
             "shorter": "retention-shorter"}


_DIGIT = re.compile(r"[0-9]")


def _triggers(tokens: list[str], text: str) -> bool:
    if not _TRIGGERS.isdisjoint(tokens):
        return True
    if text.isascii() and not _DIGIT.search(text):
        return False  # tokens are pieces of ASCII text: none can start with a digit
    return any(t[0].isdigit() for t in tokens)


def _is_triggered(hunk: Hunk) -> bool:
    return any(_triggers(c.old_tokens, c.old) or _triggers(c.new_tokens, c.new)
               for c in hunk.clusters)


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for retention periods made longer, open-ended, shorter, added or dropped."""
    rules = {rule.id: rule for rule in ctx.rules_of("duration")}
    if not rules:
        return []
    context_rule = rules.get("retention-longer")
    context: CueIndex | None = None
    if context_rule is not None:
        # compiled once per rule set, so its token lookups are kept between comparisons
        key = ("duration-context", ctx.language)
        context = ctx.rules.compiled.get(key)
        if context is None:
            context = CueIndex([[f"{c}*" for c in context_rule.context]])
            ctx.rules.compiled[key] = context
    events: list[tuple[Area, Hunk, str, list[float], list[float]]] = []
    for area in ctx.areas:
        for hunk in area.all_hunks:
            if not _is_triggered(hunk):
                continue
            before, after = periods(hunk.old), periods(hunk.new)
            outcome = _outcome(before, after)
            if outcome is not None:
                events.append((area, hunk, outcome, before, after))
    flags: list[Flag] = []
    for area, hunk, outcome, before, after in _without_moves(events):
        flag = _flag(ctx, rules, context, area, hunk, outcome, before, after)
        if flag is not None:
            flags.append(flag)
    return flags


def _without_moves(events: list[tuple[Area, Hunk, str, list[float], list[float]]],
                   ) -> list[tuple[Area, Hunk, str, list[float], list[float]]]:
    """Drop a period that left one sentence and reappears in another (text moved)."""
    gone: dict[tuple[float, ...], list[int]] = {}
    for i, (_a, _h, outcome, before, _after) in enumerate(events):
        if outcome == "removed":
            gone.setdefault(tuple(sorted(before)), []).append(i)
    dropped: set[int] = set()
    for i, (_a, _h, outcome, _before, after) in enumerate(events):
        if outcome in ("added", "unlimited") and (twins := gone.get(tuple(sorted(after)))):
            dropped.update((i, twins.pop()))
    return [event for i, event in enumerate(events) if i not in dropped]


def _flag(ctx: FlagContext, rules: dict[str, Rule], context: CueIndex | None, area: Area,
          hunk: Hunk, outcome: str, before: list[float], after: list[float]) -> Flag | None:
    about_keeping = True
    if context is not None:
        hits, _ = context.quick_hits(tokenize(hunk.old + " " + hunk.new))
        about_keeping = bool(hits)
    rule = rules.get(_RULE_FOR[outcome] if about_keeping else "period-changed")
    if rule is None or rule.severity == "none":
        return None
    lang = ctx.language if ctx.language in ("sv", "en") else "en"
    old = ", ".join(describe(d, lang) for d in before) or "–"
    new = ", ".join(describe(d, lang) for d in after) or "–"
    return ctx.flag(rule, area, rule.severity, evidence(hunk.old, hunk.new),
                    detail=f"{old} → {new}", hunk=hunk)
