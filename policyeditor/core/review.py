"""Review state: which flags are acknowledged, and the publish gate.

A reviewer acknowledges a flag with a comment; the acknowledgement records the
content of the flagged section at that moment. The flag stays acknowledged in
later comparisons while that section is unchanged, and goes back to "needs
review" as soon as the section changes again. Publishing is refused while
high-severity flags raised since the last published version are open.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.model import Policy, Section, find
from policyeditor.core.workspace import Acknowledgement, Workspace


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
    comparison: Comparison, acknowledgements: Iterable[Acknowledgement]
) -> list[FlagState]:
    """Pair every flag of ``comparison`` with its acknowledgement, if still valid."""
    from policyeditor.core.flags.engine import flag_key

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


def last_published_before(workspace: Workspace, label: str) -> str | None:
    """Label of the newest published version saved before ``label`` (None if none)."""
    last = None
    for info in workspace.versions():
        if info.label == label:
            break
        if info.status == "published":
            last = info.label
    return last


def comparison_since_published(
    workspace: Workspace, label: str, *, user_rule_files: Sequence[Path] = ()
) -> Comparison | None:
    """Compare the last published version with ``label`` (None before a first publication)."""
    from policyeditor.core.compare import compare
    from policyeditor.core.compare.result import SideInfo
    from policyeditor.core.flags.engine import detect_flags

    base = last_published_before(workspace, label)
    if base is None:
        return None
    old = workspace.load_version(base)
    new = workspace.load_version(label)
    comparison = compare(
        old,
        new,
        old_info=SideInfo(source=str(workspace.path), label=base, title=old.title),
        new_info=SideInfo(source=str(workspace.path), label=label, title=new.title),
    )
    comparison.flags = list(detect_flags(comparison, user_rule_files=user_rule_files).flags)
    return comparison


def open_high_flags(
    workspace: Workspace, label: str, *, user_rule_files: Sequence[Path] = ()
) -> list[Flag]:
    """High-severity flags since the last published version that nobody acknowledged.

    ``user_rule_files`` are the user's own rules: the gate must see the same
    flags as the compare view and ``policyeditor compare``.
    """
    comparison = comparison_since_published(workspace, label, user_rule_files=user_rule_files)
    if comparison is None:
        return []
    acks = workspace.acknowledgements()
    return [
        state.flag
        for state in review_states(comparison, acks)
        if state.flag.severity == "high" and not state.acknowledged
    ]
