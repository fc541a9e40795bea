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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from policyeditor.core.workspace.errors import VersionNotPublished

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Comparison, SideInfo
    from policyeditor.core.model import Policy
    from policyeditor.core.review.states import FlagState
    from policyeditor.core.workspace.records import Acknowledgement, VersionInfo
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


def version_trail(workspace: Workspace, label: str, *, rule_files: Sequence[Path] = (),
                  states: Sequence[FlagState] | None = None) -> list[AuditEvent]:
    """Every event of version ``label``, oldest first.

    Acknowledgements are stored per flag, not per version: those that count
    for ``label`` are the sign-offs of the flags the publish gate compares
    (last publication before ``label`` -> ``label``), as the gate judged them
    (``states``: those flags' review states, when the caller has them already).
    """
    info = workspace.version(label)
    trail = [AuditEvent(e.created, _KINDS[e.kind], e.author, e.detail)
             for e in workspace.events() if e.label == label and e.kind in _KINDS]
    if not any(e.kind == "saved" for e in trail):
        # versions saved before the log existed: the row itself says who and when
        trail.insert(0, AuditEvent(info.created, "saved", info.author, info.note))
    if states is None:
        states = _review(workspace, label, rule_files)[2]
    trail += [_acknowledgement(state) for state in states if state.acknowledged]
    return sorted(trail, key=lambda e: e.time)  # ISO times sort as text; sort is stable


def _review(workspace: Workspace, label: str, rule_files: Sequence[Path]
            ) -> tuple[str | None, Comparison | None, list[FlagState]]:
    """The gate's view of ``label``: its base (last publication before it), the
    flagged comparison base -> label, and every flag's review state."""
    # imported here: listing history needs the flag rules only when there is a base
    from policyeditor.core.review import gate
    from policyeditor.core.review.flagged import flagged_comparison
    from policyeditor.core.review.states import review_states

    base = gate.last_published_before(workspace.versions(), label)
    if base is None:
        return None, None, []
    old, new = workspace.load_version(base), workspace.load_version(label)
    comparison = flagged_comparison(old, new, old_info=_side(workspace, base, old),
                                    new_info=_side(workspace, label, new),
                                    rule_files=rule_files).comparison
    return base, comparison, review_states(comparison, workspace.acknowledgements())


def _side(workspace: Workspace, label: str, policy: Policy) -> SideInfo:
    """A saved version as a side of a comparison (a report names it by label and date)."""
    from policyeditor.core.compare.result import SideInfo

    info = workspace.version(label)
    return SideInfo(source=f"{workspace.path.name}@{label}", label=label, title=policy.title,
                    fingerprint=info.fingerprint, created=info.created)


def _acknowledgement(state: FlagState) -> AuditEvent:
    flag = state.flag
    where = f" ({flag.section})" if flag.section else ""
    reason = f": {state.comment}" if state.comment else ""
    return AuditEvent(state.when, "acknowledged", state.reviewer,
                      f"{flag.rule}{where}, {flag.severity}{reason}")


@dataclass
class EvidenceFacts:
    """Everything an evidence pack says about one published version (DESIGN.md §5).

    ``comparison`` runs from ``previous`` (the last publication before this
    one) to this version, with the flags the publish gate judged; ``flags``
    pairs each of them with its sign-off. Both are empty for a first
    publication. ``sign_offs`` keeps, per flag key, every sign-off and
    withdrawal recorded for the flagged text, oldest first (a withdrawn
    sign-off is part of the record too).
    """

    info: VersionInfo
    policy: Policy
    trail: list[AuditEvent]
    previous: VersionInfo | None = None
    comparison: Comparison | None = None
    flags: list[FlagState] = field(default_factory=list)
    sign_offs: dict[str, list[Acknowledgement]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[AuditEvent]:
        """The trail's events of one kind (``approved``, ``override``, ...), oldest first."""
        return [event for event in self.trail if event.kind == kind]


def evidence_facts(workspace: Workspace, label: str, *,
                   rule_files: Sequence[Path] = ()) -> EvidenceFacts:
    """The facts of the evidence pack of ``label``.

    Refuses a label that does not exist (``VersionNotFound``) or is not
    published (:class:`VersionNotPublished`): only a published version is
    fixed for good, so only its record can be handed to an auditor.
    """
    info = workspace.version(label)
    if info.status != "published":
        raise VersionNotPublished(label, info.status)
    base, comparison, states = _review(workspace, label, rule_files)
    return EvidenceFacts(
        info=info,
        policy=workspace.load_version(label),
        trail=version_trail(workspace, label, states=states),
        previous=workspace.version(base) if base is not None else None,
        comparison=comparison,
        flags=states,
        sign_offs=_sign_offs(workspace, comparison, states),
    )


def _sign_offs(workspace: Workspace, comparison: Comparison | None,
               states: Sequence[FlagState]) -> dict[str, list[Acknowledgement]]:
    """Per flag, the sign-offs and withdrawals recorded for the text as published."""
    from policyeditor.core.review.states import WITHDRAWN, flag_content_hash

    if comparison is None:
        return {}
    records = workspace.acknowledgements()
    found: dict[str, list[Acknowledgement]] = {}
    for state in states:
        text = flag_content_hash(state.flag, comparison.new)
        found[state.key] = [r for r in records if r.flag_key == state.key
                            and r.content_hash.removeprefix(WITHDRAWN) == text]
    return found
