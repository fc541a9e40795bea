"""Meaning in the aligned sentence pair, where cue words stay and the meaning changes.

Four readings of a changed sentence, each a ``kind = "meaning"`` rule whose
words are data (``resources/rules/*.toml``):

- ``controller-identity``: in a sentence that says who is responsible (the
  controller, its representative or DPO, the party called "we"), a name was
  replaced, added or removed: the controller's identity changed (not a new
  recipient). A sentence added that names such a party counts too.
- ``right-removed-from-list``: a list item struck from a list introduced as
  what the data subject can do ("Du kan …", "You can …", "your rights").
- ``exception-scope``: words struck from (or added to) the condition of a
  negated sentence ("we do not … if you use the Pro or Business plan" →
  "… the Business plan"), or a leading scope ("Outside the EU, …") struck:
  who the rule applies to changed.
- ``renamed``: a name replaced one-for-one by another name that the old
  document never used, while the old one is gone from the new document: a
  rename, reported low; the other flags of that sentence are dropped, since a
  renamed product or company is not a new party.

:func:`refine` then reads the other detectors' flags against the sentence
they are about: a renamed party's flags and a controller's name taken as a
recipient are dropped, a party or place still named in the new document
has not been removed (low), and a cue word inside a name (link text, a
product or setting name such as "Ad Preferences Hub") is no recipient,
tracking or marketing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TypeVar, cast

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import Area, FlagContext, change_key
from policyeditor.core.flags.cue_detector import compiled_cues
from policyeditor.core.flags.cues import CueIndex
from policyeditor.core.flags.names import proper_names
from policyeditor.core.flags.rules import Rule
from policyeditor.core.flags.sentences import Hunk, evidence, evidence_at, words_of
from policyeditor.core.flags.tokens import normalise, tokenize

_LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d+[.)]|\|)\s*")
# A clause at the start of a sentence, ended by a comma ("Outside the EU, ").
_LEADING_CLAUSE = re.compile(r"^\W*([^,.;:\n]{2,60}),\s")
# Words in a name that say nothing about which party it is.
_NEUTRAL = frozenset(["inc", "ltd", "llc", "limited", "corp", "corporation", "company", "gmbh",
                      "ab", "co", "pbc", "plc", "sa", "as", "oy", "bv", "nv", "ag", "the",
                      # words of a role or an address line, not of a party's name
                      "officer", "attn", "contact", "copyright"])
_MAX_NAME_TOKENS = 4
T = TypeVar("T")


def _cached(ctx: FlagContext, name: str, build: Callable[[], T]) -> T:
    """``build()`` once per rule set and language (rules are compiled once, not per call)."""
    key = (f"meaning-{name}", ctx.language)
    if key not in ctx.rules.compiled:
        ctx.rules.compiled[key] = build()
    return cast(T, ctx.rules.compiled[key])


def _rules(ctx: FlagContext) -> dict[str, Rule]:
    return _cached(ctx, "rules", lambda: {rule.id: rule for rule in ctx.rules_of("meaning")})


def _negations(ctx: FlagContext) -> frozenset[str]:
    return _cached(ctx, "negations", lambda: frozenset(
        w for r in ctx.rules_of("cue") if r.flips for w in r.words))


Matcher = tuple[CueIndex, list[re.Pattern[str]]]


def _index(ctx: FlagContext, rule: Rule) -> Matcher:
    """The rule's words (and patterns) compiled once per rule set."""
    def build() -> Matcher:
        cues = [f"{s}*" for s in rule.stems] + list(rule.words) + list(rule.phrases)
        return CueIndex([cues]), [re.compile(p, re.I) for p in rule.patterns]

    return _cached(ctx, f"index-{rule.id}", build)


def _literals(ctx: FlagContext, rule: Rule) -> tuple[str, ...]:
    """The first word of each cue, lower-case: a sentence without any cannot match."""
    return _cached(ctx, f"literals-{rule.id}", lambda: tuple(
        {normalise(cue.split()[0].strip("*")) for cue in (*rule.stems, *rule.words,
                                                         *rule.phrases)}))


