"""Versions and export commands of the editor window (a mixin of EditorController).

Saving a version snapshots the draft with a label, note and author; opening one
shows it read-only in its own window; restoring replaces the draft as one undo
step (publishing goes through the review gate in ``ReviewCommands``). Exports
run in a worker thread on a private copy of the policy, so typing continues
while a PDF is written.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from policyeditor.app.export_jobs import write_policy_file
from policyeditor.app.services.errors import describe_write_error
from policyeditor.app.session import DocumentSession
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.ui.common.dialogs import SaveVersionDialog
from policyeditor.ui.controller_host import ControllerHost


def next_label(labels: list[str]) -> str:
    """A sensible next label: ``1.0`` first, then the last numeric label + 0.1."""
    for label in reversed(labels):
        match = re.fullmatch(r"(\d+)\.(\d+)", label)
        if match:
            candidate = f"{match.group(1)}.{int(match.group(2)) + 1}"
            if candidate not in labels:
                return candidate
    return "1.0" if "1.0" not in labels else f"{len(labels) + 1}.0"


def safe_file_name(text: str) -> str:
    """A title turned into a file name (version numbers keep their dots: 2.0, not 20)."""
    cleaned = re.sub(r"[^\w\-. ]+", "", text).strip(" .").replace(" ", "-")
    return cleaned[:60] or "policy"


class VersionCommands(ControllerHost):
    """Save / open / restore / publish versions; export HTML and PDF."""

    def _need_workspace(self) -> bool:
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
        return self.save_as_dialog()

    def save_version(self) -> None:
        """Snapshot the draft as a named version."""
        s = self.session
        if s is None or s.readonly or not self._need_workspace():
            return
        ws = s.workspace
        labels = [v.label for v in ws.versions()]
        dialog = SaveVersionDialog(
            self.settings.author_name, next_label(labels), self.window, existing=labels
        )
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        label, note, author = dialog.values()
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

    def _selected_version(self) -> tuple[str, Policy] | None:
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
        found = self._selected_version()
        if found is None or self.session is None:
            return
        label, policy = found
        viewer = DocumentSession(policy, path=self.session.path, readonly=True, version_label=label)
        viewer.version_stamp = self._version_info(label)  # type: ignore[attr-defined]
        if self.open_window is not None:
            self.open_window(viewer)

    def restore_version(self) -> None:
        """Replace the draft by the selected version (one undo step)."""
        s = self.session
        found = self._selected_version()
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

    # -- export ---------------------------------------------------------------
    def export_draft(self, fmt: str) -> None:
        """Export the draft (or, in a version window, that version)."""
        s = self.session
        if s is not None:
            label = s.version_label
            stamp = getattr(s, "version_stamp", None)
            self._export(s.policy.clone(), label, fmt, stamp, self._version_notice(label))

    def export_version(self, fmt: str) -> None:
        """Export the version selected in the panel."""
        found = self._selected_version()
        if found is not None:
            label, policy = found
            info = self._version_info(label)
            self._export(policy, label, fmt, info, self._version_notice(label))

    def _export(
        self,
        policy: Policy,
        label: str | None,
        fmt: str,
        version: VersionStamp | None,
        notice: str | None = None,
    ) -> None:
        if self.exporter.busy:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("VersionCommands", "An export is still running."), 5000
            )
            return
        base = safe_file_name(policy.title) + (f"-{label}" if label else "")
        folder = (
            Path(self.session.path).parent if self.session and self.session.path else Path.home()
        )
        title = (
            QCoreApplication.translate("VersionCommands", "Export as HTML")
            if fmt == "html"
            else QCoreApplication.translate("VersionCommands", "Export as PDF")
        )
        target = self.dialogs.target_path(
            self.window, title, str(folder / f"{base}.{fmt}"), fmt, f".{fmt}"
        )
        if not target:
            return
        job = functools.partial(
            write_policy_file, policy, target, fmt, version=version, notice=notice
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VersionCommands", "Exporting to %1…").replace(
                "%1", Path(target).name
            )
        )
        self.exporter.start(job, target)

    def _version_info(self, label: str | None) -> VersionStamp | None:
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

    def _version_notice(self, label: str | None) -> str | None:
        """The release notice saved with a version (printed atop its export)."""
        s = self.session
        if not label or s is None or s.workspace is None:
            return None
        try:
            return s.workspace.version(label).notice or None
        except PolicyEditorError:
            return None

    def _export_done(self, target: str) -> None:
        self.window.progress.hide()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VersionCommands", "Exported to %1").replace("%1", target),
            10000,
        )

    def _export_failed(self, error: object) -> None:
        self.window.progress.hide()
        self.window.statusBar().clearMessage()
        if isinstance(error, BaseException):
            message = describe_write_error(error, self.exporter.target)
        else:
            message = str(error)
        self.dialogs.error(
            self.window,
            QCoreApplication.translate("VersionCommands", "Export Failed"),
            QCoreApplication.translate("VersionCommands", "The file was not written."),
            message,
        )
