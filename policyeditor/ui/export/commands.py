"""Export commands: the draft, a saved version, the published version, the redline and
the evidence pack of a published version.

Each asks with the export dialog (every format of the exporter registry with
its options) and writes through the registry's ``write_export`` in the
background ExportRunner, on a private copy of the policy, so typing continues
while a PDF is written. The redline is exported as filtered on screen: its
diffs as computed, only the flags the reviewer left visible.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from policyeditor.app.services.errors import describe_write_error
from policyeditor.app.services.exporters import (
    DocumentExport,
    Kind,
    login_name,
    write_export,
)
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy
from policyeditor.core.render.labels import label as document_label
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.ui.export.dialog import ExportChoice, ExportDialog
from policyeditor.ui.versions.commands import VersionCommands
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger

if TYPE_CHECKING:
    from policyeditor.ui.review.compare_view import CompareView


def safe_file_name(text: str) -> str:
    """A title turned into a file name (version numbers keep their dots: 2.0, not 20)."""
    cleaned = re.sub(r"[^\w\-. ]+", "", text).strip(" .").replace(" ", "-")
    return cleaned[:60] or "policy"


class ExportCommands(FeatureCommands):
    """Export… of the draft, the selected version, the published version, the redline."""

    def __init__(self, context: WindowContext, versions: VersionCommands) -> None:
        super().__init__(context)
        self.exporter = context.exporter
        self.versions = versions
        # The dialog starts from the last choice of its kind (format, page size, PDF/A).
        self._last: dict[Kind, ExportChoice] = {}
        a = self.window.export_actions
        on_trigger(a.file_export, self.export_draft)
        on_trigger(a.version_export, self.export_version)
        on_trigger(a.review_export_published, self.export_published)
        on_trigger(a.version_evidence, self.export_evidence)
        self.exporter.started.connect(lambda _t: self.window.progress.show())
        self.exporter.finished.connect(self._export_done)
        self.exporter.failed.connect(self._export_failed)

    def update_actions(self) -> None:
        s = self.session
        a = self.window.export_actions
        has_ws = s is not None and s.workspace is not None
        selected = bool(self.window.versions_panel.selected_label())
        a.version_export.setEnabled(has_ws and selected)
        published = self.published_label() is not None
        a.review_export_published.setEnabled(published)
        a.version_evidence.setEnabled(published)

    # -- subjects ---------------------------------------------------------------------
    def export_draft(self) -> None:
        """Export the draft (or, in a version window, that version)."""
        s = self.session
        if s is not None:
            label = s.version_label
            stamp = getattr(s, "version_stamp", None)
            self._export(s.policy.clone(), label, stamp, self.versions.version_notice(label))

    def export_version(self) -> None:
        """Export the version selected in the panel."""
        found = self.versions.selected_version()
        if found is not None:
            label, policy = found
            info = self.versions.version_info(label)
            self._export(policy, label, info, self.versions.version_notice(label))

    def _export(
        self,
        policy: Policy,
        label: str | None,
        version: VersionStamp | None,
        notice: str | None = None,
    ) -> None:
        base = safe_file_name(policy.title) + (f"-{label}" if label else "")
        folder = (
            Path(self.session.path).parent if self.session and self.session.path else Path.home()
        )
        title = (
            QCoreApplication.translate("ExportCommands", "Export Version %1").replace("%1", label)
            if label
            else QCoreApplication.translate("ExportCommands", "Export Draft")
        )
        subject = DocumentExport(policy, version, notice)
        self._run("document", subject, title, folder / base, self.window)

    def published_label(self) -> str | None:
        """The selected version if published, else the newest published one."""
        s = self.session
        if s is None or s.workspace is None:
            return None
        try:
            versions = s.workspace.versions()
        except PolicyEditorError:
            return None
        published = [v.label for v in versions if v.status == "published"]
        selected = self.window.versions_panel.selected_label()
        if selected in published:
            return selected
        return published[-1] if published else None

    def export_published(self) -> None:
        """Export the published version with its release notice."""
        s = self.session
        label = self.published_label()
        if s is None or s.workspace is None or label is None:
            return
        try:
            policy = s.workspace.load_version(label)
            notice = s.workspace.version(label).notice or None
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Export Failed"),
                exc,
            )
            return
        stamp = self.versions.version_info(label)
        folder = Path(s.path).parent if s.path else Path.home()
        self._run(
            "document",
            DocumentExport(policy, stamp, notice),
            QCoreApplication.translate("ReviewCommands", "Export Published Version"),
            folder / f"{safe_file_name(policy.title)}-{label}",
            self.window,
        )

    def export_evidence(self) -> None:
        """The evidence pack of the selected published version (else the newest published)."""
        from policyeditor.app.services.publishing import evidence_pack

        s = self.session
        label = self.published_label()
        if s is None or s.workspace is None or label is None:
            return
        title = QCoreApplication.translate("ExportCommands", "Evidence Pack of Version %1")
        try:
            # the facts are read here, from the open workspace; only the PDF is written
            # in the background
            pack = evidence_pack(s.workspace, label)
        except PolicyEditorError as exc:
            self.dialogs.refused(self.window, title.replace("%1", label), exc)
            return
        folder = Path(s.path).parent if s.path else Path.home()
        name = f"{safe_file_name(pack.facts.policy.title)}-{label}-evidence"
        self._run("evidence", pack, title.replace("%1", label), folder / name, self.window)

    def export_redline(self, view: CompareView) -> None:
        """Export the comparison shown in ``view``, with only the flags shown there."""
        comparison = view.filtered_comparison()
        if comparison is None:
            return
        draft = document_label(comparison.new.language, "draft").lower()  # the document's word
        sides = f"{view.model.old_key or draft}-{view.model.new_key or draft}"
        base = f"{safe_file_name(comparison.new.title)}-redline-{safe_file_name(sides)}"
        session = self.session
        folder = Path(session.path).parent if session and session.path else Path.home()
        self._run(
            "redline",
            comparison,
            QCoreApplication.translate("ReviewCommands", "Export Redline"),
            folder / base,
            view,
        )

    # -- running ----------------------------------------------------------------------------
    def _run(self, kind: Kind, subject: Any, title: str, suggested: Path, parent: QWidget) -> None:
        """Ask for format, options and file, then write in the background."""
        if self.exporter.busy:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("VersionCommands", "An export is still running."), 5000
            )
            return
        dialog = ExportDialog(
            kind, title, suggested, self.dialogs, parent, previous=self._last.get(kind),
            text_defaults={"author": self.settings.author_name or login_name()},
        )
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if not choice.target:
            return
        self._last[kind] = choice
        job = functools.partial(
            write_export, choice.format, subject, choice.target, choice.settings
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VersionCommands", "Exporting to %1…").replace(
                "%1", Path(choice.target).name
            )
        )
        self.exporter.start(job, choice.target)

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
