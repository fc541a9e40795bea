"""The document as JSON data, exactly as DESIGN.md §6 (a contract)::

{"title", "language", "metadata", "preamble",
 "version": null | {"label", "fingerprint"},
 "sections": [{"id", "number", "heading", "body", "children": [...]}]}

A section with review comments also has ``"comments": [{"id", "author",
"created", "quote", "text", "resolved", "replies": [{"author", "created",
"text"}]}]``; the key is absent when there are none.
"""

from __future__ import annotations

from typing import Any

from policyeditor.core.model import Comment, Policy, Section, number_from_path


def comment_json(comment: Comment) -> dict[str, Any]:
    """A comment as JSON-ready data (DESIGN.md §6; workspaces store the same shape)."""
    return {
        "id": comment.id,
        "author": comment.author,
        "created": comment.created,
        "quote": comment.quote,
        "text": comment.text,
        "resolved": comment.resolved,
        "replies": [
            {"author": r.author, "created": r.created, "text": r.text} for r in comment.replies
        ],
    }


def _section(section: Section, path: tuple[int, ...]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": section.id,
        "number": number_from_path(path),
        "heading": section.heading,
        "body": section.body,
        "children": [_section(child, (*path, i)) for i, child in enumerate(section.children)],
    }
    if section.comments:
        data["comments"] = [comment_json(c) for c in section.comments]
    return data


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
