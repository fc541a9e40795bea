"""Behaviour of one editor window: its session, the feature commands, the window state.

The controller owns the current DocumentSession, its autosaver, the export
runner and the recent-files list, and composes one commands object per
feature (files, editing, versions, export, review, comments, settings), each given the
shared :class:`~policyeditor.ui.window_context.WindowContext` and the other
features it calls. It keeps the title, the status bar and every feature's
action states in step with the session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

from policyeditor.app.autosave import Autosaver
from policyeditor.app.export_runner import ExportRunner
from policyeditor.app.i18n import TranslationManager
from policyeditor.app.recent_files import RecentFiles
from policyeditor.app.session import DocumentSession
from policyeditor.app.settings import Settings
from policyeditor.core.model import iter_sections
from policyeditor.ui.checking.commands import CheckingCommands
from policyeditor.ui.comments.commands import CommentCommands
from policyeditor.ui.common.dialogs import Dialogs
from policyeditor.ui.editing.commands import EditingCommands
from policyeditor.ui.export.commands import ExportCommands
from policyeditor.ui.export.printing import PrintCommands
from policyeditor.ui.files.commands import FileCommands
from policyeditor.ui.main_window import MainWindow
from policyeditor.ui.review.commands import ReviewCommands
from policyeditor.ui.settings.commands import SettingsCommands
from policyeditor.ui.versions.commands import VersionCommands
from policyeditor.ui.window_context import FeatureCommands, WindowContext

HEARTBEAT_MS = 60_000
STATUS_DELAY_MS = 250


class EditorController(QObject):
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
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.translations = translations
        self.session: DocumentSession | None = None
        self.autosaver = Autosaver(settings, self)
        self.autosaver.saved.connect(self._update_save_state)
        self.autosaver.failed.connect(self._autosave_failed)
        self.exporter = ExportRunner(self)
        self.recent = RecentFiles(settings, self)
        context = WindowContext(
            window=window,
            settings=settings,
            dialogs=self.dialogs,
            autosaver=self.autosaver,
            exporter=self.exporter,
            recent=self.recent,
            translations=translations,
            open_window=open_window,
            current_session=lambda: self.session,
            show_session=self.set_session,
            refresh_window=self._refresh_window,
        )
        self.files = FileCommands(context)
        self.editing = EditingCommands(context)
        self.versions = VersionCommands(context, self.files)
        self.export = ExportCommands(context, self.versions)
        self.printing = PrintCommands(context, self.versions)
        self.review = ReviewCommands(context, self.files, self.versions, self.export)
        self.comments = CommentCommands(context, self.review)
        self.app_settings = SettingsCommands(context)
        self.checking = CheckingCommands(context)
        # Review after versions: it turns Publish off for a version already published.
        self.features: tuple[FeatureCommands, ...] = (
            self.files,
            self.editing,
            self.versions,
            self.review,
            self.comments,
            self.export,
            self.printing,
            self.app_settings,
            self.checking,
        )
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._update_status)
        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start()
        window.language_changed.connect(self._retranslate)
        window.versions_panel.selection_changed.connect(self.update_actions)
        # The settings outlive this window: the controller (a QObject) receives their
        # signal, so the connection ends with the window.
        settings.changed.connect(self._setting_changed)

    def set_session(self, session: DocumentSession) -> None:
        """Show ``session`` in the window (the previous one is closed)."""
        old = self.session
        self.autosaver.watch(None)
        if old is not None:
            from policyeditor.app.documents import close_session

            close_session(old)
        self.session = session
        self.review.close_stale_compare()
        self.window.install_session(session)
        editor = self.window.editor
        assert editor is not None
        editor.set_editor_font(self.settings.editor_font)
        editor.set_readonly(session.readonly)
        editor.cursor_moved.connect(self._status_timer.start)
        stack = session.undo_stack
        update_undo = self.editing.update_undo
        stack.canUndoChanged.connect(lambda _v: update_undo())
        stack.canRedoChanged.connect(lambda _v: update_undo())
        stack.undoTextChanged.connect(lambda _t: update_undo())
        stack.redoTextChanged.connect(lambda _t: update_undo())
        session.modified_changed.connect(self._update_title)
        session.modified_changed.connect(lambda _m: self._update_save_state())
        session.metadata_changed.connect(self._update_title)
        session.file_changed.connect(self._update_title)
        session.file_changed.connect(
            lambda: self.window.versions_panel.set_workspace(session.workspace)
        )
        session.current_changed.connect(lambda _id: self.update_actions())
        session.current_changed.connect(lambda _id: self._status_timer.start())
        session.structure_changed.connect(self.update_actions)
        session.changed.connect(self._status_timer.start)
        if not session.readonly:
            self.autosaver.watch(session)
        self.editing.toggle_preview(self.window.editing_actions.view_preview.isChecked())
        self.checking.attach(session)
        first = session.ordered_ids()[:1]
        session.set_current(first[0] if first else "")
        if self.window.outline is not None:
            self.window.outline.select_section(session.current_section_id)
        editor.show_section(session.current_section_id)
        self._update_title()
        update_undo()
        self.update_actions()
        self._update_status()
        self._update_save_state()

    def update_actions(self) -> None:
        """Every feature's actions enabled for the current document and selection."""
        for feature in self.features:
            feature.update_actions()

    def _refresh_window(self) -> None:
        self._update_title()
        self.update_actions()
        self._update_save_state()

    def _retranslate(self) -> None:
        self._update_title()
        self.editing.update_undo()
        self._update_status()
        self._update_save_state()
        self.files.rebuild_recent_menu()

    def _setting_changed(self, key: str) -> None:
        self.app_settings.apply_setting(key)

    # -- window state -------------------------------------------------------
    def _update_title(self) -> None:
        s = self.session
        if s is None:
            return
        title = s.policy.title.strip() or QCoreApplication.translate(
            "Controller", "Untitled policy"
        )
        name = self.files.document_name()
        if s.version_label:
            name = f"{name} @ {s.version_label} " + QCoreApplication.translate(
                "Controller", "(read-only)"
            )
        self.window.setWindowTitle(f"{title} — {name}[*] — PolicyEditor")
        self.window.setWindowModified(s.is_modified and not s.readonly)

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
