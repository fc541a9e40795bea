"""Typed errors of the workspace store.

Every error derives from :class:`PolicyEditorError` so the command line turns
it into one clear line (exit 2) and the editor into a message box. Each has a
stable code (docs/errors.md) and structured fields (path, label, who holds a
lock...); the sentence is made from them by ``policyeditor.app.services.errors``.
Technical text from SQLite or the OS travels as ``detail`` (shown on the
command line only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from policyeditor.core.errors import PolicyEditorError

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Flag


class WorkspaceError(PolicyEditorError):
    """Base of every workspace error; raised itself when a write or create fails.

    Codes raised as plain ``WorkspaceError``: ``workspace.write-failed``,
    ``workspace.change-refused``, ``workspace.cannot-create``,
    ``workspace.no-folder``, each with ``path`` (and ``detail``; ``os_errno``
    when the cause is known, so the editor can say why).
    """

    code = "workspace.write-failed"


class WorkspaceExists(WorkspaceError, FileExistsError):
    """``Workspace.create`` refuses to overwrite an existing file."""

    code = "workspace.exists"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__()


class NotAWorkspace(WorkspaceError):
    """The file is not a PolicyEditor workspace (missing, text, empty, other SQLite...).

    Codes: ``workspace.missing``, ``workspace.is-folder``,
    ``workspace.permission``, ``workspace.unreadable`` (with ``detail``),
    ``workspace.empty``, ``workspace.foreign``, ``workspace.other-program``.
    """

    code = "workspace.foreign"

    def __init__(self, path: str, code: str, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        super().__init__(code)


class DamagedWorkspace(WorkspaceError):
    """The file is a workspace but its content is damaged (``problems``: diagnostics)."""

    code = "workspace.damaged"

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__()


class NewerSchema(WorkspaceError):
    """The workspace was written by a newer PolicyEditor."""

    code = "workspace.newer"

    def __init__(self, path: str, found: int, supported: int) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__()


class WorkspaceInUse(WorkspaceError):
    """Another process holds the workspace: ``workspace.in-use`` names the editor
    that has it open (``pid``, ``host``, ``user``, ``since``); ``workspace.busy``
    is a write lock of unknown holder."""

    code = "workspace.in-use"

    def __init__(
        self, path: str, *, pid: int | None = None, host: str = "", user: str = "",
        since: str = "",
    ) -> None:
        self.path = path
        self.pid = pid
        self.host = host
        self.user = user
        self.since = since
        super().__init__("workspace.busy" if pid is None else "workspace.in-use")


class ReadOnlyWorkspace(WorkspaceError):
    """A write was attempted on a workspace opened read-only."""

    code = "workspace.read-only"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__()


class VersionNotFound(WorkspaceError, LookupError):
    """No version has this label."""

    code = "version.not-found"

    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__()


class DuplicateLabel(WorkspaceError):
    """A version with this label already exists (labels are unique)."""

    code = "version.duplicate"

    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__()


class InvalidLabel(WorkspaceError, ValueError):
    """A version label must be non-empty text on one line."""

    code = "version.invalid-label"

    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__()


class VersionImmutable(WorkspaceError):
    """The version cannot change: ``version.published``, ``version.already-approved``,
    or ``version.immutable`` (the file's own protection refused, with ``detail``)."""

    code = "version.immutable"

    def __init__(self, label: str, code: str, detail: str = "") -> None:
        self.label = label
        self.detail = detail
        super().__init__(code)


class PublishRefused(WorkspaceError):
    """Publishing is refused: high-severity flags raised since the last published
    version (for a first publication, ``publish.refused-first``: since the
    previous saved version, ``base``) are not acknowledged, and no reason to
    publish anyway was given.

    ``flags`` are the open flags (``core.compare.result.Flag``), in reading order;
    ``count`` is how many (the sentence names it).
    """

    code = "publish.refused"

    def __init__(self, label: str, flags: Sequence[Flag], *,
                 versions: Sequence[Any] = ()) -> None:
        self.label = label
        self.flags = list(flags)
        self.count = len(self.flags)
        if versions:
            from policyeditor.core.review.gate import review_base

            base, published = review_base(versions, label)
            if base is not None and not published:
                # a first publication: the flags are those since the previous saved version
                self.code = "publish.refused-first"
                self.base = base
        super().__init__()


class ApprovalRequired(WorkspaceError):
    """Publishing is refused: the workspace requires an approval by someone other
    than the version's ``author`` (the second-approver setting) and there is none."""

    code = "publish.needs-approval"

    def __init__(self, label: str, author: str) -> None:
        self.label = label
        self.author = author
        super().__init__()


class OwnVersionApproval(WorkspaceError):
    """With the second-approver setting on, the version's ``author`` (or an
    approver without a name) tried to approve it."""

    code = "approve.own-version"

    def __init__(self, label: str, author: str) -> None:
        self.label = label
        self.author = author
        super().__init__()


class VersionNotPublished(WorkspaceError):
    """An evidence pack was asked for a version that is not published (``status``)."""

    code = "version.not-published"

    def __init__(self, label: str, status: str) -> None:
        self.label = label
        self.status = status
        super().__init__()
