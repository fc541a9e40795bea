"""Review commands of the editor window (a mixin of EditorController).

Compare… opens the compare view (its own window) on the last published
version against the draft; Import Revision… brings a text drafted elsewhere
into the draft (ids carried over, one undo step) and compares it at once.
Sign-off, the publish gate, the release notice and the exports of the review
desk (the redline as filtered on screen; the published version with its
notice) are driven from here so the widgets stay free of workspace writes.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from policyeditor.app.review_session import DRAFT, ReviewModel
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.render.labels import label as document_label
from policyeditor.core.review.states import FlagState
from policyeditor.ui.actions import Actions
from policyeditor.ui.review.compare_view import CompareView
from policyeditor.ui.review.publish_dialog import PublishGateDialog
from policyeditor.ui.review.signoff_dialog import SignOffDialog
from policyeditor.ui.versions.commands import safe_file_name
from policyeditor.ui.versions.release_notice import ReleaseNoticeDialog

if TYPE_CHECKING:
    from policyeditor.app.autosave import Autosaver
    from policyeditor.app.export_runner import ExportRunner
    from policyeditor.app.session import DocumentSession
    from policyeditor.app.settings import Settings
    from policyeditor.core.render.stamp import VersionStamp
    from policyeditor.ui.common.dialogs import Dialogs
    from policyeditor.ui.main_window import MainWindow

    class _Base:
        """What this mixin uses of EditorController (type checking only)."""

        window: MainWindow
        session: DocumentSession | None
        settings: Settings
        dialogs: Dialogs
        autosaver: Autosaver
        exporter: ExportRunner

        def _need_workspace(self) -> bool: ...
        def import_dialog(self) -> None: ...
        def _version_info(self, label: str | None) -> VersionStamp | None: ...
else:
    _Base = object


def window_actions(window: object) -> Actions:
    """The window's action registry (``commands``; ``actions`` in older main windows)."""
    found = getattr(window, "commands", None)
    return found if isinstance(found, Actions) else window.actions  # type: ignore[attr-defined]


