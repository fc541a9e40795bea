"""Cue words added or removed, by category (and negations/restrictors, hedges).

For every changed sentence the cues of each rule are counted before and
after, in the changed words only (with a few words of context when a phrase
may be involved). Counts are netted per section, so a sentence that only
moved within a section is quiet, and then across sections, so a cue that
moved from one section to another is quiet too. Rules with ``net = "rule"``
(negations, restrictors, hedges) net over all their cues and only count in
sections present in both versions: "inte" moving within a Swedish sentence,
or "inte" replaced by "aldrig", is not a change of polarity. Rules with
``net = "section"`` (hedges) net over all their cues in the whole section.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import Area, FlagContext
from policyeditor.core.flags.cues import CueIndex, Hit
from policyeditor.core.flags.rules import Rule, RuleSet
from policyeditor.core.flags.sentences import (
    Hunk,
    evidence,
    evidence_at,
    one_sentence_edited,
    words_of,
)
from policyeditor.core.flags.tokens import tokenize

# Unchanged words of context kept each side when a phrase may have changed.
PHRASE_CONTEXT = 4


@dataclass
class CompiledCues:
    """The cue rules of one language compiled into indexes."""

    rules: list[Rule]
    index: CueIndex
    context: CueIndex  # one group per rule: words the sentence must contain
    require: CueIndex  # one group per rule: and one of these words as well
    flips: list[bool] = field(default_factory=list)  # by group: a negation or restrictor

    def __post_init__(self) -> None:
        self.flips = [rule.flips for rule in self.rules]


def rule_cues(rule: Rule) -> list[str]:
    """Cue strings of a rule in :mod:`cues` syntax (stems become prefixes)."""
    return [f"{stem}*" if not stem.endswith("*") else stem for stem in rule.stems] + [
        *rule.words, *rule.phrases]


def compiled_cues(rules: RuleSet, language: str) -> CompiledCues:
    """The compiled cue rules (cached on the rule set)."""
    key = ("cue", language)
    found = rules.compiled.get(key)
    if found is None:
        chosen = rules.for_language(language, "cue")
        found = CompiledCues(
            chosen,
            CueIndex([rule_cues(r) for r in chosen], [r.exclude for r in chosen],
                     [r.patterns for r in chosen]),
            CueIndex([[f"{c}*" for c in r.context] for r in chosen]),
            CueIndex([[f"{c}*" for c in r.require] for r in chosen]),
        )
        rules.compiled[key] = found
    return found


def _distance_at_most(a: str, b: str, limit: int) -> bool:
    """Edit distance (a swap of neighbouring letters counts once) at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


def drop_spelling_fixes(old: list[str], new: list[str],
                        is_typo: Callable[[str], bool] | None = None,
                        ) -> tuple[list[str], list[str]]:
    """Remove pairs of near-identical words (a typo fixed or made) from both sides.

    ``is_typo`` says whether a removed word may be a misspelling (e.g. it
    occurs nowhere else in the document): "content" → "consent" is one
    letter apart but a real change of word.
    """
    if not old or not new or len(old) > 8 or len(new) > 8:
        return old, new
    if not any(len(w) >= 5 for w in old) or set(old) == set(new):
        return old, new
    # a pair must share its first two letters: most words have no candidate at all
    starts = {w[:2] for w in new}
    if not any(len(w) >= 5 and w[:2] in starts and w not in new for w in old):
        return old, new
    old, new = list(old), list(new)
    for word in list(old):
        if len(word) < 5 or word in new or word[:2] not in starts:
            continue
        limit = 2 if len(word) >= 7 else 1
        for other in new:
            # same first two letters: "unlawful"/"lawful" is not a typo
            if (other[:2] == word[:2] and other not in old
                    and _distance_at_most(word, other, limit)
                    and (is_typo is None or is_typo(word) or is_typo(other))):
                old.remove(word)
                new.remove(other)
                break
    return old, new


