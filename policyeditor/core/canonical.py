"""Canonical content of a policy and its SHA-256 fingerprint.

The fingerprint covers what a reader sees (title, language, metadata, preamble,
headings, bodies and structure), not section ids: the same text always has the
same fingerprint, whichever workspace it came from. Review comments
(``Section.comments``) are notes about the text, not the text: they are left
out, so commenting on a version never changes its fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from policyeditor.core.model import Policy, Section


def _section_content(section: Section) -> dict[str, Any]:
    return {
        "heading": section.heading,
        "body": section.body,
        "children": [_section_content(c) for c in section.children],
    }


def canonical_content(policy: Policy) -> dict[str, Any]:
    """The policy as plain data without ids, keys in a fixed order."""
    return {
        "title": policy.title,
        "language": policy.language,
        "metadata": dict(sorted(policy.metadata.items())),
        "preamble": policy.preamble,
        "sections": [_section_content(s) for s in policy.sections],
    }


def canonical_bytes(policy: Policy) -> bytes:
    """UTF-8 JSON of :func:`canonical_content`, compact and key-sorted."""
    return json.dumps(
        canonical_content(policy), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


def fingerprint(policy: Policy) -> str:
    """``sha256:<hex>`` of the canonical content."""
    return "sha256:" + hashlib.sha256(canonical_bytes(policy)).hexdigest()


def short_fingerprint(value: str) -> str:
    """The first 12 hex digits, for footers and lists."""
    return value.removeprefix("sha256:")[:12]
