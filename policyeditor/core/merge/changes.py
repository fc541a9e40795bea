"""The decidable changes of a comparison, each with a key that survives recomputing.

A *change* is what a reviewer accepts or rejects in one go, as in Word's
Review tab: a contiguous run of non-equal diff ops in one heading or body (a
word group), a whole added or removed section, a section's move, the title,
the preamble's word groups, one metadata value, the language.

Decisions are kept by :attr:`Change.key`, not by position: after the draft
has been rebuilt from some decisions and compared again, a change that is
still there (an accepted one) gets the same key and so keeps its decision,
while a rejected one has gone from the comparison.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from policyeditor.core.compare.result import Comparison, DiffOp

Decision = Literal["accept", "reject"]
ACCEPT: Decision = "accept"
REJECT: Decision = "reject"

ChangeKind = Literal[
    "text", "added", "removed", "moved", "title", "preamble", "metadata", "language"
]
#: Kinds that decide a whole section rather than some of its words.
SECTION_KINDS: tuple[ChangeKind, ...] = ("added", "removed", "moved")

Decisions = Mapping[str, Decision]


@dataclass(frozen=True)
class Change:
    """One decidable change.

    ``section`` is the index in ``Comparison.sections`` (-1 for the title,
    preamble, metadata and language); ``part`` names the ops list a word group
    lies in (``heading``, ``body``, ``title``, ``preamble``) or the metadata
    key; ``start``/``end`` are the group's op range in that list. ``old`` and
    ``new`` are the text the group has on each side (the section heading for
    section-level changes, the values for metadata and language).
    """

    key: str
    kind: ChangeKind
    section: int
    part: str
    start: int
    end: int
    old: str
    new: str

    @property
    def is_section_level(self) -> bool:
        """An added or removed section or a move (decided for the whole section)."""
        return self.kind in SECTION_KINDS


def op_groups(ops: list[DiffOp]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each maximal run of non-equal ops with some text."""
    i = 0
    while i < len(ops):
        if ops[i][0] == 0:
            i += 1
            continue
        j = i
        while j < len(ops) and ops[j][0] != 0:
            j += 1
        if any(text for _, text in ops[i:j]):
            yield i, j
        i = j


def resolve_ops(ops: list[DiffOp], accepted: Mapping[int, bool]) -> str:
    """The text ``ops`` give when the group starting at op ``i`` is kept new iff
    ``accepted[i]`` (groups not in the map are accepted)."""
    out: list[str] = []
    i = 0
    while i < len(ops):
        op, text = ops[i]
        if op == 0:
            out.append(text)
            i += 1
            continue
        j = i
        while j < len(ops) and ops[j][0] != 0:
            j += 1
        keep_new = accepted.get(i, True)
        out.extend(t for o, t in ops[i:j] if (o > 0 if keep_new else o < 0))
        i = j
    return "".join(out)


def _group_text(ops: list[DiffOp], start: int, end: int) -> tuple[str, str]:
    old = "".join(t for o, t in ops[start:end] if o < 0)
    new = "".join(t for o, t in ops[start:end] if o > 0)
    return old, new


class _Lister:
    """Collects changes, numbering repeats so that every key is unique."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self._seen: Counter[tuple[str, ...]] = Counter()

    def add(self, kind: ChangeKind, owner: str, section: int, part: str,
            span: tuple[int, int], old: str, new: str) -> None:
        base = (kind, owner, part, old, new)
        occurrence = self._seen[base]
        self._seen[base] += 1
        # Unit separators cannot occur in a section id or a metadata key.
        key = "\x1f".join((*base, str(occurrence)))
        self.changes.append(Change(key, kind, section, part, span[0], span[1], old, new))

    def groups(self, kind: ChangeKind, owner: str, section: int, part: str,
               ops: list[DiffOp]) -> None:
        for start, end in op_groups(ops):
            old, new = _group_text(ops, start, end)
            self.add(kind, owner, section, part, (start, end), old, new)


def list_changes(comparison: Comparison) -> list[Change]:
    """Every decidable change of ``comparison`` in reading order.

    Sections the comparison calls unchanged (with "ignore formatting", their
    text may still differ in formatting alone) offer no change: they read as
    the new side has them.
    """
    lister = _Lister()
    lister.groups("title", "", -1, "title", comparison.title)
    if comparison.language is not None:
        old, new = comparison.language
        lister.add("language", "", -1, "language", (0, 0), old, new)
    for key, (old_value, new_value) in comparison.metadata.items():
        lister.add("metadata", "", -1, key, (0, 0), old_value or "", new_value or "")
    lister.groups("preamble", "", -1, "preamble", comparison.preamble)
    for index, change in enumerate(comparison.sections):
        owner = change.old_id or change.new_id or str(index)
        heading = (change.new_section or change.old_section)
        name = heading.heading if heading is not None else ""
        if change.change == "added":
            lister.add("added", owner, index, "", (0, 0), "", name)
            continue
        if change.change == "removed":
            lister.add("removed", owner, index, "", (0, 0), name, "")
            continue
        if change.moved:
            lister.add("moved", owner, index, "", (0, 0), change.old_number or "",
                       change.new_number or "")
        if change.change == "modified":
            lister.groups("text", owner, index, "heading", change.heading)
            lister.groups("text", owner, index, "body", change.body)
    return lister.changes


def decided(changes: list[Change], decisions: Decisions, default: Decision = ACCEPT
            ) -> dict[str, Decision]:
    """Each change's decision, ``default`` where none was made."""
    return {c.key: decisions.get(c.key, default) for c in changes}
