"""The compare view's second row: step through the changes, accept, reject, apply.

Laid out like the Changes group of Word's Review tab: Previous and Next,
Accept and Reject as split buttons (the button decides the selected change;
its menu offers the whole section or every change), then Apply to Draft and
Undo, and a count of what is decided and what is still open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from policyeditor.ui.common.naming import named
from policyeditor.ui.editing.find_replace import plural
from policyeditor.ui.review.actions import DecideActions


def _button(action: QAction, name: str) -> QToolButton:
    button = named(QToolButton(), name)
    button.setDefaultAction(action)
    return button


class ReviewBar(QWidget):
    """Buttons for the decide actions and the decision counts."""

    def __init__(self, actions: DecideActions, undo: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a = actions
        self.previous_button = _button(a.review_previous_change, "decide_previous")
        self.next_button = _button(a.review_next_change, "decide_next")
        self.accept_menu = QMenu(self)
        self.accept_menu.addActions(
            [a.review_accept_change, a.review_accept_section, a.review_accept_all])
        self.reject_menu = QMenu(self)
        self.reject_menu.addActions(
            [a.review_reject_change, a.review_reject_section, a.review_reject_all])
        self.accept_button = _button(a.review_accept_change, "decide_accept")
        self.accept_button.setMenu(self.accept_menu)
        self.reject_button = _button(a.review_reject_change, "decide_reject")
        self.reject_button.setMenu(self.reject_menu)
        for button in (self.accept_button, self.reject_button):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.apply_button = _button(a.review_apply_decisions, "decide_apply")
        self.undo_button = _button(undo, "decide_undo")
        self.counts = named(QLabel(), "decide_counts")
        self._undo = undo
        self._actions = actions
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for button in (self.previous_button, self.next_button):
            box.addWidget(button)
        box.addSpacing(12)
        box.addWidget(self.accept_button)
        box.addWidget(self.reject_button)
        box.addSpacing(12)
        box.addWidget(self.apply_button)
        box.addWidget(self.undo_button)
        box.addSpacing(12)
        box.addWidget(self.counts, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Button labels in the current UI language.

        The compare window has no menu bar, so every button needs its own
        Alt+letter, unique in the window in each language; the labels are
        the actions' icon texts (a button shows its action's icon text).
        """
        a = self._actions
        # (lupdate reads QCoreApplication.translate calls only, so no shorter alias)
        labels = (
            (a.review_previous_change,
             QCoreApplication.translate("DecideView", "Pre&vious Change")),
            (a.review_next_change, QCoreApplication.translate("DecideView", "Next C&hange")),
            (a.review_accept_change, QCoreApplication.translate("DecideView", "Acce&pt")),
            (a.review_reject_change, QCoreApplication.translate("DecideView", "Re&ject")),
            (a.review_apply_decisions,
             QCoreApplication.translate("DecideView", "Appl&y to Draft")),
            (self._undo, QCoreApplication.translate("DecideView", "&Undo")),
        )
        for action, label in labels:
            action.setIconText(label)

    def show_counts(self, accepted: int, rejected: int, open_: int) -> None:
        """"3 accepted · 1 rejected · 4 open"."""
        self.counts.setText(" · ".join([
            plural(accepted, QCoreApplication.translate("DecideView", "1 accepted"),
                   QCoreApplication.translate("DecideView", "%n accepted")),
            plural(rejected, QCoreApplication.translate("DecideView", "1 rejected"),
                   QCoreApplication.translate("DecideView", "%n rejected")),
            plural(open_, QCoreApplication.translate("DecideView", "1 open"),
                   QCoreApplication.translate("DecideView", "%n open")),
        ]))
