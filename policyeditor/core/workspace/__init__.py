"""Single-file workspace (``*.policy``): draft, immutable versions, history, reviews.

See DESIGN.md §4. ``Workspace.create`` / ``Workspace.open`` are the entry points;
every error is a typed :class:`WorkspaceError` (a ``PolicyEditorError``).
"""

from policyeditor.core.workspace.errors import (
    DamagedWorkspace,
    DuplicateLabel,
    InvalidLabel,
    NewerSchema,
    NotAWorkspace,
    ReadOnlyWorkspace,
    VersionImmutable,
    VersionNotFound,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceInUse,
)
from policyeditor.core.workspace.records import Acknowledgement, VersionInfo, WorkspaceEvent
from policyeditor.core.workspace.schema import SCHEMA_VERSION
from policyeditor.core.workspace.store import Workspace

__all__ = [
    "SCHEMA_VERSION",
    "Acknowledgement",
    "DamagedWorkspace",
    "DuplicateLabel",
    "InvalidLabel",
    "NewerSchema",
    "NotAWorkspace",
    "ReadOnlyWorkspace",
    "VersionImmutable",
    "VersionInfo",
    "VersionNotFound",
    "Workspace",
    "WorkspaceError",
    "WorkspaceEvent",
    "WorkspaceExists",
    "WorkspaceInUse",
]
