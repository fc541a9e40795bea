"""Cue matching: tokens, stems, phrases and patterns compiled once per rule set.

Text is cut into lower-case word tokens (``t.ex.`` and ``don't`` stay one
token). A *cue* is written as space-separated token specs: ``dela*`` is a
prefix (a stem), ``*biometri*`` matches inside a word (Swedish compounds),
anything else a whole token; several specs make a phrase. Cues are grouped;
each group is one rule (or one side of a modality rule) and counting yields
``(group, cue)`` hits so the detectors can tell which cue appeared.

Lookups are cached per distinct token, so a long document costs one dict
lookup per changed token.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from policyeditor.core.flags.tokens import normalise, tokenize

# Tokens too common to stand for a phrase on their own (they never trigger one).
_STOPWORDS = frozenset([
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from",
    "as", "is", "are", "be", "we", "you", "your", "our", "it", "that", "this", "its", "i",
    "och", "att", "en", "ett", "av", "på", "för", "med", "till", "om", "som", "är", "vi", "du",
    "din", "dina", "ditt", "oss", "vår", "våra", "det", "den", "de",
])

Hit = tuple[int, int]  # (group index, cue index within the group)


@dataclass(frozen=True)
class _Spec:
    text: str
    mode: str  # "word" | "prefix" | "infix"

    def matches(self, token: str) -> bool:
        if self.mode == "word":
            return token == self.text
        if self.mode == "prefix":
            return token.startswith(self.text)
        return self.text in token


def _spec(raw: str) -> _Spec:
    raw = normalise(raw)
    if raw.startswith("*"):
        return _Spec(raw.strip("*"), "infix")
    if raw.endswith("*"):
        return _Spec(raw[:-1], "prefix")
    return _Spec(raw, "word")


def _specs(cue: str) -> tuple[_Spec, ...]:
    # a cue is tokenised like text, so "EU/EES" or "t.ex." match what tokenize() yields
    parts: list[_Spec] = []
    for raw in cue.split():
        star_front, star_back = raw.startswith("*"), raw.endswith("*")
        for token in tokenize(raw):
            text = ("*" if star_front else "") + token + ("*" if star_back else "")
            parts.append(_spec(text))
    return tuple(parts)


class _SpecTable:
    """Which of many token specs a token matches: dictionary lookups, not a scan.

    Whole words are looked up directly, prefixes by each leading part of the
    token; only the few infix specs are tried one by one.
    """

    def __init__(self) -> None:
        self.ids: dict[_Spec, int] = {}
        self._words: dict[str, list[int]] = {}
        self._prefixes: dict[str, list[int]] = {}
        self._longest_prefix = -1
        self._infixes: list[tuple[str, int]] = []

    def add(self, spec: _Spec) -> int:
        """The id of ``spec`` (the same for equal specs)."""
        found = self.ids.get(spec)
        if found is None:
            found = self.ids[spec] = len(self.ids)
            if spec.mode == "word":
                self._words.setdefault(spec.text, []).append(found)
            elif spec.mode == "prefix":
                self._prefixes.setdefault(spec.text, []).append(found)
                self._longest_prefix = max(self._longest_prefix, len(spec.text))
            else:
                self._infixes.append((spec.text, found))
        return found

    def matching(self, token: str) -> set[int]:
        """Ids of the specs that ``token`` matches."""
        found = set(self._words.get(token, ()))
        prefixes = self._prefixes
        for size in range(min(len(token), self._longest_prefix) + 1):
            ids = prefixes.get(token[:size])
            if ids:
                found.update(ids)
        for text, spec_id in self._infixes:
            if text in token:
                found.add(spec_id)
        return found


@dataclass(frozen=True, slots=True)
class _Entry:
    singles: tuple[Hit, ...]
    in_phrase: bool  # the token takes part in a phrase or an exclusion
    heads: tuple[int, ...] = ()  # phrases that can start with this token
    exclusion_heads: tuple[int, ...] = ()  # exclusions that can start with it
    # ids of the later words of phrases this token matches: a phrase is then
    # tested by set membership instead of a string comparison per word
    tails: frozenset[int] = frozenset()
    # phrases starting with this token: (ids of their later words, hit)
    starts: tuple[tuple[tuple[int, ...], Hit], ...] = ()
    # exclusions starting with this token: (ids of their later words, group)
    exclusion_starts: tuple[tuple[tuple[int, ...], int], ...] = ()


_EMPTY = _Entry((), False)


class _EntryCache(dict[str, _Entry]):
    """A token's entry, looked up on first use (so a ``map`` over tokens stays in C)."""

    def __init__(self, index: CueIndex) -> None:
        super().__init__()
        self._index = index

    def __missing__(self, token: str) -> _Entry:
        found = self[token] = self._index._lookup(token)
        if found.exclusion_heads:
            self._index._exclusion_tokens.add(token)
        return found


