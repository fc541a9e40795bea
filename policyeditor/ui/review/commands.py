"""Review commands of the editor window: compare, flags, sign-off, publish, release notice.

Compare… opens the compare view (its own window) on the last published
version against the draft; Import Revision… brings a text drafted elsewhere
into the draft (ids carried over, one undo step) and compares it at once
(with the last publication, else with the draft before the import), ready
for its changes to be accepted or rejected.
Sign-off, the publish gate and the release notice are driven from here so the
widgets stay free of workspace writes; the compare view's Export… is the
export feature's (the redline as filtered on screen).
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from policyeditor.app.review_session import BEFORE_IMPORT, DRAFT, ReviewModel
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.review.states import FlagState
from policyeditor.core.workspace import Workspace
from policyeditor.ui.export.commands import ExportCommands
from policyeditor.ui.files.commands import FileCommands
from policyeditor.ui.review.compare_view import CompareView
from policyeditor.ui.review.publish_dialog import PublishGateDialog
from policyeditor.ui.review.signoff_dialog import SignOffDialog
from policyeditor.ui.versions.commands import VersionCommands
from policyeditor.ui.versions.release_notice import ReleaseNoticeDialog
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


def _stale_date(workspace: Workspace, label: str) -> str:
    """The version's "last changed" date if it is an ISO date before today, else ""."""
    try:
        stated = workspace.load_version(label).metadata.get("last_changed", "").strip()
    except PolicyEditorError:
        return ""
    try:
        older = datetime.date.fromisoformat(stated) < datetime.date.today()
    except ValueError:
        return ""  # free text ("January 2024"): nothing to compare
    return stated if older else ""


