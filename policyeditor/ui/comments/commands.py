"""Comments commands of the editor window: comment on words, reply, resolve, delete.

New Comment (Ctrl+Alt+M, as in Word) takes the words selected in the section
editor or in a pane of the compare view, asks for the text and adds the
thread to the draft's section as an undoable edit, by the user named in the
settings. The Comments panel (a dock, shown when there is something to show)
lists every thread; choosing one selects its words in the editor. Commented
words are marked in the editor (``highlight``).
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QWidget

from policyeditor.core.comments.anchor import placed
from policyeditor.core.comments.edits import AddComment, AddReply, RemoveComment, SetResolved
from policyeditor.core.edits import Edit
from policyeditor.core.model import Comment, Reply, iter_sections
from policyeditor.ui.comments.comment_dialog import CommentDialog
from policyeditor.ui.comments.comments_panel import CommentsPanel
from policyeditor.ui.comments.highlight import REFRESH_MS, CommentHighlight, qt_offset
from policyeditor.ui.comments.targets import Target, editor_target, pane_target
from policyeditor.ui.common.naming import named
from policyeditor.ui.review.commands import ReviewCommands
from policyeditor.ui.review.compare_panes import RedlinePane
from policyeditor.ui.review.compare_view import CompareView
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


def now() -> str:
    """The current time as ISO 8601 UTC to the second (what Word writes in ``w:date``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class CommentCommands(FeatureCommands):
    """New comment, the Comments panel and dock, the marks in the editor."""

    def __init__(self, context: WindowContext, review: ReviewCommands) -> None:
        super().__init__(context)
        a = self.window.comment_actions
        on_trigger(a.comment_new, self.new_comment)
        self.panel = CommentsPanel()
        self.dock = named(QDockWidget(self.window), "comments_dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # shown when the document has comments or one is made
        a.view_comments.toggled.connect(self.dock.setVisible)
        self.dock.toggleViewAction().toggled.connect(a.view_comments.setChecked)
        self.highlight = CommentHighlight(self.window)
        # The list shows quotes and "words deleted": re-read once typing pauses.
        self._typing = QTimer(self.window, singleShot=True, interval=REFRESH_MS)
        self._typing.timeout.connect(self.panel.refresh)
        self.panel.thread_chosen.connect(self.select_thread)
        self.panel.reply_requested.connect(self.reply)
        self.panel.resolve_requested.connect(self.set_resolved)
        self.panel.delete_requested.connect(self.delete)
        self.window.panes_installed.connect(self._session_shown)
        self.window.language_changed.connect(self._retranslate)
        review.compare_created.append(self._compare_created)
        self._compare: CompareView | None = None
        self._retranslate()

    def _retranslate(self) -> None:
        self.dock.setWindowTitle(QCoreApplication.translate("CommentCommands", "Comments"))

    def update_actions(self) -> None:
        s = self.session
        self.window.comment_actions.comment_new.setEnabled(s is not None and not s.readonly)

    # -- following the document ----------------------------------------------------
    def _session_shown(self) -> None:
        s, editor = self.session, self.window.editor
        if s is None or editor is None:
            return
        self.panel.set_policy(s.policy, s.readonly)
        s.comments_changed.connect(self._comments_changed)
        s.section_changed.connect(self._text_changed)
        s.document_reset.connect(self._document_reset)
        s.structure_changed.connect(self.panel.refresh)  # numbers in the list
        s.current_changed.connect(lambda _id: self._mark_current())
        editor.body_edit.textChanged.connect(self.highlight.text_changed)
        self._mark_current()
        if any(sec.comments for sec in iter_sections(s.policy.sections)):
            self.window.comment_actions.view_comments.setChecked(True)

    def _mark_current(self) -> None:
        s, editor = self.session, self.window.editor
        if s is None or editor is None:
            return
        sid = editor.section_id
        self.highlight.show(editor.body_edit, s.section(sid) if sid and s.has_section(sid)
                            else None)

    def _text_changed(self, section_id: str) -> None:
        s = self.session
        if s is not None and s.has_section(section_id) and s.section(section_id).comments:
            self._typing.start()

    def _comments_changed(self, _section_id: str) -> None:
        self.panel.refresh()
        self._mark_current()

    def _document_reset(self) -> None:
        s = self.session
        if s is not None:
            self.panel.set_policy(s.policy, s.readonly)
        self._mark_current()

    def _compare_created(self, view: CompareView) -> None:
        # Ctrl+Alt+M works in the compare window too (its panes are another window).
        self._compare = view
        view.addAction(self.window.comment_actions.comment_new)

    # -- new comment ------------------------------------------------------------------
    def new_comment(self) -> None:
        """Comment on the words selected where the keyboard is (editor or compare pane)."""
        s = self.session
        if s is None or s.readonly:
            return
        focus = QApplication.focusWidget()
        view = self._compare
        pane = focus if isinstance(focus, RedlinePane) else None
        target: Target | None
        if view is not None and pane is not None and view.isAncestorOf(pane):
            comparison = view.model.comparison
            bodies = {sec.id: sec.body for sec in iter_sections(s.policy.sections)}
            target = None if comparison is None else pane_target(
                comparison, pane.anchors(), pane.textCursor(), pane is view.old_pane, bodies)
            parent: QWidget = view
        else:
            editor = self.window.editor
            target = None
            if editor is not None and editor.section_id:
                field = editor.body_edit
                target = editor_target(editor.section_id, field.toPlainText(),
                                       field.textCursor())
            parent = self.window
        if target is None:
            self.dialogs.info(
                parent, QCoreApplication.translate("CommentCommands", "New Comment"),
                QCoreApplication.translate(
                    "CommentCommands",
                    "Select the words to comment on in a section's text first."))
            return
        dialog = CommentDialog(target.quote, parent=parent)
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted or not dialog.text():
            return
        comment = Comment(author=self.author(), created=now(), quote=target.quote,
                          text=dialog.text(), anchor=target.span)
        if self._push(AddComment(target.section_id, comment),
                      QCoreApplication.translate("CommentCommands", "New comment")):
            self.window.comment_actions.view_comments.setChecked(True)
            self.panel.choose(target.section_id, comment.id)
            if target.span is None:  # e.g. words the old side of the compare view had
                self.window.statusBar().showMessage(QCoreApplication.translate(
                    "CommentCommands",
                    "The draft no longer has these words: the comment is on the section."),
                    10000)

    def author(self) -> str:
        """Who writes: the user name in the settings, else the login name."""
        name = self.settings.author_name
        if not name:
            try:
                name = getpass.getuser()
            except (OSError, KeyError):  # no login name (a service account, a container)
                name = ""
        return name

    def _push(self, edit: Edit, text: str) -> bool:
        s = self.session
        return s is not None and not s.readonly and s.apply_edits([edit], text)

    # -- thread commands (the panel's buttons) ----------------------------------------
    def reply(self, section_id: str, comment_id: str) -> None:
        """Ask for a reply and add it to the thread."""
        comment = self.panel.chosen_comment()
        if comment is None or comment.id != comment_id:
            return
        dialog = CommentDialog(comment.quote, reply=True, parent=self.window)
        if self.dialogs.exec(dialog) != QDialog.DialogCode.Accepted or not dialog.text():
            return
        self._push(AddReply(section_id, comment_id, Reply(self.author(), now(), dialog.text())),
                   QCoreApplication.translate("CommentCommands", "Reply to comment"))

    def set_resolved(self, section_id: str, comment_id: str, resolved: bool) -> None:
        """Resolve or reopen a thread."""
        self._push(SetResolved(section_id, comment_id, resolved),
                   QCoreApplication.translate("CommentCommands", "Resolve comment") if resolved
                   else QCoreApplication.translate("CommentCommands", "Reopen comment"))

    def delete(self, section_id: str, comment_id: str) -> None:
        """Delete a thread with its replies (undoable, so no question asked)."""
        self._push(RemoveComment(section_id, comment_id),
                   QCoreApplication.translate("CommentCommands", "Delete comment"))

    def select_thread(self, section_id: str, comment_id: str) -> None:
        """Show the thread's section and select its words in the editor."""
        s, editor = self.session, self.window.editor
        if s is None or editor is None or not s.has_section(section_id):
            return
        self.highlight.chosen = comment_id
        if s.current_section_id != section_id:
            s.set_current(section_id)
            if self.window.outline is not None:
                self.window.outline.select_section(section_id)
        section = s.section(section_id)
        comment = next((c for c in section.comments if c.id == comment_id), None)
        span = placed(comment, section.body) if comment is not None else None
        self._mark_current()
        if span is not None:
            body = section.body
            start = qt_offset(body, span[0])
            editor.select_in_body(start, qt_offset(body, span[1]) - start)
