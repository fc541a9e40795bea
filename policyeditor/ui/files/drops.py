"""Files dropped onto the editor window open as File ▸ Open would open them.

The filter sits on the main window and on every child that takes drops
itself (the text editors would otherwise paste the file's path as text).
Only drags that carry a local file PolicyEditor can open are taken; any other
drag (text between editors, a web link) goes on to the widget as before.
The file is opened after the drop has finished, because opening may ask
about unsaved work in a modal dialog and a drop handler must not block.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from policyeditor.app.documents import IMPORT_SUFFIXES, WORKSPACE_SUFFIX

OPEN_SUFFIXES = frozenset({WORKSPACE_SUFFIX, *IMPORT_SUFFIXES})
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_file(mime: QMimeData | None) -> str | None:
    """The first local file in a drag that the editor can open, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = url.toLocalFile()
            if Path(path).suffix.lower() in OPEN_SUFFIXES:
                return path
    return None


class FileDrops(QObject):
    """Opens files dropped onto ``window`` with ``open_file``."""

    def __init__(self, window: QWidget, open_file: Callable[[str], object]) -> None:
        super().__init__(window)
        self._open_file = open_file
        self._window = window
        window.setAcceptDrops(True)
        self.watch()

    def watch(self) -> None:
        """Watch the window and its drop-taking children (again after new panes)."""
        window = self._window
        window.installEventFilter(self)  # installing twice still filters once
        for child in window.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)
                if isinstance(child, QAbstractScrollArea):
                    # a scroll area's drags arrive at its viewport
                    child.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() not in _DRAG_EVENTS:
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        path = dropped_file(event.mimeData())
        if path is None:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, self, lambda: self._open_file(path))
        return True