def hunk_net(index: CueIndex, hunk: Hunk,
             is_typo: Callable[[str], bool] | None = None) -> Counter[Hit]:
    """Cue hits after minus before in one changed sentence."""
    net: Counter[Hit] = Counter()
    cannot_match = index.cannot_match
    count_into = index.count_into
    has_patterns = index.has_patterns
    for cluster in hunk.clusters:
        cluster_old, cluster_new = cluster.old_tokens, cluster.new_tokens
        if cannot_match(cluster_old) and cannot_match(cluster_new):
            continue
        old_tokens, new_tokens = cluster_old, cluster_new
        if old_tokens and new_tokens:  # a typo can only be fixed where words were replaced
            old_tokens, new_tokens = drop_spelling_fixes(old_tokens, new_tokens, is_typo)
        # single-token cues counted straight into the net; phrases need context
        complex_ = count_into(net, new_tokens, 1)
        complex_ = count_into(net, old_tokens, -1) or complex_
        if complex_:
            left, right = cluster.context(PHRASE_CONTEXT)
            # single words are counted already; phrases added straight into the net
            if not index.add_phrases(net, left, cluster_old, cluster_new, right):
                # an exclusion ("not limited to") may cancel single words: count all
                old_window, new_window = cluster.window(PHRASE_CONTEXT)
                count_into(net, new_tokens, -1)
                count_into(net, old_tokens, 1)
                net.update(index.full_hits(new_window))
                net.subtract(index.full_hits(old_window))
        if has_patterns:
            index.add_patterns(net, cluster.new, 1)
            index.add_patterns(net, cluster.old, -1)
    return net


@dataclass(slots=True)
class _Tally:
    net: int = 0
    plus: Hunk | None = None
    minus: Hunk | None = None
    cues: dict[int, list[str]] = field(default_factory=lambda: {1: [], -1: []})
    # cue text → the negation words whose change alone made it count
    negated: dict[str, list[str]] = field(default_factory=dict)


def _has_context(compiled: CompiledCues, group: int, text: str,
                 seen: dict[str, tuple[set[int], set[int]]] | None = None) -> bool:
    """Whether ``text`` has the words the rule of ``group`` needs around its cue.

    ``seen`` caches the groups whose context and required words a text has
    (one sentence is asked about for many cues).
    """
    found = seen.get(text) if seen is not None else None
    if found is None:
        tokens = tokenize(text)
        found = ({g for g, _c in compiled.context.full_hits(tokens)},
                 {g for g, _c in compiled.require.full_hits(tokens)})
        if seen is not None:
            seen[text] = found
    rule = compiled.rules[group]
    return not ((rule.context and group not in found[0])
                or (rule.require and group not in found[1]))


def _flip(compiled: CompiledCues, hunk: Hunk, net: Counter[Hit]) -> dict[Hit, list[str]]:
    """A negation that left (or entered) a sentence affirms (or negates) its other cues.

    A whole sentence added or removed with a negation in it ("we never sell
    your data", "vi säljer aldrig") does not add or remove what it denies:
    cues within a few words of the negation do not count; the negation flag
    tells the reviewer about the sentence.

    Returns the cues that count only because of the negation, each with the
    negation words that changed, so their flag can say what really changed
    ("inte" removed) rather than that the unchanged cue was added.
    """
    flips = compiled.flips
    change = 0
    for (group, _cue), count in net.items():
        if flips[group]:
            change += count
    if change == 0:
        return {}
    if hunk.added_only or hunk.removed_only:
        _drop_denied(compiled, words_of(hunk.new or hunk.old), net,
                     1 if hunk.added_only else -1)
        return {}
    sign = 1 if change < 0 else -1
    # Direction: with a negation gone, words of the denied clause that went
    # with it were denied, not removed ("we do not show personalised ads" →
    # "we show ads"); with a negation come, words added to the denied clause
    # are not added.
    for hit, count in list(net.items()):
        rule = compiled.rules[hit[0]]
        if rule.net == "cue" and not rule.flips and count * sign < 0:
            net[hit] = 0
    cue_text = compiled.index.cue_text
    negations = [cue_text.get(hit, "") for hit, count in net.items()
                 if flips[hit[0]] and count * sign < 0 and cue_text.get(hit)]
    side = hunk.new if sign > 0 else hunk.old
    flipped: dict[Hit, list[str]] = {}
    for (group, cue), _count in compiled.index.full_hits(words_of(side)).items():
        rule = compiled.rules[group]
        if rule.net == "cue" and not rule.flips and sign * net.get((group, cue), 0) <= 0:
            net[group, cue] += sign
            if net[group, cue] != 0:
                flipped[group, cue] = negations
    return flipped


