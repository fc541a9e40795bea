"""Plain records returned by the workspace (versions, log entries, reviews)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple


def utc_now() -> str:
    """The current time as ISO 8601 UTC, e.g. ``2026-11-27T14:05:48.123456Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class VersionInfo(NamedTuple):
    """One saved version as listed in the history."""

    label: str
    status: str  # "draft" | "approved" | "published"
    author: str
    created: str  # ISO 8601 UTC
    note: str
    fingerprint: str  # "sha256:..."
    notice: str  # release notice ("What has changed")

    def as_json(self) -> dict[str, str]:
        """The ``history --format json`` entry (DESIGN.md §5)."""
        return {"label": self.label, "status": self.status, "author": self.author,
                "created": self.created, "note": self.note, "fingerprint": self.fingerprint}


class WorkspaceEvent(NamedTuple):
    """An entry of the history log (publish, override, import...)."""

    kind: str
    label: str | None
    author: str
    created: str
    detail: str


class Acknowledgement(NamedTuple):
    """A reviewer's acknowledgement of a significance flag."""

    flag_key: str
    section_id: str
    content_hash: str
    rule: str
    reviewer: str
    comment: str
    created: str
