"""Versions commands of the editor window: save, open and restore a version.

Saving a version snapshots the draft with a label, note and author; opening one
shows it read-only in its own window; restoring replaces the draft as one undo
step (publishing goes through the review gate in ``ui.review.commands``; the
exports of a version are ``ui.export``'s).
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from policyeditor.app.session import DocumentSession
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.ui.common.dialogs import SaveVersionDialog
from policyeditor.ui.files.commands import FileCommands
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


def next_label(labels: list[str]) -> str:
    """A sensible next label: ``1.0`` first, then the last numeric label + 0.1."""
    for label in reversed(labels):
        match = re.fullmatch(r"(\d+)\.(\d+)", label)
        if match:
            candidate = f"{match.group(1)}.{int(match.group(2)) + 1}"
            if candidate not in labels:
                return candidate
    return "1.0" if "1.0" not in labels else f"{len(labels) + 1}.0"


def next_major_label(labels: list[str]) -> str:
    """The next major version after the last numeric label (``1.3`` → ``2.0``; "" if none)."""
    for label in reversed(labels):
        match = re.fullmatch(r"(\d+)\.(\d+)", label)
        if match:
            major = int(match.group(1)) + 1
            while f"{major}.0" in labels:
                major += 1
            return f"{major}.0"
    return ""


class VersionCommands(FeatureCommands):
    """Save / open / restore versions; the versions panel and its dock."""

    def __init__(self, context: WindowContext, files: FileCommands) -> None:
        super().__init__(context)
        self.autosaver = context.autosaver
        self.open_window = context.open_window
        self.files = files
        a = self.window.version_actions
        on_trigger(a.version_save, self.save_version)
        on_trigger(a.version_open, self.open_version)
        on_trigger(a.version_restore, self.restore_version)
        on_trigger(a.version_approve, self.approve_version)
        on_trigger(a.version_settings, self.release_settings)
        dock = self.window.versions_dock
        a.view_versions.toggled.connect(dock.setVisible)
        dock.toggleViewAction().toggled.connect(a.view_versions.setChecked)
        self.window.versions_panel.open_requested.connect(lambda _label: self.open_version())
        a.view_versions.setChecked(True)

    def update_actions(self) -> None:
        s = self.session
        a = self.window.version_actions
        editable = s is not None and not s.readonly
        has_ws = s is not None and s.workspace is not None
        selected = bool(self.window.versions_panel.selected_label())
        a.version_save.setEnabled(editable)
        a.version_open.setEnabled(has_ws and selected)
        a.version_restore.setEnabled(has_ws and selected and editable)
        # a published version is past approval (the workspace would refuse it anyway)
        approvable = self.window.versions_panel.selected_status() != "published"
        a.version_approve.setEnabled(has_ws and selected and editable and approvable)
        a.version_settings.setEnabled(has_ws and editable)

    def need_workspace(self) -> bool:
        """True once the document has a workspace (asks to save it first)."""
        s = self.session
        if s is not None and s.workspace is not None:
            return True
        self.dialogs.info(
            self.window,
            QCoreApplication.translate("VersionCommands", "Save the Document First"),
            QCoreApplication.translate(
                "VersionCommands", "Versions are kept in a workspace file. Choose where to save it."
            ),
        )
        return self.files.save_as_dialog()

    def save_version(self) -> None:
        """Snapshot the draft as a named version."""
        s = self.session
        if s is None or s.readonly or not self.need_workspace():
            return
        ws = s.workspace
        labels = [v.label for v in ws.versions()]
        dialog = SaveVersionDialog(
            self.settings.author_name, next_label(labels), self.window, existing=labels,
            major_label=next_major_label(labels),
            last_changed=s.policy.metadata.get("last_changed", ""),
            today=datetime.date.today().isoformat(),
        )
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        label, note, author = dialog.values()
        if dialog.new_last_changed():
            # an edit of the draft like any other (undoable), made before the version
            s.set_metadata("last_changed", dialog.new_last_changed())
        self.autosaver.flush()
        try:
            ws.save_version(label, note=note, author=author, policy=s.policy)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("VersionCommands", "Cannot Save Version"),
                exc,
            )
            return
        if author and not self.settings.author_name:
            self.settings.author_name = author
        self.window.versions_panel.refresh()
        self.window.versions_panel.select_label(label)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VersionCommands", "Saved version %1").replace("%1", label),
            8000,
        )

    def approve_version(self) -> None:
        """Approve the selected version (the workspace judges the second-approver rule)."""
        from policyeditor.ui.versions.approve_dialog import ApproveVersionDialog

        s = self.session
        label = self.window.versions_panel.selected_label()
        if s is None or s.workspace is None or s.readonly or not label:
            return
        ws = s.workspace
        title = QCoreApplication.translate("VersionCommands", "Cannot Approve")
        try:
            info = ws.version(label)
            dialog = ApproveVersionDialog(label, info.author, self.settings.author_name,
                                          ws.requires_second_approver(), self.window)
            if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
                return
            author, note, second = dialog.values()
            if second != ws.requires_second_approver():
                ws.set_requires_second_approver(second)
            ws.approve(label, author=author, note=note)
        except PolicyEditorError as exc:
            self.dialogs.refused(self.window, title, exc)
            return
        finally:
            self.window.versions_panel.refresh()
            self.window.versions_panel.select_label(label)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VersionCommands", "Approved version %1").replace(
                "%1", label), 8000)

    def release_settings(self) -> None:
        """Edit the workspace's second-approver rule and next review date."""
        from PySide6.QtCore import QDate

        from policyeditor.ui.versions.release_settings import ReleaseSettingsDialog

        s = self.session
        if s is None or s.workspace is None or s.readonly:
            return
        ws = s.workspace
        try:
            dialog = ReleaseSettingsDialog(ws.requires_second_approver(), ws.review_by(),
                                           QDate.currentDate(), self.window)
            if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
                return
            second, review_by = dialog.values()
            ws.set_requires_second_approver(second)
            ws.set_review_by(review_by)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("VersionCommands", "Cannot Change Release Settings"),
                exc)
            return
        self.window.review_banner.show_for(ws)  # a new date may end (or start) the reminder

    def selected_version(self) -> tuple[str, Policy] | None:
        """The version selected in the panel, loaded (None: none, or it cannot be read)."""
        s = self.session
        label = self.window.versions_panel.selected_label()
        if s is None or s.workspace is None or not label:
            return None
        try:
            return label, s.workspace.load_version(label)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("VersionCommands", "Cannot Open Version"),
                exc,
            )
            return None

    def open_version(self) -> None:
        """Show the selected version read-only in its own window."""
        found = self.selected_version()
        if found is None or self.session is None:
            return
        label, policy = found
        viewer = DocumentSession(policy, path=self.session.path, readonly=True, version_label=label)
        viewer.version_stamp = self.version_info(label)  # type: ignore[attr-defined]
        if self.open_window is not None:
            self.open_window(viewer)

    def restore_version(self) -> None:
        """Replace the draft by the selected version (one undo step)."""
        s = self.session
        found = self.selected_version()
        if s is None or found is None or s.readonly:
            return
        label, policy = found
        text = QCoreApplication.translate(
            "VersionCommands", "Replace the draft with version %1? You can undo this."
        ).replace("%1", label)
        if not self.dialogs.confirm(
            self.window,
            QCoreApplication.translate("VersionCommands", "Restore Version"),
            text,
            QCoreApplication.translate("VersionCommands", "Restore"),
        ):
            return
        s.replace_document(
            policy,
            QCoreApplication.translate("VersionCommands", "Restore version %1").replace(
                "%1", label
            ),
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VersionCommands", "Draft restored from version %1").replace(
                "%1", label
            ),
            8000,
        )

    def version_info(self, label: str | None) -> VersionStamp | None:
        """The stamp printed on an exported version (None: a draft)."""
        s = self.session
        if not label or s is None or s.workspace is None:
            return None
        try:
            info = s.workspace.version(label)
        except PolicyEditorError:
            return None
        return VersionStamp(
            label=info.label, fingerprint=info.fingerprint, created=info.created, status=info.status
        )

    def version_notice(self, label: str | None) -> str | None:
        """The release notice saved with a version (printed atop its export)."""
        s = self.session
        if not label or s is None or s.workspace is None:
            return None
        try:
            return s.workspace.version(label).notice or None
        except PolicyEditorError:
            return None

