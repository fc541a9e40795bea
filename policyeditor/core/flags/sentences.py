"""Changed sentences, paired old ↔ new, from a word-level diff.

The diff ops of one section (``[(op, text)]``, -1/0/1) are walked once. Each
run of non-equal ops is a :class:`Cluster`; clusters in the same sentence
(no sentence boundary in the equal text between them) form a :class:`Hunk`
whose ``old`` and ``new`` are that sentence (or those sentences) before and
after. Unchanged sentences are never looked at, so the cost follows the
amount of change, not the length of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policyeditor.core.compare.result import DiffOp
from policyeditor.core.flags.tokens import tokenize

# End of a sentence or list item inside unchanged text.
_BOUNDARY = re.compile(r"[.!?;:](?=\s)|\n")
_LAST_BOUNDARY = re.compile(r"(?s:.*)(?:[.!?;:](?=\s|$)|\n)")
# Markdown link targets and bare URLs: their words are addresses, not policy text.
# A target may carry a title: [text](mailto:a@b.se "mailto:a@b.se").
_LINK_TARGET = re.compile(r'\]\([^)\s]*(?:\s+"[^"\n]*")?\)|https?://\S+|www\.\S+')
_LINK = re.compile(r'\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"\n]*")?\)')
# A link to a place in the document itself: its text names a heading found
# elsewhere (a table of contents, "see section 4"), not what this sentence says.
# (A sentence may start inside one: "10\\. Privacy Request Metrics](#10-…)".)
_ANCHOR_LINK = re.compile(r"\[[^\[\]\n]*\]\(#[^)\s]*\)|\A[^\[\]\n]*\]\(#[^)\s]*\)")
# Lines made only of links, where there are several, are site navigation.
_LINK_LINE = re.compile(r"^[\s|·•,*-]*(?:\[[^\]\n]*\]\([^)\s]*\)[\s|·•,*-]*)+$", re.M)


_ONLY_LINKS = re.compile(r"[\s|·•,*-]*(?:\[[^\]\n]*\]\([^)\s]*\)[\s|·•,*-]*)+")


def plain_text(text: str) -> str:
    """Policy text without link addresses and navigation bars (page furniture)."""
    if "](" in text or "://" in text or "www." in text:
        if len(_LINK.findall(text)) >= 3:
            text = _LINK_LINE.sub(" ", text)
        if "](#" in text:
            text = _ANCHOR_LINK.sub(" ", text)
        text = _LINK_TARGET.sub(" ", text)
    return text


def link_words(text: str) -> list[str]:
    """Tokens of ``text`` with every link's text kept and its target left out.

    Used to tell whether a sentence changed at all: a link that only got a
    new target (or became an in-page link) says the same words.
    """
    if "](" in text or "://" in text or "www." in text:
        text = _LINK_TARGET.sub(" ", text)
    return tokenize(text)


def words_of(text: str) -> list[str]:
    """Tokens of policy text, leaving out link addresses and navigation bars."""
    return tokenize(plain_text(text))


# A sentence is shown and analysed with at most this much unchanged text on each side.
_SPAN = 400


@dataclass(slots=True)
class Cluster:
    """One run of deletions/insertions, widened to whole whitespace-separated words."""

    old: str
    new: str
    before: str  # unchanged text before the run (not part of old/new)
    after: str  # unchanged text after the run
    _old_tokens: list[str] | None = None
    _new_tokens: list[str] | None = None
    _context: tuple[int, list[str], list[str]] | None = None

    @property
    def old_tokens(self) -> list[str]:
        """Lower-case tokens of the old words (computed once, shared by the detectors)."""
        if self._old_tokens is None:
            self._old_tokens = words_of(self.old) if self.old else []
        return self._old_tokens

    @property
    def new_tokens(self) -> list[str]:
        """Lower-case tokens of the new words."""
        if self._new_tokens is None:
            self._new_tokens = words_of(self.new) if self.new else []
        return self._new_tokens

    def context(self, words: int) -> tuple[list[str], list[str]]:
        """``words`` unchanged tokens before and after the run (computed once)."""
        found = self._context
        if found is None or found[0] != words:
            left = _last_words(self.before[-words * 30:], words) if words else []
            right = _first_words(self.after[: words * 30], words) if words else []
            found = self._context = (words, left, right)
        return found[1], found[2]

    def window(self, words: int) -> tuple[list[str], list[str]]:
        """Tokens of old and new with ``words`` unchanged tokens of context each side."""
        left, right = self.context(words)
        return left + self.old_tokens + right, left + self.new_tokens + right


def _plain(text: str) -> bool:
    """Whether :func:`plain_text` leaves ``text`` as it is."""
    return "](" not in text and "://" not in text and "www." not in text


def _last_words(text: str, words: int) -> list[str]:
    """``words_of(text)[-words:]``, without a regular expression in the common case.

    In ASCII text (nothing to normalise) without links, when the last
    ``words`` whitespace-separated chunks are plain letters and digits,
    each is one token and together they are the last tokens.
    """
    if text.isascii() and _plain(text):
        chunks = text.rsplit(None, words)
        if len(chunks) > words:
            chunks = chunks[1:]
        if "".join(chunks).isalnum():
            return [chunk.lower() for chunk in chunks]
    return words_of(text)[-words:]


def _first_words(text: str, words: int) -> list[str]:
    """``words_of(text)[:words]``, without a regular expression in the common case."""
    if text.isascii() and _plain(text):
        chunks = text.split(None, words)
        if len(chunks) > words:
            chunks = chunks[:words]
        if "".join(chunks).isalnum():
            return [chunk.lower() for chunk in chunks]
    return words_of(text)[:words]


@dataclass(slots=True)
class Hunk:
    """Changed sentence(s): the old and new wording and the changed clusters."""

    old: str
    new: str
    clusters: list[Cluster] = field(default_factory=list)
    added_only: bool = field(init=False)  # nothing of the old sentence is left
    removed_only: bool = field(init=False)  # nothing of the new sentence is left

    def __post_init__(self) -> None:
        self.added_only = not _trim(self.old)
        self.removed_only = not _trim(self.new)

    @property
    def navigation(self) -> bool:
        """Both sides are lines of links only (a "related articles" list): page furniture."""
        old, new = self.old.strip(), self.new.strip()
        if "](" not in old + new:
            return False
        return all(not side or _ONLY_LINKS.fullmatch(side) for side in (old, new))




def _after_last_boundary(text: str) -> str:
    tail = text[-_SPAN:]
    match = _LAST_BOUNDARY.match(tail)
    if match:
        return tail[match.end():]
    if len(text) > _SPAN:  # do not start the sentence in the middle of a word
        cut = tail.find(" ")
        return tail[cut + 1:] if cut >= 0 else tail
    return tail


def _word_lead(text: str) -> str:
    """The partial word at the end of ``text`` (empty if it ends in whitespace)."""
    if not text or text[-1].isspace():
        return ""
    cut = max(text.rfind(" "), text.rfind("\n"), text.rfind("\t"))
    return text[cut + 1:]


def _word_tail(text: str) -> str:
    """The partial word at the start of ``text``."""
    if not text or text[0].isspace():
        return ""
    head = text[:80].split(None, 1)
    return head[0] if head else ""


# The start of a line, possibly with a list marker: the sentence before it ended.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•+]|\d+[.)])?[ \t]*$")
_MARKER_EDGES = re.compile(r"^\s*(?:[-*•+]|\d+[.)])?\s*$|\n[ \t]*(?:[-*•+]|\d+[.)])?[ \t]*$")


def _ends_sentence(parts: list[str]) -> bool:
    tail = "".join(parts[-3:])
    # nothing yet, or a line (list item) ended; a match starts at the start or
    # at a line break with only a list marker after it, so only the last line
    # break (or the start) needs trying
    if tail.endswith("\n"):
        return True
    last = tail.rfind("\n")
    if _LINE_START.search(tail, last) if last >= 0 else _LINE_START.match(tail):
        return True
    tail = tail.rstrip()
    return not tail or tail[-1] in ".!?;:"


def _trim(text: str) -> str:
    """A sentence without surrounding space and a dangling list marker of the next line."""
    if "\n" not in text and text[:4].lstrip()[:1] not in ("-", "*", "•", "+"):
        return text.strip()  # the common case, without a regular expression
    # Both patterns end at the end of the text, so unless the text ends in a
    # list marker (or is one) they only take whitespace that strip() takes too.
    stripped = text.strip()
    if not stripped:
        return stripped
    last = stripped[-1]
    if last not in "-*•+.)" or (last in ".)" and not stripped[-2:-1].isdecimal()):
        return stripped
    return _MARKER_EDGES.sub("", text).strip()


def hunks(ops: list[DiffOp]) -> list[Hunk]:
    """The changed sentences of one diff, in order."""
    out: list[Hunk] = []
    old_parts: list[str] = []
    new_parts: list[str] = []
    clusters: list[Cluster] = []
    building = False
    prefix = ""
    n = len(ops)
    i = 0
    while i < n:
        op, text = ops[i]
        if op == 0:
            if building and _ends_sentence(old_parts) and _ends_sentence(new_parts):
                # the change ended exactly at a sentence end: the next sentence is not part of it
                out.append(Hunk("".join(old_parts), "".join(new_parts), clusters))
                building = False
            if not building:
                prefix = _after_last_boundary(text)
            else:
                match = _BOUNDARY.search(text, 0, _SPAN)
                head = text[: match.end()] if match else text[:_SPAN]
                old_parts.append(head)
                new_parts.append(head)
                if match or len(text) > _SPAN:
                    out.append(Hunk("".join(old_parts), "".join(new_parts), clusters))
                    building = False
                    prefix = _after_last_boundary(text[len(head):])
            i += 1
            continue
        j = i
        deleted: list[str] = []
        inserted: list[str] = []
        while j < n and ops[j][0] != 0:
            (deleted if ops[j][0] < 0 else inserted).append(ops[j][1])
            j += 1
        before = ops[i - 1][1] if i > 0 else ""
        after = ops[j][1] if j < n else ""
        lead, tail = _word_lead(before), _word_tail(after)
        old_run, new_run = "".join(deleted), "".join(inserted)
        cluster = Cluster(lead + old_run + tail, lead + new_run + tail,
                          before[: len(before) - len(lead)], after[len(tail):])
        if not building:
            building = True
            old_parts, new_parts, clusters = [prefix], [prefix], []
        old_parts.append(old_run)
        new_parts.append(new_run)
        clusters.append(cluster)
        i = j
    if building:
        out.append(Hunk("".join(old_parts), "".join(new_parts), clusters))
    return out


def _clip(text: str, start: int, end: int, context: int) -> str:
    left, right = max(0, start - context), min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left, start) if start > left else -1
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space > end else right
    core = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + core + ("…" if right < len(text) else "")


def evidence_at(text: str, needle: str, sign: str, context: int = 90) -> str:
    """One side of a long added or removed text, clipped around ``needle``."""
    text = _trim(text)
    where = text.lower().find(needle.lower()) if needle else -1
    if len(text) <= 240 or where < 0:
        return evidence("", text) if sign == "+" else evidence(text, "")
    return f"{sign} “{_clip(text, where, where + len(needle), context)}”"


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b``.

    Halving with slice comparisons (done in C) instead of a loop per
    character: sentences are long and mostly alike.
    """
    low, high = 0, min(len(a), len(b))
    if a[:high] == b[:high]:
        return high
    while high - low > 1:  # a[:low] == b[:low] and a[:high] != b[:high]
        middle = (low + high) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle
    return low


