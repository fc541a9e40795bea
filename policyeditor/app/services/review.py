"""The review service: two sides in, one flagged comparison with review state out.

The command line (``policyeditor compare``), the compare view and the release
notice all come here, so they load sides the same way and apply the same
rules: the built-in ones and the user's own (``<config>/rules/*.toml``). The
publish gate applies the same rules through ``Workspace.publish`` (see
:mod:`policyeditor.app.services.publishing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from policyeditor.app.paths import user_rule_files
from policyeditor.core.compare.result import Comparison, Flag, SideInfo
from policyeditor.core.release_notice import draft_notice_for_version
from policyeditor.core.review.flagged import FlaggedComparison, flagged_comparison
from policyeditor.core.review.states import (
    FlagState,
    flag_content_hash,
    review_states,
    withdrawal_hash,
)
from policyeditor.core.sources import LoadedSource, load_source

if TYPE_CHECKING:
    from policyeditor.core.model import Policy
    from policyeditor.core.workspace import Workspace


def _side(loaded: LoadedSource) -> SideInfo:
    return SideInfo(
        source=loaded.source,
        label=loaded.label,
        title=loaded.policy.title,
        fingerprint=loaded.fingerprint,
        created=loaded.created,
    )


def compare_sources(
    old_spec: str, new_spec: str, *, ignore_formatting: bool = False
) -> FlaggedComparison:
    """Compare two SOURCEs (files, a workspace's draft, ``WS.policy@LABEL``)."""
    old, new = load_source(old_spec), load_source(new_spec)
    return compare_policies(
        old.policy,
        new.policy,
        old_info=_side(old),
        new_info=_side(new),
        ignore_formatting=ignore_formatting,
    )


def compare_policies(
    old: Policy,
    new: Policy,
    *,
    old_info: SideInfo | None = None,
    new_info: SideInfo | None = None,
    ignore_formatting: bool = False,
) -> FlaggedComparison:
    """Compare two policies already loaded (safe in a worker thread: no workspace access)."""
    return flagged_comparison(
        old,
        new,
        old_info=old_info,
        new_info=new_info,
        ignore_formatting=ignore_formatting,
        rule_files=user_rule_files(),
    )


def flag_states(comparison: Comparison, workspace: Workspace | None) -> list[FlagState]:
    """Every flag of ``comparison`` with its sign-off in ``workspace`` (none without one)."""
    acknowledgements = workspace.acknowledgements() if workspace is not None else []
    return review_states(comparison, acknowledgements)


def acknowledge(
    workspace: Workspace,
    comparison: Comparison,
    flag: Flag,
    key: str,
    *,
    reviewer: str,
    comment: str,
) -> None:
    """Record a reviewer's sign-off of ``flag`` for its section as it reads in ``comparison``."""
    workspace.acknowledge(
        key,
        section_id=flag.section_id,
        content_hash=flag_content_hash(flag, comparison.new),
        rule=flag.rule,
        reviewer=reviewer,
        comment=comment,
    )


def withdraw_acknowledgement(
    workspace: Workspace,
    comparison: Comparison,
    flag: Flag,
    key: str,
    *,
    reviewer: str,
    comment: str,
) -> None:
    """Record that ``reviewer`` withdrew the sign-off of ``flag`` (who, when and why).

    Review records are append-only: the withdrawal is a record of its own, so
    the history keeps both the sign-off and its withdrawal.
    """
    workspace.acknowledge(
        key,
        section_id=flag.section_id,
        content_hash=withdrawal_hash(flag_content_hash(flag, comparison.new)),
        rule=flag.rule,
        reviewer=reviewer,
        comment=comment,
    )


def draft_release_notice(workspace: Workspace, label: str) -> str:
    """A draft "What has changed" for ``label``, from the changes the reviewer sees."""
    return draft_notice_for_version(workspace, label, rule_files=user_rule_files())
