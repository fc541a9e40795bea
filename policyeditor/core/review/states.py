"""Review state: which flags of a comparison a reviewer has acknowledged.

A reviewer acknowledges a flag with a comment; the acknowledgement records the
content of the flagged section at that moment. The flag stays acknowledged in
later comparisons while that section is unchanged, and goes back to "needs
review" as soon as the section changes again.

Flags are identified by :func:`~policyeditor.core.flags.engine.flag_key`
(rule, section id, evidence). Since flags of one change are merged into one
(the strongest leads), the merged flag keeps the key its lead always had; a
sign-off recorded before merging for another flag of the same change still
counts when that flag was as severe as the merged one (the reviewer read a
flag of that weight on the very same, unchanged text).

A sign-off can be withdrawn. Review records are append-only, so a withdrawal
is one more record (who, when, why) whose content hash is the withdrawn one
behind :data:`WITHDRAWN`; it cancels the acknowledgements before it for that
flag and text, and a later acknowledgement counts again.
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


# Content-hash prefix of a record that withdraws the sign-off for that content.
WITHDRAWN = "withdrawn:"


def withdrawal_hash(content_hash: str) -> str:
    """The content hash a withdrawal of the sign-off of ``content_hash`` records."""
    return WITHDRAWN + content_hash


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
    by_key: dict[tuple[str, str], AcknowledgementRecord] = {}
    # where each sign-off and each withdrawal came, so that withdrawing a merged
    # flag also cancels an older sign-off of a flag it absorbed
    position: dict[tuple[str, str], int] = {}
    withdrawn: dict[tuple[str, str], int] = {}
    for number, ack in enumerate(acknowledgements):  # oldest first: a withdrawal cancels
        if ack.content_hash.startswith(WITHDRAWN):
            pair = (ack.flag_key, ack.content_hash[len(WITHDRAWN):])
            by_key.pop(pair, None)
            withdrawn[pair] = number
        else:
            by_key[ack.flag_key, ack.content_hash] = ack
            position[ack.flag_key, ack.content_hash] = number
    states = []
    for flag in comparison.flags:
        key = flag_key(flag)
        content = flag_content_hash(flag, comparison.new)
        signed = by_key.get((key, content))
        if signed is None:
            signed = _signed_before_merging(flag, key, content, by_key, position, withdrawn)
        if signed is None:
            states.append(FlagState(flag, key, False))
        else:
            states.append(FlagState(flag, key, True, signed.reviewer, signed.comment,
                                    signed.created))
    return states


def _signed_before_merging(flag: Flag, key: str, content: str,
                           by_key: dict[tuple[str, str], AcknowledgementRecord],
                           position: dict[tuple[str, str], int],
                           withdrawn: dict[tuple[str, str], int],
                           ) -> AcknowledgementRecord | None:
    """A sign-off of an equally severe flag now merged into ``flag`` (not withdrawn since)."""
    cancelled = withdrawn.get((key, content), -1)
    for absorbed in flag.merged:
        if absorbed.severity != flag.severity:
            continue
        pair = (flag_key(absorbed), content)
        found = by_key.get(pair)
        if found is not None and position[pair] > cancelled:
            return found
    return None
