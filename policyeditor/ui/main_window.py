"""The main window: menus, toolbar, the three panes and the docks. Layout only.

Outline on the left, section editor in the centre, preview on the right (in one
splitter), versions and find/replace as docks. The menus and the toolbar are
built from the features' action collections (files, editing, versions,
review, export, settings); behaviour lives in the features' commands, composed
by ``ui.controller``. This class places widgets and re-reads its texts when the
UI language changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.session import DocumentSession
from policyeditor.app.settings import LayoutStore
from policyeditor.ui.checking.actions import CheckingActions
from policyeditor.ui.checking.problems_panel import ProblemsPanel
from policyeditor.ui.comments.actions import CommentActions
from policyeditor.ui.common.action_collection import ActionCollection
from policyeditor.ui.common.icons import icon
from policyeditor.ui.common.naming import named
from policyeditor.ui.editing.actions import EditingActions
from policyeditor.ui.editing.find_replace import FindReplacePanel
from policyeditor.ui.editing.outline import OutlineView
from policyeditor.ui.editing.preview import PreviewPane
from policyeditor.ui.editing.section_editor import SectionEditor
from policyeditor.ui.export.actions import ExportActions
from policyeditor.ui.files.actions import FileActions
from policyeditor.ui.review.actions import ReviewActions
from policyeditor.ui.settings.actions import SettingsActions
from policyeditor.ui.versions.actions import VersionActions
from policyeditor.ui.versions.review_banner import ReviewBanner
from policyeditor.ui.versions.versions_panel import VersionsPanel

RECENT, FIND_DOCK, TOOLBAR = "@recent", "@find_dock", "@toolbar"  # placed by the window
Item = QAction | str | None  # None: a separator


class MainWindow(QMainWindow):
    """Top-level window of one document."""

    language_changed = Signal()  # texts owned by the controller must be re-read
    panes_installed = Signal()  # new document panes exist (file drops watch them)

    def __init__(self, layout_store: LayoutStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("policyeditor"))
        self.layout_store = layout_store
        self.close_guard: Callable[[], bool] | None = None
        self.file_actions = FileActions(self)
        self.editing_actions = EditingActions(self)
        self.version_actions = VersionActions(self)
        self.review_actions = ReviewActions(self)
        self.comment_actions = CommentActions(self)
        self.export_actions = ExportActions(self)
        self.settings_actions = SettingsActions(self)
        self.checking_actions = CheckingActions(self)
        self.collections: tuple[ActionCollection, ...] = (
            self.file_actions,
            self.editing_actions,
            self.version_actions,
            self.review_actions,
            self.comment_actions,
            self.export_actions,
            self.settings_actions,
            self.checking_actions,
        )
        self.outline: OutlineView | None = None
        self.editor: SectionEditor | None = None
        self.preview: PreviewPane | None = None
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "main_splitter")
        self.splitter.setChildrenCollapsible(False)
        # the overdue-review banner sits above the panes, so nobody misses it
        self.review_banner = ReviewBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.review_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        v = self.version_actions
        self.versions_panel = VersionsPanel(
            [v.version_save, v.version_open, v.version_restore, v.version_approve,
             self.review_actions.version_publish]
        )
        self.find_panel = FindReplacePanel()
        self.versions_dock = self._dock(
            "versions_dock", self.versions_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.find_dock = self._dock(
            "find_dock", self.find_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.problems_panel = ProblemsPanel()
        self.problems_dock = self._dock(
            "problems_dock", self.problems_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.versions_dock, self.find_dock)
        self.tabifyDockWidget(self.versions_dock, self.problems_dock)
        self.versions_dock.raise_()
        self.find_dock.hide()
        self.toolbar = named(QToolBar(), "main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(self.toolbar)
        for action in self._toolbar_items():
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
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

    def _menu_items(self) -> dict[str, list[Item]]:
        """Every menu's contents, in order, from the features' collections."""
        f, e, v = self.file_actions, self.editing_actions, self.version_actions
        r, x, s = self.review_actions, self.export_actions, self.settings_actions
        c = self.comment_actions
        return {
            "file": [
                f.file_new, f.file_open, RECENT, f.file_import, None,
                f.file_save, f.file_save_as, None,
                x.file_export, x.version_evidence, x.file_print_preview, x.file_print, None,
                f.file_close, f.file_quit,
            ],
            "edit": [e.edit_undo, e.edit_redo, None, e.edit_find, e.edit_find_next, None,
                     s.edit_settings],
            "section": [
                e.section_add, e.section_add_child, e.section_rename, e.section_delete, None,
                e.section_move_up, e.section_move_down, e.section_indent, e.section_outdent,
            ],
            "view": [e.view_preview, v.view_versions, c.view_comments, FIND_DOCK, TOOLBAR, None,
                     self.checking_actions.view_spelling, self.checking_actions.view_problems],
            "versions": [
                v.version_save, v.version_open, v.version_restore, v.version_approve,
                r.version_publish, None, v.version_settings, None,
                x.version_export, x.version_evidence,
            ],
            "review": [
                r.review_compare, r.review_flags, None, c.comment_new, None,
                r.review_import, r.review_notice, None,
                x.review_export_published,
            ],
            "help": [s.help_guide, s.help_shortcuts, None, s.help_about],
        }

    def _toolbar_items(self) -> list[QAction | None]:
        f, e, v = self.file_actions, self.editing_actions, self.version_actions
        return [
            f.file_new, f.file_open, f.file_save, None,
            e.edit_undo, e.edit_redo, None,
            e.section_add, e.section_add_child, e.section_delete, e.section_move_up,
            e.section_move_down, e.section_outdent, e.section_indent, None,
            e.edit_find, v.version_save, e.view_preview,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, items in self._menu_items().items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, QAction):
                    menu.addAction(item)
                elif item == RECENT:
                    menu.addMenu(self.recent_menu)
                elif item == FIND_DOCK:
                    menu.addAction(self.find_dock.toggleViewAction())
                elif item == TOOLBAR:
                    menu.addAction(self.toolbar.toggleViewAction())

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
        self.problems_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Problems"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
        for collection in self.collections:
            collection.translate_ui()
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
        self.outline.addActions(self.editing_actions.section_actions())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes(sizes)
        self.find_panel.set_session(session)
        self.versions_panel.set_workspace(session.workspace)
        self.review_banner.show_for(session.workspace)
        self.panes_installed.emit()

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
