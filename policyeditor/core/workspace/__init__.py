"""Single-file workspace (``*.policy``): draft, immutable versions, history, reviews.

See DESIGN.md §4. In brief:

- ``Workspace.create(path, policy)`` / ``Workspace.open(path, readonly=...,
  exclusive=...)``; a context manager. Every error is a typed
  :class:`WorkspaceError` (a ``PolicyEditorError``); a refused file is never
  written to.
- The editor opens with ``exclusive=True`` (one editor per file; the second is
  told who has it, :class:`WorkspaceInUse`), calls ``save_draft`` on every
  debounced change (cheap: only changed sections are written, nothing when
  nothing changed) and ``heartbeat()`` about once a minute. The command line
  opens shared (default) or ``readonly=True``.
- ``replace_draft(policy, detail=source)`` replaces the draft with an imported
  revision and logs an ``import`` event in one transaction (match ids first
  with ``policyeditor.core.idmatch.carry_over_ids``).
- Versions: ``save_version``, ``versions`` (oldest first), ``version``,
  ``load_version`` (ids preserved), ``approve``, ``publish`` (``override``
  reason logged), ``set_version_notice``. Published versions, and the texts
  they are built from, are protected by triggers in the file itself.
- ``events()`` kinds written here: ``save-version``, ``approve``, ``publish``,
  ``override`` (detail = reason), ``import`` (``replace_draft``); callers may
  add their own with ``record_event``.
- ``check()`` lists problems: SQLite integrity, missing protective triggers,
  every stored text against its hash, every version against its fingerprint.
"""

from policyeditor.core.workspace.errors import (
    ApprovalRequired,
    DamagedWorkspace,
    DuplicateLabel,
    InvalidLabel,
    NewerSchema,
    NotAWorkspace,
    OwnVersionApproval,
    ReadOnlyWorkspace,
    VersionImmutable,
    VersionNotFound,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceInUse,
)
from policyeditor.core.workspace.locking import LockHolder
from policyeditor.core.workspace.records import Acknowledgement, VersionInfo, WorkspaceEvent
from policyeditor.core.workspace.schema import SCHEMA_VERSION
from policyeditor.core.workspace.store import Workspace

__all__ = [
    "SCHEMA_VERSION",
    "Acknowledgement",
    "ApprovalRequired",
    "DamagedWorkspace",
    "DuplicateLabel",
    "InvalidLabel",
    "LockHolder",
    "NewerSchema",
    "NotAWorkspace",
    "OwnVersionApproval",
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
