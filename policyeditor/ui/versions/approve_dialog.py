"""The Approve Version dialog: who approves, a note, and the workspace's rule.

The rule "publishing needs an approval by someone other than the author" is a
setting of the workspace (it travels with the file, for every user), shown
here because this is where a reviewer meets it; the gate itself holds in
``Workspace.publish`` whatever this dialog says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from policyeditor.ui.common.naming import named


class ApproveVersionDialog(QDialog):
    """Approver, note, and the second-approver setting of the workspace."""

    def __init__(self, label: str, version_author: str, approver: str, second_approver: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_version_dialog")
        self.setWindowTitle(QCoreApplication.translate("ApproveDialog", "Approve Version"))
        intro = QLabel(
            QCoreApplication.translate(
                "ApproveDialog", "Record that version %1 (saved by %2) was reviewed."
            ).replace("%1", label).replace("%2", version_author or "—")
        )
        intro.setWordWrap(True)
        self.author_edit = named(QLineEdit(approver), "approve_author_edit")
        self.note_edit = named(QPlainTextEdit(), "approve_note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.author_edit.setAccessibleName(QCoreApplication.translate("ApproveDialog", "Approver"))
        self.note_edit.setAccessibleName(QCoreApplication.translate("ApproveDialog", "Note"))
        self.second_approver_check = named(
            QCheckBox(QCoreApplication.translate(
                "ApproveDialog",
                "Publishing needs an approval by someone other than the author")),
            "second_approver_check",
        )
        self.second_approver_check.setChecked(second_approver)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ApproveDialog", "&Approver:"), self.author_edit)
        form.addRow(QCoreApplication.translate("ApproveDialog", "&Note:"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.second_approver_check)
        box.addWidget(buttons)

    def values(self) -> tuple[str, str, bool]:
        """(approver, note, second-approver setting)."""
        return (self.author_edit.text().strip(), self.note_edit.toPlainText().strip(),
                self.second_approver_check.isChecked())
