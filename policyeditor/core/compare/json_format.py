"""The comparison as ``compare --format json`` data (DESIGN.md §6, a contract).

Additive to the contract, so that no change is ever hidden:

- top-level ``"preamble"``: the diff ops of the preamble (always present;
  ``[]`` when both preambles are empty);
- top-level ``"title"``: the diff ops of the title, present only when the
  title changed;
- top-level ``"metadata"``: ``{key: {"old": value|null, "new": value|null}}``
  for the metadata entries that differ (e.g. ``last_changed``,
  ``organisation``), present only when some differ;
- top-level ``"language"``: ``{"old", "new"}``, present only when it changed;
- per section, ``"split_from": {"old_id", "old_number"}`` on an added section
  whose text came out of an old one, and ``"merged_into": {"new_id",
  "new_number"}`` on a removed section whose text went into a new one; the
  other ends of the same links as ``"split_into": [{"new_id",
  "new_number"}, ...]`` on the section that gave the text and
  ``"merged_from": [{"old_id", "old_number"}, ...]`` on the one that took it.
  Each key is present only when it has something to say.
"""

from __future__ import annotations

from typing import Any

from policyeditor.core.compare.result import Comparison, DiffOp, Flag, SectionChange, SideInfo


def _ops(ops: list[DiffOp]) -> list[list[Any]]:
    return [[op, text] for op, text in ops]


def _side(info: SideInfo) -> dict[str, Any]:
    return {"source": info.source, "label": info.label, "title": info.title}


def _section(change: SectionChange) -> dict[str, Any]:
    data: dict[str, Any] = {
        "change": change.change,
        "moved": change.moved,
        "old_number": change.old_number,
        "new_number": change.new_number,
        "old_id": change.old_id,
        "new_id": change.new_id,
        "heading": _ops(change.heading),
        "body": _ops(change.body),
    }
    if change.split_from is not None:
        data["split_from"] = {"old_id": change.split_from[0], "old_number": change.split_from[1]}
    if change.merged_into is not None:
        data["merged_into"] = {
            "new_id": change.merged_into[0], "new_number": change.merged_into[1],
        }
    if change.split_into:
        data["split_into"] = [
            {"new_id": key, "new_number": number} for key, number in change.split_into
        ]
    if change.merged_from:
        data["merged_from"] = [
            {"old_id": key, "old_number": number} for key, number in change.merged_from
        ]
    return data


def _flag(flag: Flag) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": flag.rule,
        "category": flag.category,
        "severity": flag.severity,
        "section": flag.section,
        "section_id": flag.section_id,
        "evidence": flag.evidence,
        "explanation": flag.explanation,
        "reference": flag.reference,
    }
    if flag.secondary:  # additive: other categories of the same change (one flag per change)
        data["secondary"] = list(flag.secondary)
    return data


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    """Plain data for ``json.dumps`` in the shape of DESIGN.md §6 (plus the additions above)."""
    summary: dict[str, Any] = dict(comparison.counts())
    summary["assessment"] = comparison.assessment
    data: dict[str, Any] = {
        "old": _side(comparison.old_info),
        "new": _side(comparison.new_info),
        "summary": summary,
        "sections": [_section(change) for change in comparison.sections],
        "flags": [_flag(flag) for flag in comparison.flags],
        "preamble": _ops(comparison.preamble),
    }
    if any(op != 0 for op, _ in comparison.title):
        data["title"] = _ops(comparison.title)
    if comparison.metadata:
        data["metadata"] = {
            key: {"old": before, "new": after}
            for key, (before, after) in comparison.metadata.items()
        }
    if comparison.language is not None:
        data["language"] = {"old": comparison.language[0], "new": comparison.language[1]}
    return data
