"""Anchors and heading levels for sections in exported documents.

An anchor is derived from the section's number (``1.2.1`` → ``s-1-2-1``) so
that a link such as ``policy.html#s-1-2-1`` says which section it points to
and is the same in every export of the same version.
"""

from __future__ import annotations

# h1 is the document title; sections start at h2 and HTML stops at h6.
FIRST_SECTION_LEVEL = 2
LAST_LEVEL = 6


def section_anchor(number: str) -> str:
    """``"1.2.1"`` → ``"s-1-2-1"``."""
    return "s-" + number.strip(".").replace(".", "-")


def heading_level(depth: int) -> int:
    """HTML heading level for a section at ``depth`` (0 = top level): h2, h3, … h6."""
    return min(FIRST_SECTION_LEVEL + max(depth, 0), LAST_LEVEL)