def _mentions(ctx: FlagContext, rule: Rule | None, text: str) -> bool:
    if rule is None or not text:
        return False
    index, patterns = _index(ctx, rule)
    lower = normalise(text)
    if not any(word in lower for word in _literals(ctx, rule)):
        return any(p.search(text) for p in patterns)  # a substring test first: most fail
    # words of the text, not of its link addresses ("#1-4-eea-representative")
    return bool(index.full_hits(words_of(text))) or any(p.search(text) for p in patterns)


def _ignored(ctx: FlagContext) -> frozenset[str]:
    def build() -> frozenset[str]:
        names = [r for r in ctx.rules_of("names") if not r.context]
        return frozenset(normalise(w) for r in names for w in r.ignore) | _NEUTRAL

    return _cached(ctx, "ignored", build)


def _name_changes(ctx: FlagContext, old: str, new: str) -> tuple[list[str], list[str]]:
    """Names gone from and come to a sentence (words like "Ltd" or "EU" left out)."""
    ignored = _ignored(ctx)
    before = Counter(n for n in proper_names(old) if normalise(n) not in ignored)
    after = Counter(n for n in proper_names(new) if normalise(n) not in ignored)
    return list((before - after).elements()), list((after - before).elements())


def is_controller_sentence(ctx: FlagContext, text: str) -> bool:
    """Whether a sentence says who is responsible (controller, representative, DPO, "we")."""
    return _mentions(ctx, _rules(ctx).get("controller-identity"), text)


_WORDS = re.compile(r"\w+")


def still_named(ctx: FlagContext, text: str) -> bool:
    """Whether every name in a removed sentence is still named in the new document."""
    ignored = _ignored(ctx)
    names = [n for n in proper_names(text) if normalise(n) not in ignored]
    if not names:
        return False
    key = "new-words"  # the new document's words, found once per comparison
    words = ctx.notes.get(key)
    if words is None:
        words = ctx.notes[key] = frozenset(_WORDS.findall(ctx.new_text))
    return all(part in words for name in names for part in _WORDS.findall(name))


