"""The main window: menus, toolbar, the three panes and the docks. Layout only.

Outline on the left, section editor in the centre, preview on the right (in one
splitter), versions and find/replace as docks. Behaviour lives in
``ui.controller``; this class places widgets and re-reads its texts when the
UI language changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QToolBar,
    QWidget,
)

from policyeditor.app.session import DocumentSession
from policyeditor.app.settings import LayoutStore
from policyeditor.ui.actions import Actions
from policyeditor.ui.common.icons import icon
from policyeditor.ui.common.naming import named
from policyeditor.ui.editing.find_replace import FindReplacePanel
from policyeditor.ui.editing.outline import OutlineView
from policyeditor.ui.editing.preview import PreviewPane
from policyeditor.ui.editing.section_editor import SectionEditor
from policyeditor.ui.versions.versions_panel import VersionsPanel

MENUS: dict[str, list[str | None]] = {
    "file": [
        "file_new",
        "file_open",
        "@recent",
        "file_import",
        None,
        "file_save",
        "file_save_as",
        None,
        "file_export_html",
        "file_export_pdf",
        None,
        "file_close",
        "file_quit",
    ],
    "edit": ["edit_undo", "edit_redo", None, "edit_find", "edit_find_next", None, "edit_settings"],
    "section": [
        "section_add",
        "section_add_child",
        "section_rename",
        "section_delete",
        None,
        "section_move_up",
        "section_move_down",
        "section_indent",
        "section_outdent",
    ],
    "view": ["view_preview", "view_versions", "@find_dock", "@toolbar"],
    "versions": [
        "version_save",
        "version_open",
        "version_restore",
        "version_publish",
        None,
        "version_export_html",
        "version_export_pdf",
    ],
    "review": [
        "review_compare",
        "review_flags",
        None,
        "review_import",
        "review_notice",
        None,
        "review_export_published_html",
        "review_export_published_pdf",
    ],
    "help": ["help_about"],
}
TOOLBAR = [
    "file_new",
    "file_open",
    "file_save",
    None,
    "edit_undo",
    "edit_redo",
    None,
    "section_add",
    "section_add_child",
    "section_delete",
    "section_move_up",
    "section_move_down",
    "section_outdent",
    "section_indent",
    None,
    "edit_find",
    "version_save",
    "view_preview",
]


class MainWindow(QMainWindow):
    """Top-level window of one document."""

    language_changed = Signal()  # texts owned by the controller must be re-read

    def __init__(self, layout_store: LayoutStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("policyeditor"))
        self.layout_store = layout_store
        self.close_guard: Callable[[], bool] | None = None
        self.commands = Actions(self)
        self.outline: OutlineView | None = None
        self.editor: SectionEditor | None = None
        self.preview: PreviewPane | None = None
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.versions_panel = VersionsPanel(self.commands)
        self.find_panel = FindReplacePanel()
        self.versions_dock = self._dock(
            "versions_dock", self.versions_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.find_dock = self._dock(
            "find_dock", self.find_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.versions_dock, self.find_dock)
        self.versions_dock.raise_()
        self.find_dock.hide()
        self.toolbar = named(QToolBar(), "main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(self.toolbar)
        for name in TOOLBAR:
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.commands[name])
        self.recent_menu = named(QMenu(self), "recent_menu")  # owned: closes with the window
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.position_label = named(QLabel(), "status_position")
        self.words_label = named(QLabel(), "status_words")
        self.save_label = named(QLabel(), "status_save")
        self.progress = named(QProgressBar(), "status_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        for widget in (self.progress, self.position_label, self.words_label, self.save_label):
            if isinstance(widget, QLabel):
                widget.setContentsMargins(10, 0, 10, 0)
            self.statusBar().addPermanentWidget(widget)
        self.resize(1280, 800)
        # Versions are consulted now and then; the writing panes get the height.
        self.resizeDocks([self.versions_dock], [170], Qt.Orientation.Vertical)
        self.retranslate()

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = named(QDockWidget(self), name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, items in MENUS.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif item == "@recent":
                    menu.addMenu(self.recent_menu)
                elif item == "@find_dock":
                    menu.addAction(self.find_dock.toggleViewAction())
                elif item == "@toolbar":
                    menu.addAction(self.toolbar.toggleViewAction())
                else:
                    menu.addAction(self.commands[item])

    def retranslate(self) -> None:
        """Re-read every text (menus, docks, status) in the current language."""
        titles = {
            "file": QCoreApplication.translate("MainWindow", "&File"),
            "edit": QCoreApplication.translate("MainWindow", "&Edit"),
            "section": QCoreApplication.translate("MainWindow", "&Section"),
            "view": QCoreApplication.translate("MainWindow", "&View"),
            "versions": QCoreApplication.translate("MainWindow", "Versio&ns"),
            "review": QCoreApplication.translate("MainWindow", "&Review"),
            "help": QCoreApplication.translate("MainWindow", "&Help"),
        }
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.versions_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Versions"))
        self.find_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Find and Replace"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
        self.commands.retranslate()
        self.find_dock.toggleViewAction().setText(
            QCoreApplication.translate("MainWindow", "&Find and Replace")
        )
        self.toolbar.toggleViewAction().setText(
            QCoreApplication.translate("MainWindow", "&Toolbar")
        )
        self.progress.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Export in progress")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def install_session(self, session: DocumentSession) -> None:
        """Create the panes for ``session`` (replacing those of a previous document)."""
        sizes = self.splitter.sizes() if self.splitter.count() == 3 else [300, 540, 440]
        for widget in (self.outline, self.editor, self.preview):
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.outline = OutlineView(session)
        self.editor = SectionEditor(session)
        self.preview = PreviewPane(session)
        for widget in (self.outline, self.editor, self.preview):
            self.splitter.addWidget(widget)
        # Right-click in the outline offers the section commands (same actions as the menu).
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.outline.addActions([self.commands[name] for name in MENUS["section"] if name])
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes(sizes)
        self.find_panel.set_session(session)
        self.versions_panel.set_workspace(session.workspace)

    # A read-only version window has no Versions panel; closing it last must not
    # make the editor start without one next time, so it remembers nothing.
    remember_layout = True

    def restore_layout(self) -> None:
        """Geometry and dock state from the last session, if any."""
        geometry = self.layout_store.load("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.layout_store.load("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.layout_store.load("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        """Remember geometry and dock state."""
        self.layout_store.save("main/geometry", self.saveGeometry())
        self.layout_store.save("main/state", self.saveState())
        self.layout_store.save("main/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()
            return
        if self.remember_layout:
            self.save_layout()
        event.accept()