class ReviewCommands(FeatureCommands):
    """Compare, flags, sign-off, publish gate, release notice."""

    def __init__(
        self,
        context: WindowContext,
        files: FileCommands,
        versions: VersionCommands,
        export: ExportCommands,
    ) -> None:
        super().__init__(context)
        self.files = files
        self.versions = versions
        self.export = export
        self._compare_view: CompareView | None = None
        # Other features that act in the compare view (comments) hook in when it is made.
        self.compare_created: list[Callable[[CompareView], None]] = []
        a = self.window.review_actions
        on_trigger(a.review_compare, self.open_compare)
        on_trigger(a.review_flags, self.show_flags)
        on_trigger(a.review_import, self.import_revision)
        on_trigger(a.review_notice, self.edit_release_notice)
        on_trigger(a.version_publish, self.publish_version)

    # -- compare ------------------------------------------------------------------
    def open_compare(self, *, need_workspace: bool = True) -> CompareView | None:
        """Show the compare view for this document (created on first use).

        Without ``need_workspace`` a plain file is compared too (a revision
        imported into it is compared with the draft before the import).
        """
        s = self.session
        if s is None or s.readonly:
            return None
        if need_workspace and s.workspace is None and not self.versions.need_workspace():
            return None
        self.close_stale_compare()
        view = self._compare_view
        if view is None:
            model = ReviewModel(s)
            view = CompareView(model, self.window)
            view.setWindowFlag(Qt.WindowType.Window)
            # 1280 × 800, but never wider or taller than the screen it opens on
            # (frame included), so a 1,280-px laptop shows the whole window.
            area = self.window.screen().availableGeometry()
            frame = view.frameGeometry().size() - view.geometry().size()
            view.resize(min(1280, area.width() - frame.width()),
                        min(800, area.height() - frame.height()))
            view.export_requested.connect(lambda: self.export.export_redline(view))
            view.notice_requested.connect(lambda: self.edit_release_notice(view.model.new_key))
            view.acknowledge_requested.connect(self._acknowledge)
            view.withdraw_requested.connect(self._withdraw)
            view.decide.confirm = lambda title, text, yes: self.dialogs.confirm(
                view, title, text, yes)
            # The versions panel refreshes after every save/publish: keep the choosers in step.
            self.window.versions_panel.selection_changed.connect(view.reload_sides)
            self._compare_view = view
            for hook in self.compare_created:
                hook(view)
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
        draft = s.policy.clone()
        self.files.import_dialog()
        if (s.undo_stack.index(), s.undo_stack.count()) == before:
            return  # cancelled or refused
        view = self.open_compare(need_workspace=False)
        if view is not None:
            # The draft before the import is a side, so the revision's own changes
            # can be accepted or rejected even when no version has been saved yet.
            view.model.keep_snapshot(BEFORE_IMPORT, draft)
            view.reload_sides()
            published = view.model.last_published()
            view.choose(published if published is not None else BEFORE_IMPORT, DRAFT)

    def _acknowledge(self, state: FlagState) -> None:
        self._record_sign_off(state, withdraw=False)

    def _withdraw(self, state: FlagState) -> None:
        self._record_sign_off(state, withdraw=True)

    def _record_sign_off(self, state: FlagState, *, withdraw: bool) -> None:
        """Ask for a sign-off (or its withdrawal, with a reason) and record it."""
        view = self._compare_view
        if view is None:
            return
        dialog = SignOffDialog(state, self.settings.author_name, view, withdraw=withdraw)
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted:
            return
        reviewer, comment = dialog.values()
        record = view.model.withdraw if withdraw else view.model.acknowledge
        try:
            record(state.flag, state.key, reviewer, comment)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                view,
                QCoreApplication.translate("ReviewCommands", "Cannot Record Sign-off"),
                exc,
            )
            return
        if not withdraw and not self.settings.author_name:
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
            first_base = publishing.first_publication_base(s.workspace, label)
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
            label, self.settings.author_name, flags, bool(info.notice), self.window,
            edit_notice=lambda parent: self.edit_release_notice(label, parent=parent),
            stale_date=_stale_date(s.workspace, label), first_base=first_base,
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
        except PolicyEditorError as exc:  # the dialog prevents a refusal; the gate holds anyway
            title = (
                QCoreApplication.translate("ReviewCommands", "Not Published")
                if isinstance(exc, PublishRefused)
                else QCoreApplication.translate("ReviewCommands", "Cannot Publish")
            )
            self.dialogs.refused(self.window, title, exc)
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

    def update_actions(self) -> None:
        """Review actions follow the document; Publish is off for a published version."""
        s = self.session
        a = self.window.review_actions
        editable = s is not None and not s.readonly
        for action in (a.review_compare, a.review_flags, a.review_import):
            action.setEnabled(editable)
        label = self.window.versions_panel.selected_label()
        status = ""
        if s is not None and s.workspace is not None and label:
            try:
                status = s.workspace.version(label).status
            except PolicyEditorError:
                status = ""
        a.review_notice.setEnabled(bool(status))
        has_ws = s is not None and s.workspace is not None
        a.version_publish.setEnabled(has_ws and bool(label) and status != "published")

    # -- release notice -------------------------------------------------------------------
    def edit_release_notice(self, label: str | None = None, *,
                            parent: QWidget | None = None) -> bool:
        """Edit the "What has changed" text of a version (read-only once published).

        Returns whether the version has a notice afterwards; ``parent`` is the
        window the notice dialog opens over (the publish dialog, say).
        """
        from policyeditor.app.services.review import draft_release_notice

        s = self.session
        label = label or self.window.versions_panel.selected_label()
        if s is None or s.workspace is None or not label or label == DRAFT:
            self.dialogs.info(
                parent or self.window,
                QCoreApplication.translate("ReviewCommands", "Release Notice"),
                QCoreApplication.translate(
                    "ReviewCommands",
                    "A release notice belongs to a saved version. "
                    "Save the draft as a version first.",
                ),
            )
            return False
        try:
            info = s.workspace.version(label)
            drafted = draft_release_notice(s.workspace, label)
        except PolicyEditorError as exc:
            self.dialogs.refused(
                parent or self.window,
                QCoreApplication.translate("ReviewCommands", "Release Notice"),
                exc,
            )
            return False
        readonly = info.status == "published"
        dialog = ReleaseNoticeDialog(
            label, info.notice, drafted, readonly=readonly, parent=parent or self.window
        )
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted or readonly:
            return bool(info.notice)
        try:
            s.workspace.set_version_notice(label, dialog.text())
        except PolicyEditorError as exc:
            self.dialogs.refused(
                parent or self.window,
                QCoreApplication.translate("ReviewCommands", "Release Notice"),
                exc,
            )
            return bool(info.notice)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "ReviewCommands", "Release notice of version %1 saved"
            ).replace("%1", label),
            8000,
        )
        return bool(dialog.text().strip())
