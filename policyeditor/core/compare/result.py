"""Data of a comparison between two policies: aligned sections, diffs, flags.

These types are the in-memory form of the ``compare --format json`` contract
(DESIGN.md §6); :func:`policyeditor.core.compare.json_format.comparison_to_json`
turns them into that JSON. Diff ops follow diff-match-patch's convention:
-1 delete, 0 equal, 1 insert; they are lossless (0 and -1 parts give the old
text, 0 and 1 parts the new text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from policyeditor.core.model import Policy, Section

DiffOp = tuple[int, str]
ChangeKind = Literal["added", "removed", "modified", "unchanged"]
Severity = Literal["high", "medium", "low"]

SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")
CATEGORIES: tuple[str, ...] = (
    "recipients", "transfers", "purposes", "data-categories", "polarity",
    "legal-basis", "rights", "controller", "retention", "automated-decisions",
    "modality", "tracking", "security", "change-notice", "children",
    "completeness", "structure",
)


def old_text(ops: list[DiffOp]) -> str:
    """The old side of a diff (equal and deleted parts)."""
    return "".join(text for op, text in ops if op <= 0)


def new_text(ops: list[DiffOp]) -> str:
    """The new side of a diff (equal and inserted parts)."""
    return "".join(text for op, text in ops if op >= 0)


@dataclass
class SectionChange:
    """One aligned pair of sections (either side may be missing)."""

    change: ChangeKind
    moved: bool
    old_number: str | None
    new_number: str | None
    old_id: str | None
    new_id: str | None
    heading: list[DiffOp]
    body: list[DiffOp]
    old_section: Section | None = field(default=None, repr=False)
    new_section: Section | None = field(default=None, repr=False)
    depth: int = 0
    # Text flowing between sections (additive to the JSON contract): an added
    # section split off an old one, or a removed section merged into a new
    # one. Each is (id, number) of that other section, or None.
    split_from: tuple[str, str] | None = None
    merged_into: tuple[str, str] | None = None
    # The other ends of those links: on the section that gave text to added
    # sections, and on the one that took in removed sections' text.
    split_into: list[tuple[str, str]] = field(default_factory=list)
    merged_from: list[tuple[str, str]] = field(default_factory=list)

    @property
    def number(self) -> str:
        """The number a reader looks for: the new one, or the old for a removal."""
        return self.new_number or self.old_number or ""

    @property
    def section_id(self) -> str:
        """The id in the new version, or the old one for a removal."""
        return self.new_id or self.old_id or ""


@dataclass(frozen=True)
class SignOff:
    """A reviewer's sign-off of a flag, as a report shows it (who, when, the note)."""

    reviewer: str
    when: str  # as the reader should see it (the caller formats the time)
    comment: str


@dataclass
class Flag:
    """A significant change found by a rule, with evidence and explanation."""

    rule: str
    category: str
    severity: Severity
    section: str
    section_id: str
    evidence: str
    explanation: str
    reference: str
    # Explanation in each UI language ("sv", "en"); ``explanation`` is the one
    # in the document's language (what the JSON contract carries).
    explanations: dict[str, str] = field(default_factory=dict)
    # Set by whoever knows the review state (the compare view) so that a report
    # can say the flag was signed off; the detectors never set it.
    signoff: SignOff | None = None
    # One flag per change (additive to the JSON contract): the categories of the
    # other cues that fired on the same changed sentence, strongest first ...
    secondary: list[str] = field(default_factory=list)
    # ... and those flags themselves, so that a sign-off recorded for one of
    # them before they were merged still finds its flag (never in the JSON).
    merged: list[Flag] = field(default_factory=list, repr=False, compare=False)
    # Which change the flag is about (section and changed sentence), so flags
    # of one change can be merged; internal, never in the JSON.
    change: str = field(default="", repr=False, compare=False)


@dataclass
class SideInfo:
    """Where one side of a comparison came from."""

    source: str
    label: str | None
    title: str
    fingerprint: str | None = None
    created: str | None = None


@dataclass
class Comparison:
    """The whole comparison: sections in reading order, flags, summary."""

    old: Policy
    new: Policy
    old_info: SideInfo
    new_info: SideInfo
    sections: list[SectionChange]
    title: list[DiffOp]
    preamble: list[DiffOp]
    flags: list[Flag] = field(default_factory=list)
    ignore_formatting: bool = False
    # Metadata entries that differ (e.g. the last-changed date, the
    # organisation): key -> (old value, new value), None where absent.
    metadata: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # (old, new) language codes when they differ, else None.
    language: tuple[str, str] | None = None

    def counts(self) -> dict[str, int]:
        """Numbers of added/removed/modified/moved/unchanged sections."""
        result = {"added": 0, "removed": 0, "modified": 0, "moved": 0, "unchanged": 0}
        for change in self.sections:
            result[change.change] += 1
            if change.moved:
                result["moved"] += 1
        return result

    @property
    def assessment(self) -> str:
        """``substantive`` when any medium or high flag exists, else ``editorial``."""
        if any(flag.severity in ("high", "medium") for flag in self.flags):
            return "substantive"
        return "editorial"