class ReviewCommands(_Base):
    """Compare, flags, sign-off, publish gate, release notice, review exports."""

    _compare_view: CompareView | None = None

    # -- compare ------------------------------------------------------------------
    def open_compare(self) -> CompareView | None:
        """Show the compare view for this document (created on first use)."""
        s = self.session
        if s is None or s.readonly:
            return None
        if s.workspace is None and not self._need_workspace():
            return None
        self.close_stale_compare()
        view = self._compare_view
        if view is None:
            model = ReviewModel(s)
            view = CompareView(model, self.window)
            view.setWindowFlag(Qt.WindowType.Window)
            view.resize(1280, 800)
            view.export_requested.connect(self._export_redline)
            view.notice_requested.connect(lambda: self.edit_release_notice(view.model.new_key))
            view.acknowledge_requested.connect(self._acknowledge)
            # The versions panel refreshes after every save/publish: keep the choosers in step.
            self.window.versions_panel.selection_changed.connect(view.reload_sides)
            self._compare_view = view
            model.refresh()
        else:
            view.refresh_sides()
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def close_stale_compare(self) -> None:
        """Close the compare view when the window no longer shows its document.

        After File ▸ Open or New the view would otherwise keep the old, closed
        workspace on screen, and a sign-off there would go nowhere.
        """
        view = self._compare_view
        if view is None or view.model.session is self.session:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.window.versions_panel.selection_changed.disconnect(view.reload_sides)
        view.close()
        view.deleteLater()
        self._compare_view = None

    def review_version(self, label: str) -> None:
        """Compare ``label`` with the publication before it: the flags its gate counts."""
        from policyeditor.app.services.publishing import review_base

        view = self.open_compare()
        s = self.session
        if view is None or s is None or s.workspace is None:
            return
        base = review_base(s.workspace, label)
        view.choose(base if base is not None else label, label)

    def show_flags(self) -> None:
        """The compare view with the keyboard in the flags list."""
        view = self.open_compare()
        if view is not None:
            view.flags.tree.setFocus()

    def import_revision(self) -> None:
        """Import a revised text into the draft, then compare it with the last publication."""
        s = self.session
        if s is None or s.readonly:
            return
        before = (s.undo_stack.index(), s.undo_stack.count())
        self.import_dialog()
        if (s.undo_stack.index(), s.undo_stack.count()) == before:
            return  # cancelled or refused
        view = self.open_compare()
        if view is not None:
            published = view.model.last_published()
            old = published if published is not None else view.model.default_keys()[0]
            view.choose(old, DRAFT)

    def _acknowledge(self, state: FlagState) -> None:
        view = self._compare_view
        if view is None:
            return
        dialog = SignOffDialog(state, self.settings.author_name, view)
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        reviewer, comment = dialog.values()
        try:
            view.model.acknowledge(state.flag, state.key, reviewer, comment)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                view,
                QCoreApplication.translate("ReviewCommands", "Cannot Record Sign-off"),
                exc,
            )
            return
        if not self.settings.author_name:
            self.settings.author_name = reviewer

    # -- publish gate -----------------------------------------------------------------
    def publish_version(self) -> None:
        """Publish the selected version through the publishing service (the gate)."""
        from policyeditor.app.services import publishing
        from policyeditor.core.workspace.errors import PublishRefused

        s = self.session
        label = self.window.versions_panel.selected_label()
        if s is None or s.workspace is None or not label:
            return
        try:
            info = s.workspace.version(label)
            flags = publishing.open_high_flags(s.workspace, label)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Cannot Publish"),
                exc,
            )
            return
        if info.status == "published":
            self.dialogs.info(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Already Published"),
                QCoreApplication.translate(
                    "ReviewCommands", "Version %1 is published and can no longer change."
                ).replace("%1", label),
            )
            return
        dialog = PublishGateDialog(
            label, self.settings.author_name, flags, bool(info.notice), self.window
        )
        result = self.dialogs.exec(dialog)
        if dialog.notice_requested:
            self.edit_release_notice(label)
            return
        if dialog.review_requested:
            self.review_version(label)
            return
        if result != QDialog.DialogCode.Accepted:
            return
        author, reason = dialog.values()
        try:
            publishing.publish(
                s.workspace, label, author=author, override_reason=reason if flags else None
            )
        except PublishRefused:  # the dialog prevents this; the gate holds regardless
            self.dialogs.error(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Not Published"),
                QCoreApplication.translate(
                    "ReviewCommands",
                    "High-severity flags are open. Give a reason to publish anyway.",
                ),
            )
            return
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Cannot Publish"),
                exc,
            )
            return
        self.window.versions_panel.refresh()
        self.window.versions_panel.select_label(label)
        if self._compare_view is not None:
            self._compare_view.refresh_sides()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ReviewCommands", "Published version %1").replace(
                "%1", label
            ),
            8000,
        )

    def _update_review_actions(self) -> None:
        """Review actions follow the document; Publish is off for a published version."""
        s = self.session
        a = window_actions(self.window)
        editable = s is not None and not s.readonly
        for name in ("review_compare", "review_flags", "review_import"):
            a[name].setEnabled(editable)
        label = self.window.versions_panel.selected_label()
        status = ""
        if s is not None and s.workspace is not None and label:
            try:
                status = s.workspace.version(label).status
            except PolicyEditorError:
                status = ""
        a.review_notice.setEnabled(bool(status))
        if status == "published":
            a.version_publish.setEnabled(False)
        published = self._published_label()
        for name in ("review_export_published_html", "review_export_published_pdf"):
            a[name].setEnabled(published is not None)

    # -- release notice -------------------------------------------------------------------
    def edit_release_notice(self, label: str | None = None) -> None:
        """Edit the "What has changed" text of a version (read-only once published)."""
        from policyeditor.app.services.review import draft_release_notice

        s = self.session
        label = label or self.window.versions_panel.selected_label()
        if s is None or s.workspace is None or not label or label == DRAFT:
            self.dialogs.info(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Release Notice"),
                QCoreApplication.translate(
                    "ReviewCommands",
                    "A release notice belongs to a saved version. "
                    "Save the draft as a version first.",
                ),
            )
            return
        try:
            info = s.workspace.version(label)
            drafted = draft_release_notice(s.workspace, label)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Release Notice"),
                exc,
            )
            return
        readonly = info.status == "published"
        dialog = ReleaseNoticeDialog(
            label, info.notice, drafted, readonly=readonly, parent=self.window
        )
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted or readonly:
            return
        try:
            s.workspace.set_version_notice(label, dialog.text())
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window,
                QCoreApplication.translate("ReviewCommands", "Release Notice"),
                exc,
            )
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "ReviewCommands", "Release notice of version %1 saved"
            ).replace("%1", label),
            8000,
        )

    # -- exports --------------------------------------------------------------------------
    def _export_redline(self, fmt: str) -> None:
        view = self._compare_view
        comparison = view.filtered_comparison() if view is not None else None
        if view is None or comparison is None:
            return
        draft = document_label(comparison.new.language, "draft").lower()  # the document's word
        sides = f"{view.model.old_key or draft}-{view.model.new_key or draft}"
        base = f"{safe_file_name(comparison.new.title)}-redline-{safe_file_name(sides)}"
        session = self.session
        folder = Path(session.path).parent if session and session.path else Path.home()
        target = self.dialogs.target_path(
            view,
            QCoreApplication.translate("ReviewCommands", "Export Redline"),
            str(folder / f"{base}.{fmt}"),
            fmt,
            f".{fmt}",
        )
        if not target:
            return

        from policyeditor.app.export_jobs import write_redline_file

        self.exporter.start(functools.partial(write_redline_file, comparison, target, fmt), target)

    def _published_label(self) -> str | None:
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

    def export_published(self, fmt: str) -> None:
        """Export the published version (with its release notice) as HTML or PDF."""
        s = self.session
        label = self._published_label()
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
        stamp = self._version_info(label)
        folder = Path(s.path).parent if s.path else Path.home()
        target = self.dialogs.target_path(
            self.window,
            QCoreApplication.translate("ReviewCommands", "Export Published Version"),
            str(folder / f"{safe_file_name(policy.title)}-{label}.{fmt}"),
            fmt,
            f".{fmt}",
        )
        if not target:
            return

        from policyeditor.app.export_jobs import write_policy_file

        job = functools.partial(
            write_policy_file, policy, target, fmt, version=stamp, notice=notice
        )
        self.exporter.start(job, target)
