"""Proper names (vendors, products, companies) the old version never mentioned.

A candidate is a capitalised word in the added words of a body sentence that
is not the first word of its sentence or list item (unless it is written
like a name anyway: ``YouTube``, ``AWS``). It is new when its lower-case
form occurs nowhere in the old document and the new document never uses it
as an ordinary lower-case word (so "Cookies" as a new heading word is not a
name). Sentences written in Title Case (English headings in bold) are skipped.
Swedish writes months, weekdays, languages and nationalities in lower case,
so there a capital mid-sentence is a strong sign of a name.
"""

from __future__ import annotations

import re

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.context import Area, FlagContext
from policyeditor.core.flags.cue_detector import compiled_cues
from policyeditor.core.flags.cues import CueIndex
from policyeditor.core.flags.rules import Rule
from policyeditor.core.flags.sentences import Hunk, evidence, evidence_at, plain_text
from policyeditor.core.flags.tokens import normalise, tokenize

_LINKS = re.compile(r"\]\([^)]*\)|<[^>]*>|https?://\S+|www\.\S+|\S+@\S+")
_WORD = re.compile(r"[^\W\d_][\w&'’.-]*[^\W_]|[^\W\d_]")
_STARTERS = ".!?:\n•|>"  # ">" ends an HTML line break, "|" starts a table cell
_MARKUP = " \t*_#[(\"“”'‘’-–—"


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _looks_like_name(word: str) -> bool:
    """Written like a name even at a sentence start: inner capitals or an acronym."""
    return any(ch.isupper() for ch in word[1:]) and len(word) > 1


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _MARKUP:
        i -= 1
    return i < 0 or text[i] in _STARTERS or text[i].isdigit()


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text)[1:] if len(w) > 3]
    return len(words) >= 4 and sum(_is_capitalised(w) for w in words) / len(words) > 0.6


def _mentions(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (a C-speed substring search)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False


class _Vocabulary:
    """What the documents already say (searched, never tokenised as a whole)."""

    def __init__(self, ctx: FlagContext) -> None:
        self.ctx = ctx

    def known(self, word: str) -> bool:
        """Mentioned in the old document, or used as a lower-case word in the new one."""
        return _mentions(self.ctx.old_lower, word) or _mentions(self.ctx.new_text, word)


def _without_links(text: str) -> str:
    """``_LINKS`` removed; skipped when none of its literals occurs (most sentences)."""
    if "](" in text or "<" in text or "://" in text or "www." in text or "@" in text:
        return _LINKS.sub(" ", text)
    return text


def _candidates(hunk: Hunk) -> list[str]:
    """Capitalised added words that are not merely sentence-initial."""
    if all(c.new == c.new.lower() for c in hunk.clusters):
        return []
    sentence = _without_links(plain_text(hunk.new))
    if _title_case(sentence):
        return []
    found: list[str] = []
    for cluster in hunk.clusters:
        if cluster.new == cluster.new.lower():  # no capital letter: nothing to look at
            continue
        added = _without_links(plain_text(cluster.new))
        for match in _WORD.finditer(added):
            word = match.group()
            if not _is_capitalised(word) or len(word) < 2:
                continue
            where = sentence.find(word)
            if where >= 0 and _sentence_start(sentence, where) and not _looks_like_name(word):
                continue
            found.append(word)
    return found


_MID_CAPITAL = re.compile(r"[^\W\d_] ([^\W\d_][^\W\d_]{3,})")


def _capitalises_nouns(text: str) -> bool:
    """Whether the text capitalises ordinary words mid-sentence (German, say).

    In such a text a capital says nothing about a name, so the detector
    stays silent rather than flag every new noun. Swedish and English body
    text have a few per cent such words; German around a third.
    """
    words = _MID_CAPITAL.findall(text[:40_000])
    if len(words) < 50:
        return False
    return sum(w[0].isupper() for w in words) / len(words) > 0.2


# At most this many names are spelled out in one flag's explanation.
_SHOWN = 6


def detect(ctx: FlagContext) -> list[Flag]:
    """Flags for names new to the document: one per section and rule, naming them all."""
    rules = ctx.rules_of("names")
    if not rules:
        return []
    # rules with a context (e.g. tracking words) are tried before the general one
    rules.sort(key=lambda r: not r.context)
    ignore = {normalise(w) for r in rules for w in r.ignore}
    approved = {normalise(w) for r in rules for w in r.approved}
    # compiled once per rule set, so its token lookups are kept between comparisons
    contexts = ctx.rules.compiled.get(("names-context", ctx.language))
    if contexts is None:
        contexts = CueIndex([[f"{c}*" for c in r.context] for r in rules])
        ctx.rules.compiled["names-context", ctx.language] = contexts
    vocabulary = _Vocabulary(ctx)
    cue_words = compiled_cues(ctx.rules, ctx.language).index
    checked_language = False
    flags: list[Flag] = []
    seen: set[str] = set()
    for area in ctx.areas:
        found: dict[int, list[tuple[str, Hunk, bool]]] = {}
        for hunk in area.body:
            for word in _candidates(hunk):
                if not checked_language:
                    checked_language = True
                    if _capitalises_nouns(ctx.new_text):
                        return []
                word = _POSSESSIVE.sub("", word)
                key = normalise(word)
                tokens = tokenize(word)
                if key in seen or key in ignore or not tokens:
                    continue
                if all(cue_words.entry(t).singles or vocabulary.known(t) for t in tokens):
                    continue  # known, or a cue word judged by its own rule ("USA")
                seen.add(key)
                found.setdefault(_rule_for(rules, contexts, hunk), []).append(
                    (word, hunk, key in approved))
        for number, names in found.items():
            flags.append(_flag(ctx, rules[number], area, names))
    return flags


_POSSESSIVE = re.compile(r"['’]s$")


def proper_names(text: str) -> list[str]:
    """Capitalised words of a sentence that are not merely sentence-initial, in order."""
    text = _without_links(plain_text(text))
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 2 or not _is_capitalised(word):
            continue
        if _sentence_start(text, match.start()) and not _looks_like_name(word):
            continue
        found.append(_POSSESSIVE.sub("", word))
    return found


def _rule_for(rules: list[Rule], contexts: CueIndex, hunk: Hunk) -> int:
    hits, _ = contexts.quick_hits(tokenize(hunk.new))
    groups = {g for g, _c in hits}
    return next((i for i, r in enumerate(rules) if not r.context or i in groups), len(rules) - 1)


def _flag(ctx: FlagContext, rule: Rule, area: Area, names: list[tuple[str, Hunk, bool]]) -> Flag:
    word, hunk, _approved = names[0]
    severity = "low" if all(approved for _w, _h, approved in names) else rule.severity
    shown = evidence_at(hunk.new, word, "+") if hunk.added_only else evidence(hunk.old, hunk.new)
    listed = ", ".join(f"“{name}”" for name, _h, _a in names[:_SHOWN])
    if len(names) > _SHOWN:
        listed += f" (+{len(names) - _SHOWN})"
    return ctx.flag(rule, area, severity, shown, detail=listed, hunk=hunk)
