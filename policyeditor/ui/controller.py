"""Behaviour of one editor window: actions → session commands, session → window state.

The controller owns the current DocumentSession, its autosaver and the export
runner, and connects the window's actions. File handling and versions/export
live in the mixins ``FileCommands`` and ``VersionCommands`` to keep each
module small; this module holds the editing, outline and view commands and
keeps the title, status bar and action states in step with the session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from policyeditor.app.autosave import Autosaver
from policyeditor.app.export_runner import ExportRunner
from policyeditor.app.i18n import TranslationManager
from policyeditor.app.recent_files import RecentFiles
from policyeditor.app.session import DocumentSession
from policyeditor.app.settings import Settings
from policyeditor.core.model import find, iter_sections
from policyeditor.ui.common.dialogs import Dialogs
from policyeditor.ui.editing.commands import SectionCommands
from policyeditor.ui.files.commands import FileCommands
from policyeditor.ui.main_window import MainWindow
from policyeditor.ui.review.commands import ReviewCommands
from policyeditor.ui.settings.about_dialog import AboutDialog
from policyeditor.ui.settings.settings_dialog import SettingsDialog
from policyeditor.ui.versions.commands import VersionCommands

HEARTBEAT_MS = 60_000
STATUS_DELAY_MS = 250


class EditorController(FileCommands, ReviewCommands, VersionCommands, SectionCommands, QObject):
    """Drives one MainWindow."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        *,
        dialogs: Dialogs | None = None,
        translations: TranslationManager | None = None,
        open_window: Callable[[DocumentSession], None] | None = None,
    ) -> None:
        QObject.__init__(self, window)
        self.window = window
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.translations = translations
        self.open_window = open_window
        self.session: DocumentSession | None = None
        self.autosaver = Autosaver(settings, self)
        self.autosaver.saved.connect(self._update_save_state)
        self.autosaver.failed.connect(self._autosave_failed)
        self.exporter = ExportRunner(self)
        self.exporter.started.connect(lambda _t: self.window.progress.show())
        self.exporter.finished.connect(self._export_done)
        self.exporter.failed.connect(self._export_failed)
        self.recent = RecentFiles(settings, self)
        self.recent.changed.connect(self._rebuild_recent_menu)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._update_status)
        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start()
        window.close_guard = self.confirm_close
        self._connect_actions()
        window.language_changed.connect(self._retranslate)
        self._rebuild_recent_menu()
        settings.changed.connect(self._setting_changed)
        a = window.commands
        a.view_preview.setChecked(settings.preview_visible)
        a.view_versions.setChecked(True)

    # -- wiring -----------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.window.commands
        handlers: dict[str, Callable[[], object]] = {
            "file_new": self.new_document,
            "file_open": self.open_dialog,
            "file_import": self.import_dialog,
            "file_save": self.save,
            "file_save_as": self.save_as_dialog,
            "file_export_html": lambda: self.export_draft("html"),
            "file_export_pdf": lambda: self.export_draft("pdf"),
            "file_close": self.window.close,
            "file_quit": self.quit,
            "edit_undo": self.undo,
            "edit_redo": self.redo,
            "edit_find": self.show_find,
            "edit_find_next": self.find_next,
            "edit_settings": self.show_settings,
            "section_add": self.add_section,
            "section_add_child": self.add_subsection,
            "section_delete": self.delete_section,
            "section_rename": self.rename_section,
            "section_move_up": lambda: self._structural("move_up"),
            "section_move_down": lambda: self._structural("move_down"),
            "section_indent": lambda: self._structural("indent"),
            "section_outdent": lambda: self._structural("outdent"),
            "version_save": self.save_version,
            "version_open": self.open_version,
            "version_restore": self.restore_version,
            "version_publish": self.publish_version,
            "version_export_html": lambda: self.export_version("html"),
            "version_export_pdf": lambda: self.export_version("pdf"),
            "help_about": lambda: self.dialogs.exec(AboutDialog(self.window)),
            "review_compare": self.open_compare,
            "review_flags": self.show_flags,
            "review_import": self.import_revision,
            "review_notice": self.edit_release_notice,
            "review_export_published_html": lambda: self.export_published("html"),
            "review_export_published_pdf": lambda: self.export_published("pdf"),
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: h())
        a.view_preview.toggled.connect(self._toggle_preview)
        a.view_versions.toggled.connect(self.window.versions_dock.setVisible)
        self.window.versions_dock.toggleViewAction().toggled.connect(a.view_versions.setChecked)
        self.window.versions_panel.selection_changed.connect(self._update_actions)
        self.window.versions_panel.open_requested.connect(lambda _label: self.open_version())
        self.window.find_panel.match_activated.connect(self.go_to_match)

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session`` in the window (the previous one is closed)."""
        old = self.session
        self.autosaver.watch(None)
        if old is not None:
            from policyeditor.app.documents import close_session

            close_session(old)
        self.session = session
        self.close_stale_compare()
        self.window.install_session(session)
        editor = self.window.editor
        assert editor is not None
        editor.set_editor_font(self.settings.editor_font)
        editor.set_readonly(session.readonly)
        editor.cursor_moved.connect(self._status_timer.start)
        stack = session.undo_stack
        a = self.window.commands
        stack.canUndoChanged.connect(lambda _v: self._update_undo())
        stack.canRedoChanged.connect(lambda _v: self._update_undo())
        stack.undoTextChanged.connect(lambda _t: self._update_undo())
        stack.redoTextChanged.connect(lambda _t: self._update_undo())
        session.modified_changed.connect(self._update_title)
        session.modified_changed.connect(lambda _m: self._update_save_state())
        session.metadata_changed.connect(self._update_title)
        session.file_changed.connect(self._update_title)
        session.file_changed.connect(
            lambda: self.window.versions_panel.set_workspace(session.workspace)
        )
        session.current_changed.connect(lambda _id: self._update_actions())
        session.current_changed.connect(lambda _id: self._status_timer.start())
        session.structure_changed.connect(self._update_actions)
        session.changed.connect(self._status_timer.start)
        if not session.readonly:
            self.autosaver.watch(session)
        self._toggle_preview(a.view_preview.isChecked())
        first = session.ordered_ids()[:1]
        session.set_current(first[0] if first else "")
        if self.window.outline is not None:
            self.window.outline.select_section(session.current_section_id)
        editor.show_section(session.current_section_id)
        self._update_title()
        self._update_undo()
        self._update_actions()
        self._update_status()
        self._update_save_state()

    def _retranslate(self) -> None:
        self._update_title()
        self._update_undo()
        self._update_status()
        self._update_save_state()
        self._rebuild_recent_menu()

    # -- window state -------------------------------------------------------
    def document_name(self) -> str:
        """Short name for titles and messages."""
        s = self.session
        if s is None:
            return ""
        if s.path:
            return Path(s.path).name
        return QCoreApplication.translate("Controller", "Unsaved policy")

    def _update_title(self) -> None:
        s = self.session
        if s is None:
            return
        title = s.policy.title.strip() or QCoreApplication.translate(
            "Controller", "Untitled policy"
        )
        name = self.document_name()
        if s.version_label:
            name = f"{name} @ {s.version_label} " + QCoreApplication.translate(
                "Controller", "(read-only)"
            )
        self.window.setWindowTitle(f"{title} — {name}[*] — PolicyEditor")
        self.window.setWindowModified(s.is_modified and not s.readonly)

    def _update_undo(self) -> None:
        # RuntimeError: the stack is being destroyed together with its session.
        with contextlib.suppress(RuntimeError):
            self._show_undo_state()

    def _show_undo_state(self) -> None:
        s = self.session
        a = self.window.commands
        stack = s.undo_stack if s else None
        a.edit_undo.setEnabled(bool(stack and stack.canUndo()))
        a.edit_redo.setEnabled(bool(stack and stack.canRedo()))
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        a.edit_undo.setText(
            QCoreApplication.translate("Controller", "&Undo %1").replace("%1", undo_text).strip()
            if undo_text
            else QCoreApplication.translate("Actions", "&Undo")
        )
        a.edit_redo.setText(
            QCoreApplication.translate("Controller", "&Redo %1").replace("%1", redo_text).strip()
            if redo_text
            else QCoreApplication.translate("Actions", "&Redo")
        )

    def _update_actions(self) -> None:
        s = self.session
        a = self.window.commands
        editable = s is not None and not s.readonly
        current = s.current_section_id if s else ""
        ref = find(s.policy, current) if s and current else None
        siblings = (
            (ref.parent.children if ref and ref.parent else s.policy.sections) if ref and s else []
        )
        a.section_add.setEnabled(editable)
        a.section_add_child.setEnabled(editable)
        for name in ("section_delete", "section_rename"):
            a[name].setEnabled(editable and ref is not None)
        a.section_move_up.setEnabled(editable and ref is not None and ref.index > 0)
        a.section_indent.setEnabled(editable and ref is not None and ref.index > 0)
        a.section_move_down.setEnabled(
            editable and ref is not None and ref.index + 1 < len(siblings)
        )
        a.section_outdent.setEnabled(editable and ref is not None and ref.parent is not None)
        a.file_import.setEnabled(editable)
        a.file_save.setEnabled(editable)
        a.file_save_as.setEnabled(editable)
        self.window.find_panel.set_readonly(not editable)
        has_ws = s is not None and s.workspace is not None
        selected = bool(self.window.versions_panel.selected_label())
        a.version_save.setEnabled(editable)
        for name in (
            "version_open",
            "version_restore",
            "version_publish",
            "version_export_html",
            "version_export_pdf",
        ):
            a[name].setEnabled(has_ws and selected)
        a.version_restore.setEnabled(has_ws and selected and editable)
        self._update_review_actions()

    def _update_status(self) -> None:
        s = self.session
        w = self.window
        if s is None or w.editor is None:
            return
        current = s.current_section_id
        total_sections = sum(1 for _ in iter_sections(s.policy.sections))
        if current:
            w.position_label.setText(
                QCoreApplication.translate("Controller", "Section %1 of %2")
                .replace("%1", s.number_of(current))
                .replace("%2", str(total_sections))
            )
        else:
            w.position_label.setText(QCoreApplication.translate("Controller", "Title and preamble"))
        here = w.editor.word_count()
        total = len(s.policy.preamble.split()) + sum(
            len(x.body.split()) + len(x.heading.split()) for x in iter_sections(s.policy.sections)
        )
        template = (  # a text just begun: "1 word", not "1 words"
            QCoreApplication.translate("Controller", "1 word here, %2 in total")
            if here == 1
            else QCoreApplication.translate("Controller", "%1 words here, %2 in total")
        )
        w.words_label.setText(
            template.replace("%1", QLocale().toString(here))  # 1 378 in Swedish, 1,378 in English
            .replace("%2", QLocale().toString(total))
        )

    def _update_save_state(self) -> None:
        s = self.session
        label = self.window.save_label
        if s is None:
            return
        if s.readonly:
            label.setText(QCoreApplication.translate("Controller", "Read-only version"))
        elif s.workspace is None:
            label.setText(QCoreApplication.translate("Controller", "Not saved in a workspace yet"))
        elif s.is_modified:
            label.setText(QCoreApplication.translate("Controller", "Saving…"))
        else:
            label.setText(QCoreApplication.translate("Controller", "All changes saved"))

    def _autosave_failed(self, error: object) -> None:
        from policyeditor.app.services.errors import describe_write_error

        path = self.session.path if self.session is not None else ""
        if isinstance(error, BaseException):
            message = describe_write_error(error, path or "")
        else:
            message = str(error)
        self.window.save_label.setText(QCoreApplication.translate("Controller", "Autosave failed"))
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Controller", "Autosave failed: %1").replace("%1", message),
            10000,
        )

    def _beat(self) -> None:
        ws = self.session.workspace if self.session else None
        if ws is not None:
            with contextlib.suppress(Exception):
                ws.heartbeat()

    def _setting_changed(self, key: str) -> None:
        if key == "ui/language" and self.translations is not None:
            self.translations.apply(self.settings.ui_language)
        elif key == "editor/font" and self.window.editor is not None:
            self.window.editor.set_editor_font(self.settings.editor_font)

    def _toggle_preview(self, visible: bool) -> None:
        if self.window.preview is not None:
            self.window.preview.setVisible(visible)
        if self.settings.preview_visible != visible:
            self.settings.preview_visible = visible

    def undo(self) -> None:
        """Undo the last document change."""
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone change."""
        if self.session is not None:
            self.session.undo_stack.redo()

    # -- settings and quitting ------------------------------------------------
    def show_settings(self) -> None:
        """The settings dialog."""
        self.dialogs.exec(SettingsDialog(self.settings, self.window))

    def quit(self) -> None:
        """Close every window (each asks about unsaved work)."""
        QApplication.closeAllWindows()
