"""Small comparisons for detector tests: one or a few sections, same ids."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from policyeditor.core.compare import compare
from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.flags.engine import FlagReport, detect_flags
from policyeditor.core.flags.merge import every_flag
from policyeditor.core.model import Policy, Section


def policy(bodies: Sequence[str], language: str, preamble: str = "") -> Policy:
    """A policy whose sections s1, s2 … hold ``bodies`` (headings "Avsnitt N")."""
    sections = [Section(heading=f"Avsnitt {i + 1}", body=body, id=f"s{i + 1}")
                for i, body in enumerate(bodies)]
    return Policy(title="Policy", language=language, preamble=preamble, sections=sections)


def comparison(old: str | Sequence[str], new: str | Sequence[str], language: str = "sv",
               ) -> Comparison:
    """The comparison of two one-section (or several-section) policies."""
    old_bodies = [old] if isinstance(old, str) else list(old)
    new_bodies = [new] if isinstance(new, str) else list(new)
    return compare(policy(old_bodies, language), policy(new_bodies, language))


def report(old: str | Sequence[str], new: str | Sequence[str], language: str = "sv",
           rule_files: Sequence[Path] = ()) -> FlagReport:
    """Flags (and rule warnings) for ``old`` → ``new``, one per change as a user sees them."""
    return detect_flags(comparison(old, new, language), user_rule_files=rule_files)


def flags(old: str | Sequence[str], new: str | Sequence[str], language: str = "sv") -> list[Flag]:
    """What each detector flagged for ``old`` → ``new`` (merged flags and those they absorbed).

    Detector tests look at every detector's own flag; :func:`merged` is the
    one-flag-per-change view a reviewer gets.
    """
    return every_flag(report(old, new, language).flags)


def merged(old: str | Sequence[str], new: str | Sequence[str], language: str = "sv",
           ) -> list[Flag]:
    """The flags a reviewer sees for ``old`` → ``new``: one per change."""
    return report(old, new, language).flags


def significant(found: list[Flag]) -> list[Flag]:
    """The medium and high flags."""
    return [f for f in found if f.severity in ("medium", "high")]


def rules_of(found: list[Flag]) -> set[str]:
    """The rule ids that fired."""
    return {f.rule for f in found}
