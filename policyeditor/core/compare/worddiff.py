"""Word-level diff of two texts with diff-match-patch, lossless on both sides.

Texts are tokenised (:mod:`tokens`), each token becomes one character, and
diff-match-patch diffs those with ``Diff_Timeout = 0`` (exact: the default
one-second timeout silently degrades a large diff into "delete all, insert
all") and semantic cleanup, so the redline reads in whole words and phrases.

A long text (a policy with no headings) is first split at blank lines: the
paragraphs are aligned as units, a run of changed paragraphs is paired by
likeness, and only paired paragraphs are diffed further (a long one split
again at lines, then sentences, the same way), finally word by word. The cost
then grows with the changed paragraphs, not with the square of the edits over
the whole text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable

from diff_match_patch import diff_match_patch

from policyeditor.core.compare.result import DiffOp
from policyeditor.core.compare.similarity import set_dice, words
from policyeditor.core.compare.tokens import TokenMap, TokenMapFull

# Above this many characters (both sides together) a text is aligned by
# paragraphs (then lines, then sentences) before words.
SPLIT_CHARS = 1000
# Parts at least this alike are diffed word by word; less alike ones are
# shown as a deletion and an insertion (a rewrite, not an edit).
PAIR_THRESHOLD = 0.3
# Above this many part pairs the order-keeping pairing is not weighed fully.
PAIRING_CELLS = 10_000

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    return dmp


_DMP = _engine()


def paragraphs(text: str) -> list[str]:
    """``text`` cut after each blank-line run; joined they give ``text`` back."""
    parts: list[str] = []
    start = 0
    for match in _PARAGRAPH_END.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        parts.append(text[start:])
    return parts


def merge_ops(ops: list[DiffOp]) -> list[DiffOp]:
    """Join neighbouring ops: deletions before insertions between equal runs, no empties."""
    merged: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            merged.append((-1, "".join(deleted)))
            deleted.clear()
        if inserted:
            merged.append((1, "".join(inserted)))
            inserted.clear()

    for op, text in ops:
        if not text:
            continue
        if op < 0:
            deleted.append(text)
        elif op > 0:
            inserted.append(text)
        else:
            flush()
            if merged and merged[-1][0] == 0:
                merged[-1] = (0, merged[-1][1] + text)
            else:
                merged.append((0, text))
    flush()
    return merged


def diff_words(old: str, new: str, tokens: TokenMap) -> list[DiffOp]:
    """Lossless word-level diff of ``old`` and ``new``."""
    if old == new:
        return [(0, old)] if old else []
    if not old:
        return [(1, new)]
    if not new:
        return [(-1, old)]
    return _diff_chunk(old, new, tokens, 0)


def _diff_tokens(old: str, new: str, tokens: TokenMap, *, retry: bool = True) -> list[DiffOp]:
    try:
        old_codes, old_tokens = tokens.encode(old)
        new_codes, new_tokens = tokens.encode(new)
    except TokenMapFull:
        # Only a pathological text has a million distinct tokens; a fresh
        # map for this pair keeps the diff exact, and if even that is full
        # the pair is shown replaced whole (still lossless).
        if not retry:
            return [(-1, old), (1, new)]
        return _diff_tokens(old, new, TokenMap(tokens.key), retry=False)
    diffs = _DMP.diff_main(old_codes, new_codes, False)
    _DMP.diff_cleanupSemantic(diffs)
    ops: list[DiffOp] = []
    i = j = 0
    for op, codes in diffs:
        count = len(codes)
        if op < 0:
            ops.append((-1, "".join(old_tokens[i : i + count])))
            i += count
        elif op > 0:
            ops.append((1, "".join(new_tokens[j : j + count])))
            j += count
        else:
            before = old_tokens[i : i + count]
            after = new_tokens[j : j + count]
            if tokens.key is None or before == after:
                ops.append((0, "".join(before)))
            else:
                # Equal codes may stand for tokens that differ only in what
                # the map's key ignores (formatting); the ops carry the real
                # text of both sides so they stay lossless.
                for old_token, new_token in zip(before, after, strict=True):
                    if old_token == new_token:
                        ops.append((0, old_token))
                    else:
                        ops.append((-1, old_token))
                        ops.append((1, new_token))
            i += count
            j += count
    return merge_ops(ops)


def _diff_parts(old_parts: list[str], new_parts: list[str]) -> list[tuple[int, int]]:
    """diff-match-patch over whole parts: (op, count) runs."""
    codes: dict[str, str] = {}

    def encode(parts: list[str]) -> str:
        out = []
        for part in parts:
            code = codes.get(part)
            if code is None:
                number = len(codes) + 1
                # skip the surrogate block; a million parts is out of reach
                code = chr(number if number < 0xD800 else number + 0x800)
                codes[part] = code
            out.append(code)
        return "".join(out)

    diffs = _DMP.diff_main(encode(old_parts), encode(new_parts), False)
    return [(op, len(run)) for op, run in diffs]


def _features(part: str) -> set[Hashable]:
    found = words(part)
    if len(found) < 3:
        return set(found)  # too short for pairs to say anything
    return set(itertools.pairwise(found))


def pair_parts(deleted: list[str], inserted: list[str]) -> list[tuple[int, int]]:
    """Order-keeping pairs (i, j) of alike parts, most total likeness first.

    A weighted longest-common-subsequence over part similarity: a rewritten
    paragraph is paired with the one it became, while a paragraph with no
    counterpart stays a plain deletion or insertion.
    """
    m, n = len(deleted), len(inserted)
    if m == n == 1 and len(deleted[0]) + len(inserted[0]) <= 4 * SPLIT_CHARS:
        # one part for one, and short: a word diff is cheap and reads fine
        return [(0, 0)]
    # Sets of adjacent word pairs: set intersection runs in C, and shared
    # wording (not just shared vocabulary) tells which part became which.
    old_words = [_features(part) for part in deleted]
    new_words = [_features(part) for part in inserted]
    in_place = zip(old_words, new_words, strict=False)
    if m == n and all(set_dice(a, b) >= PAIR_THRESHOLD for a, b in in_place):
        # the usual case, each part edited in place: no need to weigh all pairs
        return [(i, i) for i in range(m)]
    if m * n > PAIRING_CELLS:
        # too many to weigh every pair: keep the order, pair what is alike
        alike_in_place = [set_dice(a, b) for a, b in zip(old_words, new_words, strict=False)]
        return [(i, i) for i, alike in enumerate(alike_in_place) if alike >= PAIR_THRESHOLD]
    score = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            alike = set_dice(old_words[i], new_words[j])
            if alike >= PAIR_THRESHOLD:
                best = max(best, alike + score[i + 1][j + 1])
            score[i][j] = best
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < m and j < n:
        alike = set_dice(old_words[i], new_words[j])
        if alike >= PAIR_THRESHOLD and score[i][j] == alike + score[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _diff_chunk(old: str, new: str, tokens: TokenMap, level: int) -> list[DiffOp]:
    """Diff a replaced run: split further while it is long, else word by word."""
    if old == new:
        return [(0, old)] if old else []
    if not old or not new:
        return diff_words_small(old, new, tokens)
    while level < len(_SPLITTERS) and len(old) + len(new) > SPLIT_CHARS:
        old_parts, new_parts = _SPLITTERS[level](old), _SPLITTERS[level](new)
        if len(old_parts) > 1 or len(new_parts) > 1:
            return _diff_split(old_parts, new_parts, tokens, level + 1)
        level += 1
    return _diff_tokens(old, new, tokens)


def _diff_split(
    old_parts: list[str], new_parts: list[str], tokens: TokenMap, level: int
) -> list[DiffOp]:
    ops: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted and inserted:
            i = j = 0
            for pi, pj in pair_parts(deleted, inserted):
                ops.extend((-1, part) for part in deleted[i:pi])
                ops.extend((1, part) for part in inserted[j:pj])
                ops.extend(_diff_chunk(deleted[pi], inserted[pj], tokens, level))
                i, j = pi + 1, pj + 1
            ops.extend((-1, part) for part in deleted[i:])
            ops.extend((1, part) for part in inserted[j:])
        else:
            ops.extend((-1, part) for part in deleted)
            ops.extend((1, part) for part in inserted)
        deleted.clear()
        inserted.clear()

    i = j = 0
    for op, count in _diff_parts(old_parts, new_parts):
        if op < 0:
            deleted.extend(old_parts[i : i + count])
            i += count
        elif op > 0:
            inserted.extend(new_parts[j : j + count])
            j += count
        else:
            flush()
            ops.append((0, "".join(old_parts[i : i + count])))
            i += count
            j += count
    flush()
    return merge_ops(ops)


def diff_words_small(old: str, new: str, tokens: TokenMap) -> list[DiffOp]:
    """Word diff without pre-split (for runs already cut to size)."""
    if not old:
        return [(1, new)] if new else []
    if not new:
        return [(-1, old)]
    return _diff_tokens(old, new, tokens)


def lines(text: str) -> list[str]:
    """``text`` cut after each line break (list items, short lines)."""
    return text.splitlines(keepends=True)


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence end and the spaces that follow it."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        parts.append(text[start:])
    return parts


_SPLITTERS: tuple[Callable[[str], list[str]], ...] = (paragraphs, lines, sentences)