def _whole_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for controller identity, rights struck from lists, exceptions and renames."""
    rules = _rules(ctx)
    if not rules:
        return []
    flags: list[Flag] = []
    for area in ctx.areas:
        for hunk in area.body:
            # who is responsible, and renames, turn on names: words with a capital
            named = any(c.old != c.old.lower() or c.new != c.new.lower() for c in hunk.clusters)
            flag = ((named and (_controller(ctx, rules, area, hunk)
                                or _renamed(ctx, rules, area, hunk)))
                    or _right_struck(ctx, rules, area, hunk) or _exception(ctx, rules, area, hunk))
            if flag is not None:
                flags.append(flag)
    return flags


def _controller(ctx: FlagContext, rules: dict[str, Rule], area: Area, hunk: Hunk) -> Flag | None:
    rule = rules.get("controller-identity")
    if rule is None or hunk.removed_only:
        return None
    if hunk.added_only:
        if not is_controller_sentence(ctx, hunk.new):
            return None
        gone: list[str] = []
        came = [n for n in _name_changes(ctx, "", hunk.new)[1] if not _whole_word(ctx.old_text, n)]
    elif (is_controller_sentence(ctx, hunk.old + _next_words(hunk))
          and is_controller_sentence(ctx, hunk.new + _next_words(hunk))):
        gone, came = _name_changes(ctx, hunk.old, hunk.new)
    else:
        return None
    if not gone and not came:
        return None
    ctx.controller_changes.add(change_key(area, hunk))
    detail = f"“{' '.join(gone) or '–'}” → “{' '.join(came) or '–'}”"
    shown = evidence_at(hunk.new, came[0], "+") if hunk.added_only else evidence(hunk.old, hunk.new)
    return ctx.flag(rule, area, rule.severity, shown, detail=detail, hunk=hunk)


def _next_words(hunk: Hunk) -> str:
    """A little unchanged text after the sentence: an abbreviation ("d.b.a.") may
    have cut it before the words that say who "we" are."""
    return " " + hunk.clusters[-1].after[:160] if hunk.clusters else ""


def _renamed(ctx: FlagContext, rules: dict[str, Rule], area: Area, hunk: Hunk) -> Flag | None:
    rule = rules.get("renamed")
    if rule is None or hunk.added_only or hunk.removed_only:
        return None
    pairs = []
    for cluster in hunk.clusters:
        old, new = cluster.old.strip(" ,.;:()\n"), cluster.new.strip(" ,.;:()\n")
        if not old or not new or old == new:
            return None
        if (len(cluster.old_tokens) > _MAX_NAME_TOKENS or len(cluster.new_tokens) > _MAX_NAME_TOKENS
                or old.lower() == old or new.lower() == new):
            return None  # a name is written with a capital
        if normalise(old) in ctx.new_lower or normalise(new) in ctx.old_lower:
            return None  # the old name is still used, or the new one was known: not a rename
        pairs.append((old, new))
    if not pairs or _names_a_place(ctx, hunk):
        return None
    ctx.suppressed.add(change_key(area, hunk))
    detail = ", ".join(f"“{old}” → “{new}”" for old, new in pairs)
    return ctx.flag(rule, area, rule.severity, evidence(hunk.old, hunk.new), detail=detail,
                    hunk=hunk, rule_id=rule.id)


def _names_a_place(ctx: FlagContext, hunk: Hunk) -> bool:
    """Whether the replaced words are a place a transfer rule knows ("USA", "outside the EEA").

    Another country is never the same party renamed: that stays a transfer.
    """
    compiled = compiled_cues(ctx.rules, ctx.language)
    places = {i for i, rule in enumerate(compiled.rules) if rule.category == "transfers"}
    return any(g in places for cluster in hunk.clusters
               for tokens in (cluster.old_tokens, cluster.new_tokens)
               for g, _c in compiled.index.full_hits(tokens))


def _right_struck(ctx: FlagContext, rules: dict[str, Rule], area: Area,
                  hunk: Hunk) -> Flag | None:
    rule = rules.get("right-removed-from-list")
    change = area.change
    if rule is None or not hunk.removed_only or change is None or change.old_section is None:
        return None
    item = hunk.old.strip()
    if not _LIST_ITEM.match(item):
        return None
    body = change.old_section.body
    where = body.find(item)
    lines = body[:where].splitlines() if where >= 0 else []
    intro = next((line for line in reversed(lines)
                  if line.strip() and not _LIST_ITEM.match(line)), "")
    heading = change.old_section.heading
    if not (_mentions(ctx, rule, intro) or _mentions(ctx, rule, heading)):
        return None
    return ctx.flag(rule, area, rule.severity, evidence(hunk.old, ""),
                    detail=f"“{_LIST_ITEM.sub('', item)[:80]}”", hunk=hunk)


def _exception(ctx: FlagContext, rules: dict[str, Rule], area: Area, hunk: Hunk) -> Flag | None:
    rule = rules.get("exception-scope")
    if rule is None or hunk.added_only or hunk.removed_only or len(hunk.clusters) != 1:
        return None
    cluster = hunk.clusters[0]
    leading = _LEADING_CLAUSE.match(hunk.old)
    window = cluster.before[-300:].lower()
    if leading is None and not any(n in window for n in _negations(ctx)):
        return None  # neither a leading scope nor a negated sentence: cheap way out
    # the words that went and came (a run is widened to whole words on both sides)
    before_words, after_words = Counter(cluster.old_tokens), Counter(cluster.new_tokens)
    struck = list((before_words - after_words).elements())
    added = list((after_words - before_words).elements())
    if struck and not added and leading and _mentions(ctx, rule, leading.group(1)) \
            and not Counter(struck) - Counter(tokenize(leading.group(1))):
        return _scope_flag(ctx, rule, area, hunk, "removed", leading.group(1))
    negations = _negations(ctx)
    before = tokenize(cluster.before[-300:])
    where = max((i for i, t in enumerate(before) if t in negations), default=-1)
    if where < 0 or (struck and added):
        return None
    if not _index(ctx, rule)[0].full_hits(before[where:]):
        return None  # the change is not inside the condition of a negated sentence
    direction = "removed" if struck else "added"
    return _scope_flag(ctx, rule, area, hunk, direction, " ".join(struck or added))


def _scope_flag(ctx: FlagContext, rule: Rule, area: Area, hunk: Hunk, direction: str,
                words: str) -> Flag:
    severity = rule.added if direction == "removed" else rule.removed
    return ctx.flag(rule, area, severity, evidence(hunk.old, hunk.new),
                    detail=f"“{words.strip()}”", direction=direction, hunk=hunk)


# Categories a party or place being named stands for.
_ENTITY = frozenset(["controller", "transfers", "recipients"])
# Categories a cue word inside a product, setting or link name says nothing about.
_NAME_SENSITIVE = frozenset(["recipients", "tracking", "purposes"])
# Longer changed text is a passage, not a sentence naming a product or setting.
_NAME_SENTENCE = 600
_LINK_TEXT = re.compile(r"\[[^\]\n]*\]")
_TITLE_RUN = re.compile(r"(?<![\w’'])(?:[A-ZÅÄÖ][\w’'&-]*[ \t]+)+[A-ZÅÄÖ][\w’'&-]*")


def refine(ctx: FlagContext, flags: list[Flag]) -> list[Flag]:
    """The detectors' flags read against the sentence each is about (see the module doc)."""
    out: list[Flag] = []
    for flag in flags:
        if flag.change in ctx.suppressed and flag.rule != "renamed":
            continue
        if flag.change in ctx.controller_changes and flag.category == "recipients":
            continue
        hunk = ctx.hunk_of.get(flag.change)
        if hunk is not None and flag.severity != "low":
            if (flag.category in _ENTITY and flag.rule.endswith("-removed")
                    and 0 < len(hunk.old) <= _NAME_SENTENCE and still_named(ctx, hunk.old)):
                flag.severity = "low"
            if flag.category in _NAME_SENSITIVE and _only_in_names(ctx, flag, hunk):
                continue
            if flag.category in _NAME_SENSITIVE and _context_only_in_names(ctx, flag, hunk):
                flag.severity = "low"  # "Fitness Tracker Pro" is a product, not a tracker
        out.append(flag)
    return out


