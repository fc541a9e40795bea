"""Debounced autosave of the draft into its workspace.

Every document change restarts a single-shot timer (the settings' interval,
at most 2 s); when it fires the draft is written and the undo stack marked
clean. A document without a workspace (new or imported, not yet saved) is
written into a recovery workspace in the data folder instead, so a crash never
loses it; the file is removed once the document has a home or is discarded.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from policyeditor.app import paths
from policyeditor.app.session import DocumentSession
from policyeditor.app.settings import Settings
from policyeditor.core.errors import PolicyEditorError

RECOVERY_PREFIX = "unsaved-"
# Where the unsaved document came from, stored in its recovery copy so the next
# start can offer the copy when that same file is opened again.
SOURCE_KEY = "recovery.source"
SAMPLE_SOURCE = "sample:"  # the built-in sample policy


class Autosaver(QObject):
    """Writes the session's draft shortly after the last change."""

    saved = Signal()
    failed = Signal(object)  # the exception: the window words it for the user

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._session: DocumentSession | None = None
        self._recovery: object | None = None
        self._recovery_path: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def watch(self, session: DocumentSession | None) -> None:
        """Follow ``session`` (None: stop)."""
        if self._session is not None:
            if self._session.workspace is not None:
                self.flush()
            self._timer.stop()
            self._session.changed.disconnect(self._schedule)
            self.discard_recovery()
        self._session = session
        if session is not None:
            session.changed.connect(self._schedule)

    @property
    def pending(self) -> bool:
        """A change waits to be written."""
        return self._timer.isActive()

    def _schedule(self) -> None:
        self._timer.start(self._settings.autosave_interval_ms)

    def flush(self) -> None:
        """Write now if anything is pending."""
        self._timer.stop()
        session = self._session
        if session is None or session.readonly or not session.is_modified:
            return
        try:
            if session.workspace is not None:
                session.workspace.save_draft(session.policy)
                session.mark_saved()
                self.discard_recovery()
            else:
                self._save_recovery(session)
            self.saved.emit()
        except (PolicyEditorError, OSError) as exc:
            self.failed.emit(exc)

    def _save_recovery(self, session: DocumentSession) -> None:
        from policyeditor.core.workspace import Workspace

        if self._recovery is None:
            self._recovery_path = paths.recovery_dir() / f"{RECOVERY_PREFIX}{os.getpid()}.policy"
            if self._recovery_path.exists():
                self._recovery_path.unlink()
            self._recovery = Workspace.create(str(self._recovery_path), session.policy)
            self._recovery.set_setting(SOURCE_KEY, session.source_path)
        else:
            self._recovery.save_draft(session.policy)  # type: ignore[attr-defined]

    def discard_recovery(self) -> None:
        """Remove the recovery copy (the document was saved or deliberately discarded)."""
        if self._recovery is not None:
            with contextlib.suppress(PolicyEditorError):
                self._recovery.close()  # type: ignore[attr-defined]
            self._recovery = None
        if self._recovery_path is not None:
            self._recovery_path.unlink(missing_ok=True)
            self._recovery_path = None


def leftover_recoveries() -> list[Path]:
    """Recovery workspaces left behind by editors that did not close normally.

    A copy of a running editor (this one included: its own copy is live) is
    not left behind.
    """
    found = []
    for path in sorted(paths.recovery_dir().glob(f"{RECOVERY_PREFIX}*.policy")):
        pid_text = path.stem[len(RECOVERY_PREFIX) :]
        if pid_text.isdigit() and _alive(int(pid_text)):
            continue
        found.append(path)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
