"""Significance flags for a comparison: run every detector, order, key.

``detect_flags`` is what the command line and the UI call; it never raises
for a broken user rule file (that becomes a warning) and returns flags in
reading order, most severe first within a section, one flag per change
(see :mod:`policyeditor.core.flags.merge`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.flags import (
    completeness,
    cue_detector,
    durations,
    meaning,
    modality,
    names,
    structure,
)
from policyeditor.core.flags.context import FlagContext
from policyeditor.core.flags.merge import merge_changes
from policyeditor.core.flags.rules import RuleSet, load_rules

_DETECTORS: tuple[Callable[[FlagContext], list[Flag]], ...] = (
    structure.detect,
    cue_detector.detect,
    modality.detect,
    durations.detect,
    names.detect,
    completeness.detect,
    meaning.detect,
)
_RANK = {"high": 0, "medium": 1, "low": 2}


class DetectorError(PolicyEditorError):
    """A detector failed on this comparison; the others' flags are still given."""

    code = "flags.detector-failed"

    def __init__(self, detector: str, error: Exception) -> None:
        self.detector = detector
        self.detail = repr(error)  # a bug report needs the exception itself
        super().__init__()


@dataclass
class FlagReport:
    """The flags of one comparison and any problems (user rule files, a failed check)."""

    flags: list[Flag] = field(default_factory=list)
    warnings: list[PolicyEditorError] = field(default_factory=list)

    @property
    def assessment(self) -> str:
        """``substantive`` when any medium or high flag exists, else ``editorial``."""
        if any(flag.severity in ("high", "medium") for flag in self.flags):
            return "substantive"
        return "editorial"


def detect_flags(
    comparison: Comparison,
    *,
    user_rule_files: Sequence[Path] = (),
    rules: RuleSet | None = None,
) -> FlagReport:
    """Flags for ``comparison`` with the built-in rules and the user's rule files.

    Pass ``rules`` (from :func:`load_rules`) to reuse compiled rules across
    many comparisons; ``user_rule_files`` is then ignored.
    """
    if rules is None:
        rules = load_rules(user_rule_files)
    ctx = FlagContext.build(comparison, rules)
    flags: list[Flag] = []
    problems: list[PolicyEditorError] = list(rules.warnings)
    for detect in _DETECTORS:
        try:
            flags.extend(detect(ctx))
        except Exception as exc:
            problems.append(DetectorError(detect.__module__.rsplit(".", 1)[-1], exc))
    order = {area.section_id: area.order for area in ctx.areas}
    flags = merge_changes(_unique(meaning.refine(ctx, flags)))
    flags.sort(key=lambda f: (order.get(f.section_id, -1), _RANK[f.severity], f.rule))
    return FlagReport(flags, problems)


def _unique(flags: list[Flag]) -> list[Flag]:
    seen: set[str] = set()
    out: list[Flag] = []
    for flag in flags:
        # flag_key without its digest: the same flags are equal (short of a hash collision)
        key = f"{flag.rule}:{flag.section_id}:{normalised_evidence(flag.evidence)}"
        if key not in seen:
            seen.add(key)
            out.append(flag)
    return out


# Runs of letters and digits: what is left when everything else counts as a gap.
_WORDS = re.compile(r"[^\W_]+")


def normalised_evidence(text: str) -> str:
    """Evidence reduced to lower-case words (typography and spacing do not count)."""
    return " ".join(_WORDS.findall(text.lower()))


def flag_key(flag: Flag) -> str:
    """A stable key of a flag for sign-off records: rule, section id, evidence.

    The section number is left out on purpose (renumbering must not reopen a
    signed-off flag); the evidence is normalised so that spacing and quote
    style do not matter.
    """
    digest = hashlib.sha256(normalised_evidence(flag.evidence).encode("utf-8")).hexdigest()[:16]
    return f"{flag.rule}:{flag.section_id}:{digest}"
