"""The reviewer's decisions on the changes of the comparison shown.

Decisions are kept by change key (:mod:`policyeditor.core.merge.changes`),
not by position: when the comparison is recomputed — the draft was typed in,
or rebuilt from these very decisions — every change still there keeps its
decision. Keys of changes that are gone are kept too (cheap, and a change
that comes back, say after Undo, gets its decision back).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from policyeditor.core.compare.result import Comparison
from policyeditor.core.merge.changes import Change, Decision, list_changes


class DecisionState(QObject):
    """The changes of one comparison and what the reviewer decided about each."""

    changed = Signal()  # the list of changes or some decision

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.changes: list[Change] = []
        self._decisions: dict[str, Decision] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the changes of ``comparison`` (keeping decisions by key)."""
        self.comparison = comparison
        self.changes = list_changes(comparison) if comparison is not None else []
        self.changed.emit()

    def decision(self, index: int) -> Decision | None:
        """The decision on the ``index``-th change (None: still open)."""
        return self._decisions.get(self.changes[index].key)

    def decide(self, indexes: list[int], decision: Decision) -> None:
        """Record ``decision`` for the changes at ``indexes``."""
        for index in indexes:
            self._decisions[self.changes[index].key] = decision
        if indexes:
            self.changed.emit()

    def decisions(self) -> dict[str, Decision]:
        """Decisions on the changes listed now, by key."""
        keys = {c.key for c in self.changes}
        return {k: d for k, d in self._decisions.items() if k in keys}

    def counts(self) -> tuple[int, int, int]:
        """Accepted, rejected and open changes among those listed."""
        decided = [self.decision(i) for i in range(len(self.changes))]
        accepted = decided.count("accept")
        rejected = decided.count("reject")
        return accepted, rejected, len(decided) - accepted - rejected

    def same_section(self, index: int) -> list[int]:
        """Indexes of the changes in the ``index``-th change's section (or the
        title, preamble and metadata together)."""
        section = self.changes[index].section
        return [i for i, c in enumerate(self.changes) if c.section == section]

    def next_open(self, index: int) -> int | None:
        """The first open change after ``index`` (else before it), None if all are decided."""
        count = len(self.changes)
        for step in range(1, count + 1):
            candidate = (index + step) % count
            if self.decision(candidate) is None:
                return candidate
        return None
