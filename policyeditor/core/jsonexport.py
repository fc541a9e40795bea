"""The document as JSON data, exactly as DESIGN.md §6 (a contract)::

{"title", "language", "metadata", "preamble",
 "version": null | {"label", "fingerprint"},
 "sections": [{"id", "number", "heading", "body", "children": [...]}]}
"""

from __future__ import annotations

from typing import Any

from policyeditor.core.model import Policy, Section, number_from_path


def _section(section: Section, path: tuple[int, ...]) -> dict[str, Any]:
    return {
        "id": section.id,
        "number": number_from_path(path),
        "heading": section.heading,
        "body": section.body,
        "children": [_section(child, (*path, i)) for i, child in enumerate(section.children)],
    }


def policy_to_json(policy: Policy, version: tuple[str, str] | None = None) -> dict[str, Any]:
    """JSON-ready data of ``policy``; ``version`` is (label, fingerprint) of a saved
    version, or None for a draft or a plain file."""
    return {
        "title": policy.title,
        "language": policy.language,
        "metadata": dict(policy.metadata),
        "preamble": policy.preamble,
        "version": None if version is None else {"label": version[0], "fingerprint": version[1]},
        "sections": [_section(s, (i,)) for i, s in enumerate(policy.sections)],
    }
