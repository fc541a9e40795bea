"""Typed errors of the workspace store.

Every error derives from :class:`PolicyEditorError` so the command line turns
it into one clear line (exit 2) and the editor into a message box. The fields
are structured (path, label, who holds a lock...) so callers can word their own
message; ``str(error)`` is a plain English fallback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from policyeditor.core.errors import PolicyEditorError

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Flag


class WorkspaceError(PolicyEditorError):
    """Base of every workspace error."""


class WorkspaceExists(WorkspaceError, FileExistsError):
    """``Workspace.create`` refuses to overwrite an existing file."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: a file with this name already exists")
        self.path = path


class NotAWorkspace(WorkspaceError):
    """The file is not a PolicyEditor workspace (text, empty, other SQLite...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: not a PolicyEditor workspace ({reason})")
        self.path = path
        self.reason = reason


class DamagedWorkspace(WorkspaceError):
    """The file is a workspace but its content is damaged."""

    def __init__(self, path: str, problems: list[str]) -> None:
        shown = "; ".join(problems[:3]) + (" ..." if len(problems) > 3 else "")
        super().__init__(f"{path}: the workspace is damaged ({shown})")
        self.path = path
        self.problems = problems


class NewerSchema(WorkspaceError):
    """The workspace was written by a newer PolicyEditor."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path}: written by a newer PolicyEditor (format {found}; this version reads "
            f"up to {supported})"
        )
        self.path = path
        self.found = found
        self.supported = supported


class WorkspaceInUse(WorkspaceError):
    """Another process holds the workspace (editing marker or write lock)."""

    def __init__(
        self, path: str, *, pid: int | None = None, host: str = "", user: str = "",
        since: str = "",
    ) -> None:
        if pid is None:
            message = f"{path}: the workspace is busy (another program is writing to it)"
        else:
            who = f"{user}@{host}" if user else host
            message = f"{path}: the workspace is open for editing elsewhere ({who}, process {pid}"
            message += f", since {since})" if since else ")"
        super().__init__(message)
        self.path = path
        self.pid = pid
        self.host = host
        self.user = user
        self.since = since


class ReadOnlyWorkspace(WorkspaceError):
    """A write was attempted on a workspace opened read-only."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: the workspace was opened read-only")
        self.path = path


class VersionNotFound(WorkspaceError, LookupError):
    """No version has this label."""

    def __init__(self, label: str) -> None:
        super().__init__(f"no version labelled {label!r}")
        self.label = label


class DuplicateLabel(WorkspaceError):
    """A version with this label already exists (labels are unique)."""

    def __init__(self, label: str) -> None:
        super().__init__(f"a version labelled {label!r} already exists")
        self.label = label


class InvalidLabel(WorkspaceError, ValueError):
    """A version label must be non-empty text on one line."""

    def __init__(self, label: str) -> None:
        super().__init__(f"invalid version label {label!r} (must be non-empty, one line)")
        self.label = label


class VersionImmutable(WorkspaceError):
    """The version cannot change (published, or the status change goes backwards)."""

    def __init__(self, label: str, reason: str) -> None:
        super().__init__(f"version {label!r} cannot be changed: {reason}")
        self.label = label
        self.reason = reason


class PublishRefused(WorkspaceError):
    """Publishing is refused: high-severity flags raised since the last published
    version are not acknowledged, and no reason to publish anyway was given.

    ``flags`` are the open flags (``core.compare.result.Flag``), in reading order.
    """

    code = "publish.refused"

    def __init__(self, label: str, flags: Sequence[Flag]) -> None:
        super().__init__(
            f"version {label!r} cannot be published: {len(flags)} high-severity flag(s) "
            "since the last published version are not acknowledged"
        )
        self.label = label
        self.flags = list(flags)
