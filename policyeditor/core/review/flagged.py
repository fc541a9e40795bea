"""One comparison with its significance flags: compare, then run the rules.

Built-in rules and the user's rule files (passed in: ``core`` does not know
the configuration folder) are applied the same way for the command line, the
compare view and the publish gate, so all three see the same flags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policyeditor.core.compare import compare
from policyeditor.core.compare.result import Comparison, SideInfo
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.model import Policy


@dataclass
class FlaggedComparison:
    """A comparison with its flags attached, and what went wrong on the way.

    ``warnings`` are problems that did not stop the comparison: a user rule
    file that was skipped, a detector that failed (its flags are missing).
    """

    comparison: Comparison
    warnings: list[PolicyEditorError] = field(default_factory=list)


def flagged_comparison(
    old: Policy,
    new: Policy,
    *,
    old_info: SideInfo | None = None,
    new_info: SideInfo | None = None,
    ignore_formatting: bool = False,
    rule_files: Sequence[Path] = (),
) -> FlaggedComparison:
    """Align and diff ``old`` with ``new``, then flag what matters legally.

    Pure computation (no files but the rule files, which are cached): safe in
    a worker thread.
    """
    comparison = compare(
        old, new, ignore_formatting=ignore_formatting, old_info=old_info, new_info=new_info
    )
    report = detect_flags(comparison, user_rule_files=rule_files)
    comparison.flags = list(report.flags)
    return FlaggedComparison(comparison, list(report.warnings))