class CueIndex:
    """Compiled cue groups; counts hits in token lists."""

    def __init__(
        self,
        groups: Sequence[Sequence[str]],
        excludes: Sequence[Sequence[str]] | None = None,
        patterns: Sequence[Sequence[str]] | None = None,
    ) -> None:
        self._singles: list[tuple[_Spec, Hit]] = []
        self._phrases: list[tuple[tuple[_Spec, ...], Hit]] = []
        self._excludes: list[tuple[tuple[_Spec, ...], int]] = []
        self._patterns: list[tuple[re.Pattern[str], Hit]] = []
        self.cue_text: dict[Hit, str] = {}
        for g, cues in enumerate(groups):
            for c, cue in enumerate(cues):
                specs = _specs(cue)
                if not specs:
                    continue
                self.cue_text[g, c] = cue.strip("*")
                if len(specs) == 1:
                    self._singles.append((specs[0], (g, c)))
                else:
                    self._phrases.append((specs, (g, c)))
        for g, phrases in enumerate(excludes or ()):
            self._excludes.extend((specs, g) for specs in map(_specs, phrases) if specs)
        for g, regexes in enumerate(patterns or ()):
            for i, regex in enumerate(regexes):
                hit = (g, 1000 + i)
                self._patterns.append((re.compile(regex, re.I), hit))
                self.cue_text[hit] = regex
        self._cache = _EntryCache(self)
        # tokens (looked up so far) that can start an exclusion: a set test per token list
        self._exclusion_tokens: set[str] = set()
        # every distinct later word of a phrase gets an id (see _Entry.tails)
        tail_ids: dict[_Spec, int] = {}
        self._tails: list[tuple[int, ...]] = [
            tuple(tail_ids.setdefault(spec, len(tail_ids)) for spec in specs[1:])
            for specs, _hit in self._phrases]
        self._exclusion_tails: list[tuple[int, ...]] = [
            tuple(tail_ids.setdefault(spec, len(tail_ids)) for spec in specs[1:])
            for specs, _g in self._excludes]
        self._tail_specs = list(tail_ids)
        # every spec in one table; what each spec id stands for, by position
        table = self._table = _SpecTable()
        self._singles_of: dict[int, list[int]] = {}
        for i, (spec, _hit) in enumerate(self._singles):
            self._singles_of.setdefault(table.add(spec), []).append(i)
        self._heads_of: dict[int, list[int]] = {}
        for i, (specs, _hit) in enumerate(self._phrases):
            self._heads_of.setdefault(table.add(specs[0]), []).append(i)
        self._exclusion_heads_of: dict[int, list[int]] = {}
        for i, (specs, _g) in enumerate(self._excludes):
            self._exclusion_heads_of.setdefault(table.add(specs[0]), []).append(i)
        self._in_phrase_ids = frozenset(
            table.add(spec) for specs, _x in [*self._phrases, *self._excludes] for spec in specs
            if spec.text not in _STOPWORDS)
        self._tail_of: dict[int, int] = {table.add(spec): tail for spec, tail in tail_ids.items()}
        # When every cue is a whole word, a token list without any of them
        # cannot match: a set test instead of a lookup per token.
        every = [spec for spec, _h in self._singles] + [
            s for phrase, _h in self._phrases for s in phrase]
        self._words: frozenset[str] | None = (
            frozenset(s.text for s in every) if not self._patterns and not self._excludes
            and all(s.mode == "word" for s in every) else None)

    def cannot_match(self, tokens: Sequence[str]) -> bool:
        """True when no cue can occur in ``tokens`` (a cheap pre-check)."""
        return not tokens or (self._words is not None and self._words.isdisjoint(tokens))

    def count_into(self, net: Counter[Hit], tokens: Sequence[str], sign: int) -> bool:
        """Add ``sign`` per single-token hit to ``net``; True if a phrase may be involved."""
        complex_ = False
        for entry in map(self._cache.__getitem__, tokens):
            if entry is _EMPTY:
                continue
            for hit in entry.singles:
                net[hit] += sign
            if entry.in_phrase:
                complex_ = True
        return complex_

    @property
    def has_patterns(self) -> bool:
        """Whether any group has regular-expression cues."""
        return bool(self._patterns)

    def entry(self, token: str) -> _Entry:
        """What a token can take part in (cached)."""
        return self._cache[token]

    def _lookup(self, token: str) -> _Entry:
        matched = self._table.matching(token)
        if not matched:
            return _EMPTY
        # indices sorted, so hits come in the order of the rules, as a scan gives them
        singles = tuple(self._singles[i][1] for i in sorted(
            i for spec in matched for i in self._singles_of.get(spec, ())))
        in_phrase = not self._in_phrase_ids.isdisjoint(matched)
        heads = tuple(sorted(i for spec in matched for i in self._heads_of.get(spec, ())))
        exclusion_heads = tuple(sorted(
            i for spec in matched for i in self._exclusion_heads_of.get(spec, ())))
        tails = frozenset(self._tail_of[spec] for spec in matched if spec in self._tail_of)
        if not singles and not in_phrase and not heads and not exclusion_heads and not tails:
            return _EMPTY
        starts = tuple((self._tails[i], self._phrases[i][1]) for i in heads)
        exclusion_starts = tuple((self._exclusion_tails[i], self._excludes[i][1])
                                 for i in exclusion_heads)
        return _Entry(singles, in_phrase, heads, exclusion_heads, tails, starts,
                      exclusion_starts)

    def quick_hits(self, tokens: Sequence[str]) -> tuple[Counter[Hit], bool]:
        """Single-token hits, and whether a phrase or exclusion needs a closer look."""
        hits: Counter[Hit] = Counter()
        complex_ = False
        cache = self._cache
        for token in tokens:
            entry = cache.get(token)
            if entry is None:
                entry = self.entry(token)
            if entry is _EMPTY:
                continue
            for hit in entry.singles:
                hits[hit] += 1
            if entry.in_phrase:
                complex_ = True
        return hits, complex_

    def full_hits(self, tokens: Sequence[str]) -> Counter[Hit]:
        """All hits (single tokens, phrases) minus tokens inside excluded phrases."""
        entries = list(map(self._cache.__getitem__, tokens))
        excluded: set[tuple[int, int]] = set()  # (group, token position)
        for i, entry in enumerate(entries):
            for tail, group in entry.exclusion_starts:
                if _tail_at(entries, i, tail):
                    excluded.update((group, k) for k in range(i, i + 1 + len(tail)))
        hits: Counter[Hit] = Counter()
        for i, entry in enumerate(entries):
            if entry is _EMPTY:
                continue
            for tail, hit in entry.starts:
                if _tail_at(entries, i, tail) and (not excluded or (hit[0], i) not in excluded):
                    hits[hit] += 1
            for hit in entry.singles:
                if not excluded or (hit[0], i) not in excluded:
                    hits[hit] += 1
        return hits

    def phrase_hits(self, tokens: Sequence[str]) -> Counter[Hit] | None:
        """Phrase hits only, or None when an exclusion is involved (use :meth:`full_hits`)."""
        cache = self._cache
        hits: Counter[Hit] = Counter()
        size = len(tokens)
        for i, token in enumerate(tokens):
            entry = cache.get(token) or self.entry(token)
            if entry is _EMPTY:
                continue
            if entry.exclusion_heads:
                return None
            for index in entry.heads:
                specs, hit = self._phrases[index]
                if (i + len(specs) <= size and specs[1].matches(tokens[i + 1])
                        and _matches_at(tokens, i, specs)):
                    hits[hit] += 1
        return hits

    def add_phrases(self, net: Counter[Hit], left: Sequence[str], old: Sequence[str],
                    new: Sequence[str], right: Sequence[str]) -> bool:
        """Add phrase hits of ``left + new + right``, subtract those of ``left + old + right``.

        Single words are not counted. Returns False, changing nothing, when
        an exclusion may be involved (then use :meth:`full_hits`). The same as
        adding :meth:`phrase_hits` of the new window and subtracting those of
        the old one (with the same order of keys in ``net``), but phrases
        wholly inside the shared context are matched once: they cancel out.
        """
        get = self._cache.__getitem__  # looks up a new token itself (``__missing__``)
        left_entries = list(map(get, left))
        right_entries = list(map(get, right))
        new_entries = list(map(get, new))
        old_entries = list(map(get, old))
        exclusions = self._exclusion_tokens  # complete for these tokens: all looked up
        if exclusions and not (exclusions.isdisjoint(left) and exclusions.isdisjoint(right)
                               and exclusions.isdisjoint(new) and exclusions.isdisjoint(old)):
            return False
        lead = len(left_entries)
        for entries, sign in ((left_entries + new_entries + right_entries, 1),
                              (left_entries + old_entries + right_entries, -1)):
            size = len(entries)
            changed_end = size - len(right_entries)
            for i, entry in enumerate(entries):
                if not entry.starts:
                    continue
                if sign < 0 and i >= changed_end:
                    break  # inside the right context: matched with the new window
                for tail, hit in entry.starts:
                    end = i + 1 + len(tail)
                    if end > size or (sign < 0 and end <= lead):
                        continue  # too long, or in the left context (counted with the new)
                    k = i + 1
                    for spec in tail:
                        if spec not in entries[k].tails:
                            break
                        k += 1
                    else:
                        if end <= lead or i >= changed_end:
                            # in the shared context only: present in both windows,
                            # so it cancels; the key is still made where the
                            # new window meets it, as counting both would
                            if sign > 0 and hit not in net:
                                net[hit] = 0
                        else:
                            net[hit] += sign
        return True

    def add_patterns(self, net: Counter[Hit], text: str, sign: int) -> None:
        """Add ``sign`` times the hits of the regular-expression cues in ``text``."""
        for regex, hit in self._patterns:
            count = len(regex.findall(text))
            if count:
                net[hit] += sign * count

    def pattern_match(self, hit: Hit, text: str) -> str:
        """What a regular-expression cue matched in ``text`` (its pattern if nothing)."""
        for regex, candidate in self._patterns:
            if candidate == hit:
                found = regex.search(text)
                return found.group() if found else regex.pattern
        return self.cue_text.get(hit, "")

    def pattern_hits(self, text: str) -> Counter[Hit]:
        """Hits of the regular-expression cues in raw ``text``."""
        hits: Counter[Hit] = Counter()
        for regex, hit in self._patterns:
            count = len(regex.findall(text))
            if count:
                hits[hit] += count
        return hits

def _tail_at(entries: Sequence[_Entry], start: int, tail: tuple[int, ...]) -> bool:
    """Whether the later words of a phrase (ids ``tail``) follow position ``start``."""
    if start + 1 + len(tail) > len(entries):
        return False
    k = start + 1
    for spec in tail:
        if spec not in entries[k].tails:
            return False
        k += 1
    return True


def _matches_at(tokens: Sequence[str], start: int, specs: Sequence[_Spec]) -> bool:
    if start + len(specs) > len(tokens):
        return False
    for k in range(1, len(specs)):  # noqa: SIM110 - a plain loop is faster than all()
        if not specs[k].matches(tokens[start + k]):
            return False
    return True
