"""Resolve a command-line SOURCE into a policy (DESIGN.md §5).

A SOURCE names a plain-text, Markdown or Word (.docx) file, a workspace (its
draft) or ``WS.policy@LABEL`` (a saved version). Files are read by
:func:`policyeditor.core.importing.import_file`, which tells the formats apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from policyeditor.core.canonical import fingerprint
from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class LoadedSource:
    """A policy together with where it came from and which version it is."""

    policy: Policy
    source: str
    label: str | None
    fingerprint: str
    created: str | None = None
    status: str | None = None
    notice: str | None = None
    warnings: tuple[InputWarning, ...] = ()

    @property
    def is_version(self) -> bool:
        """True for a saved version (``WS.policy@LABEL``), False for drafts and files."""
        return self.label is not None


def is_workspace_path(path: Path) -> bool:
    """A ``.policy`` name or SQLite content means: treat as a workspace."""
    if path.suffix.lower() == ".policy":
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def split_spec(spec: str) -> tuple[Path, str | None]:
    """``"a.policy@2.0"`` -> (a.policy, "2.0"); a plain existing path has no label."""
    path = Path(spec)
    if path.exists() or "@" not in spec:
        return path, None
    head, _, label = spec.rpartition("@")
    return Path(head), label


def load_source(spec: str, *, language: str | None = None) -> LoadedSource:
    """Load a SOURCE; raises a PolicyEditorError subclass for anything unusable."""
    path, label = split_spec(spec)
    if not path.exists():
        raise InputError(str(path), "input.not-found")
    if path.is_dir():
        raise InputError(str(path), "input.folder")
    if label is not None or is_workspace_path(path):
        return _load_from_workspace(path, label, spec)
    result = import_file(path, language=language)
    return LoadedSource(
        policy=result.policy,
        source=spec,
        label=None,
        fingerprint=fingerprint(result.policy),
        warnings=tuple(result.warnings),
    )


def _load_from_workspace(path: Path, label: str | None, spec: str) -> LoadedSource:
    # imported here: comparing two plain files should not pay for SQLite
    from policyeditor.core.workspace import Workspace

    with Workspace.open(path, readonly=True) as workspace:
        if label is None:
            policy = workspace.load_draft()
            return LoadedSource(policy, spec, None, fingerprint(policy))
        info = workspace.version(label)
        policy = workspace.load_version(label)
        return LoadedSource(
            policy,
            spec,
            info.label,
            info.fingerprint,
            created=info.created,
            status=info.status,
            notice=info.notice or None,
        )