# Words between a negation and the cue it denies ("we do not ever sell").
DENIAL_REACH = 3


def _drop_denied(compiled: CompiledCues, tokens: list[str], net: Counter[Hit],
                 sign: int) -> None:
    entries = list(map(compiled.index.entry, tokens))
    flips = compiled.flips
    negations = [i for i, entry in enumerate(entries)
                 if entry.singles and any(flips[g] for g, _c in entry.singles)]
    # positions within reach of a negation, marked once (not searched per token)
    near = [False] * len(entries)
    for k in negations:
        for i in range(max(0, k - DENIAL_REACH), min(len(entries), k + DENIAL_REACH + 1)):
            near[i] = True
    for i, entry in enumerate(entries):
        if not near[i]:
            continue
        for hit in entry.singles:
            if compiled.rules[hit[0]].net == "cue" and sign * net.get(hit, 0) > 0:
                net[hit] -= sign


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for cues added or removed."""
    compiled = compiled_cues(ctx.rules, ctx.language)
    if not compiled.rules:
        return []
    # tallies[(group, cue)][(area position, sentence)]: cue rules count per
    # section (sentence -1); rule-level rules (negations) per changed sentence,
    # except whole sentences added or removed, which may just have moved
    tallies: dict[tuple[int, int], dict[tuple[int, int], _Tally]] = {}
    index, rules, cue_text = compiled.index, compiled.rules, compiled.index.cue_text
    rule_level = [rule.net in ("rule", "section") for rule in rules]
    # hedges net over the whole section: "This can include …" folded into the
    # previous sentence as ", including …" is the same list, not a new hedge
    section_level = [rule.net == "section" for rule in rules]
    contextual = [bool(rule.context or rule.require) for rule in rules]
    seen: dict[str, tuple[set[int], set[int]]] = {}
    is_rare = ctx.is_rare
    for position, area in enumerate(ctx.areas):
        modified = area.kind == "modified"
        for number, hunk in enumerate(area.all_hunks):
            net = hunk_net(index, hunk, is_rare)
            if not net:
                continue
            flipped = _flip(compiled, hunk, net)
            for (group, cue), count in net.items():
                if count == 0:
                    continue
                text = cue_text.get((group, cue), "")
                if cue >= 1000:  # a regular expression: show what it matched
                    text = index.pattern_match((group, cue), hunk.new if count > 0 else hunk.old)
                slot = (position, -1)
                if rule_level[group]:
                    if not modified:
                        continue
                    cue = -1
                    if not (hunk.added_only or hunk.removed_only or section_level[group]):
                        slot = (position, number)
                if contextual[group] and not _has_context(
                        compiled, group, hunk.new if count > 0 else hunk.old, seen):
                    continue
                by_slot = tallies.get((group, cue))
                if by_slot is None:
                    by_slot = tallies[group, cue] = {}
                tally = by_slot.get(slot)
                if tally is None:
                    tally = by_slot[slot] = _Tally()
                tally.net += count
                sign = 1 if count > 0 else -1
                if sign > 0 and tally.plus is None:
                    tally.plus = hunk
                if sign < 0 and tally.minus is None:
                    tally.minus = hunk
                if text and text not in tally.cues[sign]:
                    tally.cues[sign].append(text)
                if text and (group, cue) in flipped:
                    tally.negated.setdefault(text, list(flipped[group, cue]))
    for (_group, cue), by_area in tallies.items():
        if cue >= 0:
            _cancel_moves(by_area)
    return _flags(ctx, compiled, tallies)


def _cancel_moves(by_area: dict[tuple[int, int], _Tally]) -> None:
    """A cue gone from one section and new in another moved: net both out."""
    plus = [t for t in by_area.values() if t.net > 0]
    minus = [t for t in by_area.values() if t.net < 0]
    i = j = 0
    while i < len(plus) and j < len(minus):
        moved = min(plus[i].net, -minus[j].net)
        plus[i].net -= moved
        minus[j].net += moved
        if plus[i].net == 0:
            i += 1
        if minus[j].net == 0:
            j += 1


def _flags(ctx: FlagContext, compiled: CompiledCues,
           tallies: dict[tuple[int, int], dict[tuple[int, int], _Tally]]) -> list[Flag]:
    # one flag per rule, direction and section (per sentence for rule-level rules)
    merged: dict[tuple[int, str, tuple[int, int]],
                 tuple[Hunk, list[str], dict[str, list[str]]]] = {}
    for (group, cue), by_area in tallies.items():
        for slot, tally in by_area.items():
            if tally.net == 0:
                continue
            direction = "added" if tally.net > 0 else "removed"
            hunk = tally.plus if tally.net > 0 else tally.minus
            assert hunk is not None
            words = tally.cues[1 if tally.net > 0 else -1]
            if cue < 0:  # rule-level netting: name every cue that changed
                words = tally.cues[1] + [w for w in tally.cues[-1] if w not in tally.cues[1]]
            key = (group, direction, slot)
            if key in merged:
                merged[key][1].extend(w for w in words if w not in merged[key][1])
                merged[key][2].update(tally.negated)
            else:
                merged[key] = (hunk, list(words), dict(tally.negated))
    flags: list[Flag] = []
    for (group, direction, slot), (hunk, words, negated) in merged.items():
        position = slot[0]
        rule = compiled.rules[group]
        severity = rule.added if direction == "added" else rule.removed
        other = merged.get((group, "removed" if direction == "added" else "added", slot))
        # a swap only within one edited sentence: a measure removed in one sentence and
        # another added elsewhere is still a removal
        swapped = bool(rule.replaced) and other is not None and (
            one_sentence_edited(hunk, other[1], words) if direction == "added"
            else one_sentence_edited(other[0], words, other[1]))
        if swapped and direction == "removed":
            continue  # a swap is one flag, on the words that came in
        swap = ""
        if swapped:  # one flag for the swap, worded "“ssl” → “tls”"
            severity = rule.replaced
            gone = merged[group, "removed", slot][1]
            swap = (", ".join(f"“{w}”" for w in gone) + " → "
                    + ", ".join(f"“{w}”" for w in words))
            direction = "replaced"
        if severity == "none":
            continue
        area: Area = ctx.areas[position]
        plain = [w for w in words if w not in negated]
        detail = swap or ", ".join(f"“{w}”" for w in plain)
        # cues unchanged themselves but affirmed/denied by a negation that changed
        flipped = {w: negated[w] for w in words if w in negated}
        if hunk.added_only or hunk.removed_only:
            needle = words[0].split()[0] if words else ""
            shown = evidence_at(hunk.new if hunk.added_only else hunk.old, needle,
                                "+" if hunk.added_only else "−")
        else:
            shown = evidence(hunk.old, hunk.new)
        flags.append(ctx.flag(rule, area, severity, shown, direction=direction, detail=detail,
                              negated=flipped, hunk=hunk))
    return flags