def mask_names(text: str) -> str:
    """``text`` without link texts and names written in Title Case ("Ad Preferences Hub")."""
    text = _LINK_TEXT.sub(" ", text)

    def keep_or_mask(match: re.Match[str]) -> str:
        run = match.group()
        start = text[:match.start()].rstrip(" \t*_#\"“(")
        at_start = not start or start[-1] in ".!?:\n"
        # two capitalised words opening a sentence may be ordinary words
        return run if at_start and len(run.split()) < 3 else " "

    return _TITLE_RUN.sub(keep_or_mask, text)


def _context_only_in_names(ctx: FlagContext, flag: Flag, hunk: Hunk) -> bool:
    """Whether a new name was judged by its context words, found only inside names."""
    rule = next((r for r in ctx.rules_of("names") if r.id == flag.rule and r.context), None)
    if rule is None:
        return False
    context, _patterns = _index(ctx, Rule(id=f"{rule.id}-context", category=rule.category,
                                          stems=rule.context))
    return not context.full_hits(tokenize(mask_names(hunk.new)))


def _only_in_names(ctx: FlagContext, flag: Flag, hunk: Hunk) -> bool:
    """Whether a cue flag's cue changed only inside names (so it is no such cue)."""
    compiled = compiled_cues(ctx.rules, ctx.language)
    base = flag.rule.rsplit("-", 1)[0] if flag.rule.endswith(("-added", "-removed")) else ""
    group = next((i for i, r in enumerate(compiled.rules) if r.id == base), None)
    if group is None:
        return False
    added = flag.rule.endswith("-added")
    side, other = (hunk.new, hunk.old) if added else (hunk.old, hunk.new)
    masked_side = mask_names(side)
    if masked_side == side or len(side) > _NAME_SENTENCE:
        return False  # no name in it, or a whole passage (names are judged in a sentence)

    def count(text: str) -> int:
        hits = compiled.index.full_hits(tokenize(text))
        return sum(n for (g, _c), n in hits.items() if g == group)

    # a cue that really came (not one freed by a negation) and came only in names
    return count(side) > count(other) and count(masked_side) <= count(mask_names(other))
