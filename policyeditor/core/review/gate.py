"""The publish gate: high-severity flags since the last publication, not signed off.

A version may be published only when every high-severity flag raised between
its review base and the version itself has been acknowledged (for the text as
it reads now). The review base is the last published version before it; for
the first publication of a workspace it is the version saved just before it,
so a first publication is not exempt from review (the GDPR completeness rules
run in that comparison too). ``Workspace.publish`` applies this itself, so no
caller can publish past open flags without a reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from policyeditor.core.compare.result import Flag
from policyeditor.core.model import Policy
from policyeditor.core.review.flagged import flagged_comparison
from policyeditor.core.review.states import AcknowledgementRecord, review_states


class VersionRecord(Protocol):
    """What the gate reads of a saved version (the workspace's ``VersionInfo`` fits)."""

    @property
    def label(self) -> str: ...
    @property
    def status(self) -> str: ...


def last_published_before(versions: Iterable[VersionRecord], label: str) -> str | None:
    """Label of the newest published version saved before ``label`` (None if none).

    ``versions`` are oldest first, as ``Workspace.versions`` lists them.
    """
    last = None
    for info in versions:
        if info.label == label:
            break
        if info.status == "published":
            last = info.label
    return last


def review_base(versions: Iterable[VersionRecord], label: str) -> tuple[str | None, bool]:
    """The version ``label`` is reviewed against, and whether it is a published one.

    The last published version before ``label``; with none, the version saved
    just before it (``(None, False)`` for the very first version: nothing to
    compare with).
    """
    published = last_published_before(versions, label)
    if published is not None:
        return published, True
    previous = None
    for info in versions:
        if info.label == label:
            break
        previous = info.label
    return previous, False


def open_high_flags(
    published: Policy,
    candidate: Policy,
    acknowledgements: Iterable[AcknowledgementRecord],
    *,
    rule_files: Sequence[Path] = (),
) -> list[Flag]:
    """High-severity flags from ``published`` to ``candidate`` that nobody acknowledged.

    ``rule_files`` are the user's own rules: the gate must see the same flags
    as the compare view and ``policyeditor compare``.
    """
    comparison = flagged_comparison(published, candidate, rule_files=rule_files).comparison
    return [
        state.flag
        for state in review_states(comparison, acknowledgements)
        if state.flag.severity == "high" and not state.acknowledged
    ]