def evidence(old: str, new: str, context: int = 50) -> str:
    """The changed words with a little context: ``“old” → “new”`` (or one side)."""
    old, new = _trim(old), _trim(new)
    prefix = _common_prefix(old, new)
    suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
    if not old:
        return f"+ “{_clip(new, 0, len(new), 0) if len(new) <= 240 else _clip(new, 0, 200, 0)}”"
    if not new:
        return f"− “{_clip(old, 0, len(old), 0) if len(old) <= 240 else _clip(old, 0, 200, 0)}”"
    old_part = _clip(old, prefix, len(old) - suffix, context)
    new_part = _clip(new, prefix, len(new) - suffix, context)
    return f"“{old_part}” → “{new_part}”"


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;:])\s+|\n+")


def one_sentence_edited(hunk: Hunk, gone: list[str], came: list[str]) -> bool:
    """True when an old sentence naming a ``gone`` cue and a new one naming a ``came``
    cue are the same sentence edited: at least half their other words shared."""
    def sentences(text: str, cues: list[str]) -> list[set[str]]:
        found = []
        for sentence in _SENTENCE_SPLIT.split(text.lower()):
            if any(cue.lower() in sentence for cue in cues):
                found.append(set(re.findall(r"\w+", sentence)) - {c.lower() for c in cues})
        return found
    for old in sentences(hunk.old, gone):
        for new in sentences(hunk.new, came):
            if old and new and len(old & new) * 2 >= len(old | new):
                return True
    return False
