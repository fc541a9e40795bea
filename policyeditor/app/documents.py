"""Opening, importing and saving documents: files in, DocumentSession out.

A ``.policy`` file is opened as a workspace held exclusively by this editor
(another instance gets ``WorkspaceInUse``); a ``.md``/``.txt``/``.docx`` file or a saved
web page (``.html``/``.htm``) is imported
into a new, unsaved document that asks where to save. Errors are the typed
``PolicyEditorError`` family; the UI words them for the user.
"""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path

from policyeditor.app.session import DocumentSession
from policyeditor.core.errors import InputError, PolicyEditorError
from policyeditor.core.model import Policy

WORKSPACE_SUFFIX = ".policy"
IMPORT_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".docx", ".html", ".htm")
SAMPLE_NAME = "exempel-sekretesspolicy.txt"


def is_workspace_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` should be opened as a workspace (by name or by content)."""
    p = Path(path)
    if p.suffix.lower() == WORKSPACE_SUFFIX:
        return True
    try:
        with p.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def open_workspace(path: str, *, readonly: bool = False) -> DocumentSession:
    """Open a workspace's draft for editing (exclusively)."""
    from policyeditor.core.workspace import Workspace

    workspace = Workspace.open(path, readonly=readonly, exclusive=not readonly)
    try:
        policy = workspace.load_draft()
    except BaseException:
        workspace.close()
        raise
    return DocumentSession(
        policy, path=str(Path(path).resolve()), workspace=workspace, readonly=readonly
    )


def import_document(path: str) -> DocumentSession:
    """Import a Markdown, plain-text or Word file into a new unsaved document."""
    from policyeditor.core.importing import import_file

    result = import_file(path)
    session = DocumentSession(result.policy)
    session.source_format = str(getattr(result, "format", "") or "")
    session.source_path = str(Path(path).resolve())
    session.import_warnings = list(getattr(result, "warnings", []) or [])  # type: ignore[attr-defined]
    session.suggested_name = Path(path).stem + WORKSPACE_SUFFIX  # type: ignore[attr-defined]
    # An import is unsaved work: keep it "modified" until it has a workspace.
    session.undo_stack.resetClean()
    return session


def open_path(path: str) -> DocumentSession:
    """Open a workspace or import a text file, by what ``path`` is."""
    if not Path(path).exists():
        raise InputError(path, "input.not-found")
    if Path(path).is_dir():
        raise InputError(path, "input.folder")
    if is_workspace_file(path):
        return open_workspace(path)
    return import_document(path)


def sample_text() -> str:
    """The built-in sample policy (Swedish, numbered plain text)."""
    ref = resources.files("policyeditor.resources") / "templates" / SAMPLE_NAME
    return ref.read_text(encoding="utf-8")


def sample_policy() -> Policy:
    """The built-in sample as a policy."""
    from policyeditor.core.importing import import_text

    return import_text(sample_text(), language="sv").policy


def new_document(policy: Policy | None = None) -> DocumentSession:
    """A new unsaved document (the sample policy by default)."""
    session = DocumentSession(policy if policy is not None else sample_policy())
    if policy is None:
        from policyeditor.app.autosave import SAMPLE_SOURCE

        session.source_path = SAMPLE_SOURCE
    session.suggested_name = "policy" + WORKSPACE_SUFFIX  # type: ignore[attr-defined]
    return session


def save_as(session: DocumentSession, path: str) -> None:
    """Write the document into a new workspace at ``path`` and continue there.

    An existing file at ``path`` is replaced only after the new workspace has
    been written completely next to it (temp name + ``os.replace``).
    """
    from policyeditor.core.workspace import Workspace

    target = Path(path).resolve()
    if session.workspace is not None and session.path == str(target):
        session.workspace.save_draft(session.policy)
        session.mark_saved()
        return
    if target.exists() and is_workspace_file(target):
        # Never replace a workspace another editor is working in.
        Workspace.open(str(target), exclusive=True).close()
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    try:
        Workspace.create(str(temp), session.policy).close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    workspace = Workspace.open(str(target), exclusive=True)
    old = session.workspace
    session.attach(str(target), workspace)
    if old is not None:
        old.close()
    session.readonly = False
    session.version_label = None
    session.mark_saved()


def close_session(session: DocumentSession) -> None:
    """Release the session's workspace (its editing lock) and silence the session."""
    session.dispose()
    if session.workspace is not None:
        with contextlib.suppress(PolicyEditorError):
            session.workspace.close()
        session.workspace = None
