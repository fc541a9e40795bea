"""After sections move, offer to update the references that pointed at them.

When the numbering changes (a section moved, indented, inserted or deleted),
every "avsnitt 4.2" / "section 3 ‘…’" that named a section which now has
another number is found (``core.lint.references.retarget``); the drafter is
asked once, and all of them change in one undoable step. Undo and redo never
ask: only a new structural change does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from policyeditor.app.session import DocumentSession
from policyeditor.core import edits
from policyeditor.core.lint.references import retarget
from policyeditor.core.model import numbers
from policyeditor.ui.common.dialogs import Dialogs
from policyeditor.ui.main_window import MainWindow


class ReferenceFollower(QObject):
    """Watches one session's numbering and offers to keep references pointing right."""

    def __init__(self, session: DocumentSession, window: MainWindow, dialogs: Dialogs) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._dialogs = dialogs
        self._numbers = numbers(session.policy)
        session.structure_changed.connect(self._renumbered)

    def _renumbered(self) -> None:
        before, self._numbers = self._numbers, numbers(self._session.policy)
        # after the change's own undo command is pushed: no push inside a push
        QTimer.singleShot(0, lambda: self._offer(before))

    def _offer(self, before: dict[str, str]) -> None:
        session = self._session
        # a fresh change leaves nothing to redo; an undo does (and never asks)
        if session.readonly or session.undo_stack.canRedo():
            return
        changes = retarget(session.policy, before)
        if not changes:
            return
        count = len(changes)
        text = (QCoreApplication.translate(
            "Problems", "References in 1 section point to sections that now have other "
            "numbers. Update them?") if count == 1 else QCoreApplication.translate(
            "Problems", "References in %n sections point to sections that now have other "
            "numbers. Update them?").replace("%n", str(count)))
        if not self._dialogs.confirm(
                self._window, QCoreApplication.translate("Problems", "Update References"), text,
                QCoreApplication.translate("Problems", "Update")):
            return
        session.apply_edits([edits.SetBody(section_id, body) for section_id, body in changes],
                            QCoreApplication.translate("Problems", "Update references"))
