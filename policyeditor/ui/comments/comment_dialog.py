"""The small dialog that takes a comment's (or a reply's) text, showing the words it is on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from policyeditor.ui.common.naming import named


class CommentDialog(QDialog):
    """"New Comment" or "Reply": the quoted words (read-only) and a text field."""

    def __init__(self, quote: str, *, reply: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comment_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("CommentDialog", "Reply to Comment") if reply
            else QCoreApplication.translate("CommentDialog", "New Comment"))
        shown = " ".join(quote.split())
        if len(shown) > 160:
            shown = shown[:158] + "…"
        self.quote_label = named(QLabel(), "comment_quote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setText(
            QCoreApplication.translate("CommentDialog", "On: “%1”").replace("%1", shown))
        self.text_edit = named(QPlainTextEdit(), "comment_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(
            QCoreApplication.translate("CommentDialog", "Comment text"))
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate("CommentDialog", "Write your reply…") if reply
            else QCoreApplication.translate("CommentDialog", "Write your comment…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # an empty comment says nothing
        self.text_edit.textChanged.connect(
            lambda: ok.setEnabled(bool(self.text_edit.toPlainText().strip())))
        box = QVBoxLayout(self)
        box.addWidget(self.quote_label)
        box.addWidget(self.text_edit, 1)
        box.addWidget(self.buttons)
        self.text_edit.setFocus()
        self.resize(420, 220)

    def text(self) -> str:
        """The comment as typed (outer blank lines dropped)."""
        return self.text_edit.toPlainText().strip()
