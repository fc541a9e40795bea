"""Review state: which flags of a comparison a reviewer has acknowledged.

A reviewer acknowledges a flag with a comment; the acknowledgement records the
content of the flagged section at that moment. The flag stays acknowledged in
later comparisons while that section is unchanged, and goes back to "needs
review" as soon as the section changes again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.flags.engine import flag_key
from policyeditor.core.model import Policy, Section, find


class AcknowledgementRecord(Protocol):
    """What the review state reads of a stored acknowledgement.

    The workspace's ``Acknowledgement`` records fit; a protocol keeps this
    package free of the workspace store, which itself calls the gate.
    """

    @property
    def flag_key(self) -> str: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def reviewer(self) -> str: ...
    @property
    def comment(self) -> str: ...
    @property
    def created(self) -> str: ...


def section_content_hash(section: Section | None) -> str:
    """Hash of what a reviewer read: heading and body (empty for a removed section)."""
    text = "" if section is None else f"{section.heading}\n{section.body}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def flag_content_hash(flag: Flag, policy: Policy) -> str:
    """Content hash of the flagged section as it stands in ``policy`` (the new side)."""
    try:
        section: Section | None = find(policy, flag.section_id).section
    except KeyError:
        section = None
    return section_content_hash(section)


@dataclass(frozen=True)
class FlagState:
    """A flag with its review state in one comparison."""

    flag: Flag
    key: str
    acknowledged: bool
    reviewer: str = ""
    comment: str = ""
    when: str = ""


def review_states(
    comparison: Comparison, acknowledgements: Iterable[AcknowledgementRecord]
) -> list[FlagState]:
    """Pair every flag of ``comparison`` with its acknowledgement, if still valid."""
    # keyed by content too: an acknowledgement only holds for the text that was read
    by_key = {(ack.flag_key, ack.content_hash): ack for ack in acknowledgements}
    states = []
    for flag in comparison.flags:
        key = flag_key(flag)
        ack = by_key.get((key, flag_content_hash(flag, comparison.new)))
        if ack is None:
            states.append(FlagState(flag, key, False))
        else:
            states.append(FlagState(flag, key, True, ack.reviewer, ack.comment, ack.created))
    return states
