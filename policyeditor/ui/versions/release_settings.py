"""The Release Settings dialog: the workspace's two release settings.

Both are settings of the workspace file (they travel with it, for every
user): "publishing needs an approval by someone other than the author",
which ``Workspace.publish`` enforces, and the date by which the policy is to
be reviewed again, after which the editor shows a banner and ``policyeditor
check`` exits 1. The same settings as ``policyeditor settings``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from policyeditor.ui.common.naming import named


class ReleaseSettingsDialog(QDialog):
    """Second-approver rule and next review date of one workspace."""

    def __init__(self, second_approver: bool, review_by: str, today: QDate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("release_settings_dialog")
        self.setWindowTitle(QCoreApplication.translate("ReleaseSettingsDialog",
                                                       "Release Settings"))
        self.second_approver_check = named(QCheckBox(QCoreApplication.translate(
            "ReleaseSettingsDialog",
            "Publishing needs an approval by someone other than the author")),
            "release_second_approver_check")
        self.second_approver_check.setChecked(second_approver)
        due = QDate.fromString(review_by, "yyyy-MM-dd")
        self.review_check = named(QCheckBox(QCoreApplication.translate(
            "ReleaseSettingsDialog", "&Next review by:")), "review_by_check")
        self.review_check.setChecked(due.isValid())
        self.review_date = named(QDateEdit(due if due.isValid() else today.addYears(1)),
                                 "review_by_date")
        self.review_date.setDisplayFormat("yyyy-MM-dd")  # the date as the file and CLI write it
        self.review_date.setCalendarPopup(True)
        self.review_date.setEnabled(due.isValid())
        self.review_date.setAccessibleName(QCoreApplication.translate(
            "ReleaseSettingsDialog", "Next review date"))
        self.review_check.toggled.connect(self.review_date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.review_check)
        row.addWidget(self.review_date, 1)
        form = QFormLayout()
        form.addRow(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.second_approver_check)
        box.addLayout(form)
        box.addWidget(buttons)

    def values(self) -> tuple[bool, str]:
        """(second-approver rule, next review date as ``YYYY-MM-DD`` or '' for none)."""
        day = (self.review_date.date().toString("yyyy-MM-dd")
               if self.review_check.isChecked() else "")
        return self.second_approver_check.isChecked(), day
