"""Required GDPR art. 13/14 items present in the old version and missing now.

Each completeness rule has ``patterns`` (regular expressions, any of which
shows the item is there). A rule is only evaluated when removed text matches
one of its patterns, so an unchanged item costs nothing, and the whole-
document search stops at the first match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import Area, FlagContext
from policyeditor.core.flags.rules import Rule
from policyeditor.core.flags.sentences import Hunk, evidence
from policyeditor.core.flags.tokens import normalise

_ESCAPES = re.compile(r"\\[a-zA-Z]")
_STOP = frozenset(
    ["att", "och", "the", "for", "your", "their", "with", "till", "det", "den", "som"])


def _literals(patterns: tuple[str, ...]) -> tuple[frozenset[str], bool]:
    """Words a pattern cannot match without, and whether it has a wordless part."""
    words: set[str] = set()
    wordless = False
    for pattern in patterns:
        found = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", _ESCAPES.sub(" ", pattern))}
        found -= _STOP
        wordless = wordless or not found
        words |= found
    return frozenset(words), wordless


_META = re.compile(r"[\\.^$*+?{}\[\]|()]")
_LETTER_OR_ESCAPE = re.compile(r"\\.|[^\W\d_]")


def _lower_pattern(pattern: str) -> str:
    """The pattern for lower-case text: letters lowered, escapes (``\\S``, ``\\D``) kept."""
    return _LETTER_OR_ESCAPE.sub(lambda m: m.group() if len(m.group()) > 1 else m.group().lower(),
                                 pattern)


@dataclass
class _Item:
    """One art. 13 item: plain phrases found with ``in``, the rest with regexes.

    Texts are searched in lower case without ``re.I`` and plain phrases
    without the regex engine: a search through a 1 MB document then costs
    well under a millisecond instead of tens of them.
    """

    rule: Rule
    phrases: tuple[str, ...]
    regexes: tuple[re.Pattern[str], ...]
    words: frozenset[str]
    wordless: bool  # e.g. an e-mail address: checked whenever text was removed

    def match(self, lower_text: str, first: int = 0) -> str | None:
        """The first phrase or match present in ``lower_text`` (None if absent).

        The pattern numbered ``first`` is tried before the others: the one
        found in the removed text is usually still present elsewhere, so the
        search of a whole document stops early.
        """
        for number in self._order(first):
            found = self._search(number, lower_text)
            if found is not None:
                return found
        return None

    def which(self, lower_text: str) -> int | None:
        """The number of the first pattern present in ``lower_text``."""
        for number in range(len(self.phrases) + len(self.regexes)):
            if self._search(number, lower_text) is not None:
                return number
        return None

    def _order(self, first: int) -> list[int]:
        rest = [n for n in range(len(self.phrases) + len(self.regexes)) if n != first]
        return [first, *rest]

    def _search(self, number: int, lower_text: str) -> str | None:
        if number < len(self.phrases):
            phrase = self.phrases[number]
            return phrase if phrase in lower_text else None
        found = self.regexes[number - len(self.phrases)].search(lower_text)
        return found.group() if found else None


_LEADING_BOUNDARY = re.compile(r"\\b([^\W\d_]+)")


def _fast(pattern: str) -> str:
    r"""``\bword…`` as ``word(?<!\wword)…``: the same matches, but the regex
    engine can then skip ahead to the literal instead of trying every position."""
    match = _LEADING_BOUNDARY.match(pattern)
    if not match:
        return pattern
    word = match.group(1)
    return f"{word}(?<!\\w{word}){pattern[match.end():]}"


def _item(rule: Rule) -> _Item:
    phrases = tuple(p.lower() for p in rule.patterns if not _META.search(p))
    regexes = tuple(re.compile(_fast(_lower_pattern(p))) for p in rule.patterns
                    if _META.search(p))
    return _Item(rule, phrases, regexes, *_literals(rule.patterns))


def _compiled(ctx: FlagContext) -> list[_Item]:
    key = ("completeness", ctx.language)
    found = ctx.rules.compiled.get(key)
    if found is None:
        found = [_item(rule) for rule in ctx.rules_of("completeness") if rule.patterns]
        ctx.rules.compiled[key] = found
    return found


def _touched(item: _Item, removed: frozenset[str], joined: str) -> bool:
    """Whether removed words could have broken a match of the item.

    ``joined`` is the removed tokens joined by line breaks, which no token
    holds: a word without one is inside a token exactly when it is in ``joined``.
    """
    if item.wordless:
        return True
    for word in item.words:
        if "\n" in word:
            if any(word in token for token in removed):
                return True
        elif word in joined:
            return True
    return False


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for art. 13 items that the new version no longer contains."""
    items = _compiled(ctx)
    if not items:
        return []
    # plain loops and set updates: this runs over every changed sentence
    removed_hunks: list[tuple[Area, Hunk]] = []
    removed_set: set[str] = set()
    for area in ctx.areas:
        for hunk in area.all_hunks:
            gone = False
            for cluster in hunk.clusters:
                tokens = cluster.old_tokens
                if tokens:
                    gone = True
                    removed_set.update(tokens)
            if gone:
                removed_hunks.append((area, hunk))
    if not removed_hunks:
        return []
    removed = frozenset(removed_set)
    joined = "\n".join(removed)
    removed_text = normalise("\n".join(h.old for _a, h in removed_hunks))
    flags: list[Flag] = []
    for item in items:
        rule = item.rule
        if rule.severity == "none" or not _touched(item, removed, joined):
            continue
        seen = item.which(removed_text)
        if seen is None or item.match(ctx.new_lower, seen) is not None:
            continue
        # gone from the new version: it was there before if a removed sentence had it
        where = next(((area, hunk, found) for area, hunk in removed_hunks
                      if (found := item.match(normalise(hunk.old))) is not None), None)
        if where is None:
            continue
        area, hunk, found = where
        detail = f"“{found}”"
        flags.append(ctx.flag(rule, area, rule.severity, evidence(hunk.old, hunk.new),
                              detail=detail, hunk=hunk))
    return flags
