"""The versions panel: saved versions of the workspace with their status.

The list is read from the workspace (never cached beyond a refresh); the
buttons are the window's version actions (save, open, restore, publish), so
menus, toolbar and panel stay in step. Double-clicking a version opens it
read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.errors import PolicyEditorError
from policyeditor.ui.common.naming import named
from policyeditor.ui.versions.timeline import VersionTimeline


def status_label(status: str) -> str:
    """Translated name of a version status."""
    names = {
        "draft": QCoreApplication.translate("VersionsPanel", "Saved"),
        "approved": QCoreApplication.translate("VersionsPanel", "Approved"),
        "published": QCoreApplication.translate("VersionsPanel", "Published"),
    }
    return names.get(status, status)


def local_time(iso: str) -> str:
    """A stored UTC time as the user's local ``YYYY-MM-DD HH:MM`` (as written if unparseable)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso.replace("T", " ")[:16]
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


class VersionsPanel(QWidget):
    """List of versions plus save/open/restore/publish buttons."""

    selection_changed = Signal()
    open_requested = Signal(str)

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versions_panel")
        self._workspace: Any = None
        self.tree = named(QTreeWidget(), "versions_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(5)
        self.tree.itemSelectionChanged.connect(self.selection_changed)
        # the selected version's audit trail: who saved, approved, signed off, published
        self.timeline = VersionTimeline()
        self.selection_changed.connect(self._show_timeline)
        self.tree.itemDoubleClicked.connect(
            lambda item, _col: self.open_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.empty_label = named(QLabel(), "versions_empty")
        self.empty_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(buttons)
        box.addWidget(self.tree, 1)
        box.addWidget(self.timeline, 1)
        box.addWidget(self.empty_label)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("VersionsPanel", "Label"),
                QCoreApplication.translate("VersionsPanel", "Status"),
                QCoreApplication.translate("VersionsPanel", "Author"),
                QCoreApplication.translate("VersionsPanel", "Saved"),
                QCoreApplication.translate("VersionsPanel", "Note"),
            ]
        )
        self.tree.setAccessibleName(QCoreApplication.translate("VersionsPanel", "Saved versions"))
        self.timeline.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_workspace(self, workspace: Any) -> None:
        """Show the versions of ``workspace`` (None: the document has no workspace yet)."""
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """Re-read the versions."""
        self.tree.clear()
        try:
            versions = list(self._workspace.versions()) if self._workspace is not None else []
            overrides = self._overrides()
        except (PolicyEditorError, sqlite3.Error):
            versions = []  # closed or unreadable: show nothing rather than fail a repaint
            overrides = {}
        for info in versions:
            created = local_time(str(info.created or ""))
            item = QTreeWidgetItem(
                [
                    info.label,
                    status_label(info.status),
                    info.author or "",
                    created,
                    (info.note or "").replace("\n", " "),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.label)
            item.setData(1, Qt.ItemDataRole.UserRole, info.status)
            item.setToolTip(4, info.note or "")
            item.setToolTip(0, str(info.fingerprint or ""))
            if info.label in overrides:
                # publishing past open flags is recorded with a reason: show it where
                # the version is, not only in the history log
                item.setToolTip(1, overrides[info.label])
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if self._workspace is None:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "VersionsPanel", "Save the document as a workspace file to keep versions."
                )
            )
        elif not versions:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "VersionsPanel", "No versions yet. Save Version keeps the draft as it is now."
                )
            )
        self.empty_label.setVisible(self._workspace is None or not versions)
        self.tree.setVisible(bool(versions))
        self.selection_changed.emit()

    def _show_timeline(self) -> None:
        self.timeline.show_version(self._workspace, self.selected_label(), local_time)

    def _overrides(self) -> dict[str, str]:
        """Label → "published past open flags by X: reason", from the history log."""
        if self._workspace is None:
            return {}
        return {
            str(event.label): QCoreApplication.translate(
                "VersionsPanel", "Published despite open flags by %1: %2"
            ).replace("%1", event.author or "?").replace("%2", event.detail)
            for event in self._workspace.events()
            if event.kind == "override" and event.label
        }

    def selected_label(self) -> str:
        """Label of the selected version ('' if none)."""
        items = self.tree.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else ""

    def selected_status(self) -> str:
        """Status of the selected version (``draft``/``approved``/``published``; '' if none)."""
        items = self.tree.selectedItems()
        return str(items[0].data(1, Qt.ItemDataRole.UserRole) or "") if items else ""

    def select_label(self, label: str) -> None:
        """Select the version called ``label``."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == label:
                self.tree.setCurrentItem(item)
                return
