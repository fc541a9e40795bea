"""The audit trail of a version: what happened to it, when and by whom.

GDPR art. 5(2) asks the organisation to show who reviewed a change and why
it was released. The workspace keeps that knowledge in two append-only
tables — the history log (``events``) and the flag sign-offs
(``acknowledgements``) — under internal kinds. This module maps both onto the
contract's kinds (DESIGN.md §5): ``saved``, ``approved``, ``acknowledged``,
``override``, ``published``, one trail per version, oldest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from policyeditor.core.workspace.store import Workspace

# internal log kind -> contract kind; other kinds (e.g. "import") concern the draft
_KINDS = {
    "save-version": "saved",
    "approve": "approved",
    "override": "override",
    "publish": "published",
}


class AuditEvent(NamedTuple):
    """One entry of a version's audit trail (``history --format json`` ``events``)."""

    time: str  # ISO 8601 UTC
    kind: str  # saved | approved | acknowledged | override | published
    author: str
    text: str

    def as_json(self) -> dict[str, str]:
        """The JSON object of DESIGN.md §5."""
        return {"time": self.time, "kind": self.kind, "author": self.author, "text": self.text}


def version_trail(workspace: Workspace, label: str, *,
                  rule_files: Sequence[Path] = ()) -> list[AuditEvent]:
    """Every event of version ``label``, oldest first.

    Acknowledgements are stored per flag, not per version: those that count
    for ``label`` are the sign-offs of the flags the publish gate compares
    (last publication before ``label`` -> ``label``), as the gate judged them.
    """
    info = workspace.version(label)
    trail = [AuditEvent(e.created, _KINDS[e.kind], e.author, e.detail)
             for e in workspace.events() if e.label == label and e.kind in _KINDS]
    if not any(e.kind == "saved" for e in trail):
        # versions saved before the log existed: the row itself says who and when
        trail.insert(0, AuditEvent(info.created, "saved", info.author, info.note))
    trail += _acknowledged(workspace, label, rule_files)
    return sorted(trail, key=lambda e: e.time)  # ISO times sort as text; sort is stable


def _acknowledged(workspace: Workspace, label: str,
                  rule_files: Sequence[Path]) -> list[AuditEvent]:
    """The sign-offs of the flags raised by ``label`` since the last publication."""
    # imported here: listing history needs the flag rules only when there is a base
    from policyeditor.core.review import gate
    from policyeditor.core.review.flagged import flagged_comparison
    from policyeditor.core.review.states import review_states

    base = gate.last_published_before(workspace.versions(), label)
    if base is None:
        return []
    comparison = flagged_comparison(workspace.load_version(base), workspace.load_version(label),
                                    rule_files=rule_files).comparison
    events = []
    for state in review_states(comparison, workspace.acknowledgements()):
        if not state.acknowledged:
            continue
        flag = state.flag
        where = f" ({flag.section})" if flag.section else ""
        reason = f": {state.comment}" if state.comment else ""
        events.append(AuditEvent(state.when, "acknowledged", state.reviewer,
                                 f"{flag.rule}{where}, {flag.severity}{reason}"))
    return events
