"""Sign-off of one flag: the reviewer reads the flag and acknowledges it with a comment.

The reviewer's name defaults from the settings (the author name used for
versions); the comment is required, because an acknowledgement without a
reason is worth nothing to the next reader of the history. The dialog only
collects the answer: the review model records it in the workspace, with the
time and the content of the section as it reads now.

With ``withdraw=True`` the same dialog takes a sign-off back: who, and why
(required too — a withdrawal is recorded just like the sign-off).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.review.states import FlagState
from policyeditor.ui.review.flag_names import category_name, severity_name
from policyeditor.ui.review.flags_panel import explanation_of, ui_language


class SignOffDialog(QDialog):
    """Acknowledge a flag (who, and why it is acceptable), or withdraw a sign-off."""

    def __init__(self, state: FlagState, reviewer: str, parent: QWidget | None = None, *,
                 withdraw: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("withdraw_dialog" if withdraw else "signoff_dialog")
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("SignOffDialog", "Withdraw Sign-off") if withdraw
                            else translate("SignOffDialog", "Acknowledge Flag"))
        flag = state.flag
        esc = html.escape
        where = QCoreApplication.translate("SignOffDialog", "Section %1").replace(
            "%1", flag.section
        )
        summary = QLabel(
            f"<b>{esc(severity_name(flag.severity))} · {esc(category_name(flag.category))} · "
            f"{esc(where)}</b><br>"
            f"{esc(explanation_of(state, ui_language()))}<br>"
            f"<i>{esc(flag.evidence)}</i><br>{esc(flag.reference)}"
        )
        summary.setObjectName("signoff_summary")
        summary.setWordWrap(True)
        self.reviewer_edit = QLineEdit(reviewer)
        self.reviewer_edit.setObjectName("signoff_reviewer")
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("signoff_comment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(90)
        self.comment_edit.setPlaceholderText(
            translate("SignOffDialog", "Why is the sign-off withdrawn? (required)") if withdraw
            else translate("SignOffDialog", "Why is this change acceptable? (required)")
        )
        self.reviewer_edit.setAccessibleName(
            QCoreApplication.translate("SignOffDialog", "Reviewer")
        )
        self.comment_edit.setAccessibleName(QCoreApplication.translate("SignOffDialog", "Comment"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SignOffDialog", "&Reviewer:"), self.reviewer_edit)
        form.addRow(QCoreApplication.translate("SignOffDialog", "&Comment:"), self.comment_edit)
        hint = QLabel(
            translate(
                "SignOffDialog",
                "Your name, the time and the reason are stored in the workspace, next to the "
                "sign-off. The flag needs review again.",
            ) if withdraw else translate(
                "SignOffDialog",
                "Your name, the time and the section as it reads now are stored in the workspace. "
                "If the section changes again, the flag needs review again.",
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("SignOffDialog", "Withdraw") if withdraw
                               else translate("SignOffDialog", "Acknowledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reviewer_edit.textChanged.connect(self._validate)
        self.comment_edit.textChanged.connect(self._validate)
        box = QVBoxLayout(self)
        box.addWidget(summary)
        box.addLayout(form)
        box.addWidget(hint)
        box.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._validate()
        (self.comment_edit if reviewer else self.reviewer_edit).setFocus()

    def _validate(self) -> None:
        self.ok_button.setEnabled(bool(self.values()[0] and self.values()[1]))

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def values(self) -> tuple[str, str]:
        """(reviewer, comment), stripped."""
        return self.reviewer_edit.text().strip(), self.comment_edit.toPlainText().strip()
