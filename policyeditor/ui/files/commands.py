"""File commands of the editor window: New, Open, Import, Save, Save As, recent, close, quit.

Work is never lost: a document without a workspace asks where to save before
closing, and a workspace open in another editor is reported by name instead
of being opened twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from policyeditor.app import documents
from policyeditor.app.services.errors import describe, describe_write_error
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy, Section
from policyeditor.ui.files.drops import FileDrops
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


class FileCommands(FeatureCommands):
    """New / Open / Import / Save / Save As / recent files / closing."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context)
        self.autosaver = context.autosaver
        self.exporter = context.exporter
        self.recent = context.recent
        self.translations = context.translations
        self.set_session = context.show_session
        a = self.window.file_actions
        on_trigger(a.file_new, self.new_document)
        on_trigger(a.file_open, self.open_dialog)
        on_trigger(a.file_import, self.import_dialog)
        on_trigger(a.file_save, self.save)
        on_trigger(a.file_save_as, self.save_as_dialog)
        on_trigger(a.file_close, self.window.close)
        on_trigger(a.file_quit, self.quit)
        self.recent.changed.connect(self.rebuild_recent_menu)
        self.window.close_guard = self.confirm_close
        self.rebuild_recent_menu()
        # a file dropped onto the window opens as File > Open would open it
        self.drops = FileDrops(self.window, self.open_file)
        self.window.panes_installed.connect(self.drops.watch)

    def update_actions(self) -> None:
        s = self.session
        editable = s is not None and not s.readonly
        a = self.window.file_actions
        a.file_import.setEnabled(editable)
        a.file_save.setEnabled(editable)
        a.file_save_as.setEnabled(editable)

    def document_name(self) -> str:
        """Short name for titles and messages."""
        s = self.session
        if s is None:
            return ""
        if s.path:
            return Path(s.path).name
        return QCoreApplication.translate("Controller", "Unsaved policy")

    # -- opening ------------------------------------------------------------
    def _may_replace_document(self) -> bool:
        """Ask about unsaved work before the window shows another document."""
        s = self.session
        if s is None or s.readonly:
            return True
        self.autosaver.flush()
        if s.workspace is not None or not s.is_modified:
            return True
        # Unsaved work has no file name yet: its title says which policy is meant
        # (with several windows open, "Unsaved policy" names none of them).
        answer = self.dialogs.ask_save(
            self.window, s.policy.title.strip() or self.document_name()
        )
        if answer == "save":
            return self.save_as_dialog()
        if answer == "discard":
            self.autosaver.discard_recovery()
            return True
        return False

    def new_document(self) -> None:
        """A blank policy with one section."""
        if not self._may_replace_document():
            return
        language = "sv" if (self.translations and self.translations.language == "sv") else "en"
        title = QCoreApplication.translate("FileCommands", "New policy")
        policy = Policy(
            title=title,
            language=language,
            sections=[Section(heading=QCoreApplication.translate("FileCommands", "Introduction"))],
        )
        self.set_session(documents.new_document(policy))

    def open_dialog(self) -> None:
        """Choose a file and open it."""
        folder = str(Path(self.session.path).parent) if self.session and self.session.path else ""
        path = self.dialogs.open_path(
            self.window, QCoreApplication.translate("FileCommands", "Open Policy"), "open", folder
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a workspace or import a text file into a new unsaved document."""
        if not self._may_replace_document():
            return False
        if self.session is not None and self.session.path == str(Path(path).resolve()):
            return True
        try:
            session = documents.open_path(path)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("FileCommands", "Cannot Open"),
                exc,
            )
            return False
        except OSError as exc:
            self.dialogs.error(
                self.window,
                QCoreApplication.translate("FileCommands", "Cannot Open"),
                QCoreApplication.translate("FileCommands", "“%1” cannot be read: %2")
                .replace("%1", Path(path).name)
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.set_session(session)
        if session.workspace is not None:
            self.recent.add(path)
        self.show_import_warnings()
        if session.workspace is None:
            self.offer_recovery(path)  # the same file again after a crash
        return True

    def offer_recovery(self, source: str | None) -> bool:
        """Offer work a crashed editor left behind (of ``source``, or any if None).

        Returns True when recovered text now shows in the window. The user sees
        what would come back and restores, discards or decides later (the copy
        then stays and is offered again).
        """
        from policyeditor.app.recovery import pending_recoveries
        from policyeditor.ui.files.recovery_dialog import DISCARD, RESTORE, RecoveryDialog

        for recovery in pending_recoveries(source):
            dialog = RecoveryDialog(recovery, self.window)
            self.dialogs.exec(dialog)
            if dialog.choice == DISCARD:
                recovery.discard()
            elif dialog.choice == RESTORE:
                self._restore(recovery)
                return True
        return False

    def _restore(self, recovery: object) -> None:
        from policyeditor.app.recovery import Recovery

        assert isinstance(recovery, Recovery)
        restored = documents.new_document(recovery.policy)
        restored.source_path = recovery.source
        if recovery.source and not recovery.source.startswith("sample:"):
            restored.suggested_name = (  # type: ignore[attr-defined]
                Path(recovery.source).stem + documents.WORKSPACE_SUFFIX
            )
        restored.undo_stack.resetClean()  # recovered work is unsaved work
        restored.recovered = True  # type: ignore[attr-defined]
        self.set_session(restored)
        # Write this editor's own copy before the old one goes: a second crash
        # right now must not lose the restored text either.
        restored.changed.emit()
        self.autosaver.flush()
        recovery.discard()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "EditorApp", "Recovered unsaved work from the last session. Save it to keep it."
            ),
            30000,
        )

    def show_import_warnings(self) -> None:
        """What the importer noticed about the text just opened, in the status bar."""
        warnings = getattr(self.session, "import_warnings", [])
        if warnings:
            shown = "; ".join(describe(w) for w in warnings[:3])
            self.window.statusBar().showMessage(shown, 15000)

    def import_dialog(self) -> None:
        """Import a revised text into this document (ids carried over; undoable)."""
        s = self.session
        if s is None or s.readonly:
            return
        path = self.dialogs.open_path(
            self.window, QCoreApplication.translate("FileCommands", "Import Text"), "text"
        )
        if not path:
            return
        from policyeditor.core.idmatch import carry_over_ids
        from policyeditor.core.importing import import_file

        try:
            result = import_file(path, language=s.policy.language)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("FileCommands", "Cannot Import"),
                exc,
            )
            return
        except OSError as exc:
            self.dialogs.error(
                self.window, QCoreApplication.translate("FileCommands", "Cannot Import"), str(exc)
            )
            return
        policy = carry_over_ids(s.policy, result.policy)
        s.replace_document(
            policy,
            QCoreApplication.translate("FileCommands", "Import %1").replace("%1", Path(path).name),
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "FileCommands", "Imported “%1”. Undo restores the previous draft."
            ).replace("%1", Path(path).name),
            10000,
        )

    def rebuild_recent_menu(self) -> None:
        """The Open Recent menu from the recent-files list (in the current language)."""
        menu = self.window.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for index, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{index % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))
        if paths:
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("FileCommands", "&Clear List"), self.recent.clear
            )
        menu.setEnabled(bool(paths))

    # -- saving -------------------------------------------------------------
    def save(self) -> bool:
        """Write the draft now (Save As for a document without a workspace)."""
        s = self.session
        if s is None or s.readonly:
            return False
        if s.workspace is None:
            return self.save_as_dialog()
        self.autosaver.flush()
        self.context.refresh_window()
        return True

    def save_as_dialog(self) -> bool:
        """Ask for a file name and save the document there as a workspace."""
        s = self.session
        if s is None:
            return False
        suggested = getattr(s, "suggested_name", "") or "policy.policy"
        if s.path:
            suggested = s.path
        path = self.dialogs.target_path(
            self.window,
            QCoreApplication.translate("FileCommands", "Save Policy As"),
            suggested,
            "workspace",
            documents.WORKSPACE_SUFFIX,
        )
        if not path:
            return False
        try:
            documents.save_as(s, path)
        except (PolicyEditorError, OSError) as exc:
            self.dialogs.error(
                self.window,
                QCoreApplication.translate("FileCommands", "Cannot Save"),
                describe_write_error(exc, path),
            )
            return False
        self.autosaver.discard_recovery()
        self.autosaver.watch(s)
        self.recent.add(path)
        self.window.versions_panel.set_workspace(s.workspace)
        self.context.refresh_window()
        return True

    # -- closing ------------------------------------------------------------
    def confirm_close(self) -> bool:
        """True when the window may close (unsaved work saved or deliberately dropped)."""
        if not self._may_replace_document():
            return False
        s = self.session
        if s is not None:
            if s.path and not s.readonly:
                self.settings.last_workspace = s.path
            self.autosaver.watch(None)
            self.window.versions_panel.set_workspace(None)
            documents.close_session(s)
        self.exporter.wait()
        return True

    def quit(self) -> None:
        """Close every window (each asks about unsaved work)."""
        QApplication.closeAllWindows()
