"""Edit the release notice ("What has changed") of a saved version.

The text starts from the stored notice, or, when there is none, from a draft
written by ``core.release_notice.draft_notice`` in the policy's language from
the flags and the change list. "Draft from Changes" rewrites it from scratch.
A published version's notice is shown read-only: the version can no longer
change, and neither can what it says about itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReleaseNoticeDialog(QDialog):
    """The notice of one version, editable unless it is published."""

    def __init__(
        self,
        label: str,
        text: str,
        drafted: str,
        *,
        readonly: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("release_notice_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("ReleaseNotice", "Release Notice for Version %1").replace(
                "%1", label
            )
        )
        self._drafted = drafted
        intro = QLabel(
            QCoreApplication.translate(
                "ReleaseNotice",
                "Shown as “What has changed” at the top of the published page. "
                "Written in the policy's language; Markdown is allowed.",
            )
            if not readonly
            else QCoreApplication.translate(
                "ReleaseNotice",
                "This version is published; its release notice can no longer change.",
            )
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text or drafted)
        self.text_edit.setObjectName("release_notice_text")
        self.text_edit.setReadOnly(readonly)
        # Tab moves on to the buttons: a tab typed into Markdown would turn the
        # line into a code block on the published page.
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(
            QCoreApplication.translate("ReleaseNotice", "Release notice")
        )
        self.redraft_button = QPushButton(
            QCoreApplication.translate("ReleaseNotice", "&Draft from Changes")
        )
        self.redraft_button.setObjectName("release_notice_redraft")
        self.redraft_button.setEnabled(not readonly and bool(drafted))
        self.redraft_button.clicked.connect(lambda: self.text_edit.setPlainText(self._drafted))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if readonly
            else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # Beside Save/Cancel, on the side where dialogs keep their secondary actions.
        buttons.addButton(self.redraft_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.text_edit, 1)
        box.addWidget(buttons)
        self.resize(640, 420)

    def text(self) -> str:
        """The notice as edited (trailing space removed)."""
        return self.text_edit.toPlainText().strip()
