"""The list of recently opened workspaces (newest first, existing files only)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from policyeditor.app.settings import RECENT_LIMIT, Settings


class RecentFiles(QObject):
    """Keeps ``Settings.recent_files`` ordered and free of duplicates."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def paths(self) -> list[str]:
        """Recent workspaces that still exist."""
        return [p for p in self._settings.recent_files if Path(p).is_file()]

    def add(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` first."""
        full = str(Path(path).resolve())
        items = [full] + [p for p in self._settings.recent_files if p != full]
        self._settings.recent_files = items[:RECENT_LIMIT]
        self._settings.last_workspace = full
        self.changed.emit()

    def clear(self) -> None:
        """Forget every entry."""
        self._settings.recent_files = []
        self.changed.emit()
