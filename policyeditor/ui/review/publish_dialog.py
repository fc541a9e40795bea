"""The publish gate as a dialog.

Publishing a version is refused while high-severity flags raised since the
last published version are unacknowledged (the flags come from
``app.services.publishing.open_high_flags``, the very check ``Workspace.publish``
applies for the editor and ``policyeditor publish`` alike). The dialog lists those
flags; the Publish button stays disabled until the user writes a reason to
publish anyway, and that reason is recorded in the workspace history. With
no open flag the dialog only asks who publishes. It also says whether the
version carries a release notice, since that is the last chance to add one;
"Release Notice…" edits it on top of this dialog, which stays open (the user
was about to publish, and comes back to do so).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.compare.result import Flag
from policyeditor.ui.review.flag_names import category_name
from policyeditor.ui.review.flags_panel import ui_language


def open_flags_html(flags: Sequence[Flag]) -> str:
    """The open flags as a short list: section, category, explanation."""
    language = ui_language()
    items = "".join(
        f"<li><b>{html.escape(f.section)}</b> · {html.escape(category_name(f.category))}: "
        f"{html.escape(f.explanations.get(language) or f.explanation)}</li>"
        for f in flags
    )
    return f"<ul>{items}</ul>"


class PublishGateDialog(QDialog):
    """Who publishes; and, when flags are open, the reason to publish anyway."""

    def __init__(
        self,
        label: str,
        author: str,
        open_flags: Sequence[Flag],
        has_notice: bool,
        parent: QWidget | None = None,
        *,
        edit_notice: Callable[[QWidget], bool] | None = None,
        stale_date: str = "",
        first_base: str | None = None,
    ) -> None:
        """``edit_notice(parent)`` edits the release notice over this dialog and says
        whether the version has one afterwards (None: the dialog closes to let the
        caller edit it). ``stale_date``: the version's "last changed" date when it is
        older than today (the published page would show it). ``first_base``: for a
        first publication, the previous saved version the flags are counted since
        ("" for the very first version)."""
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.setWindowTitle(QCoreApplication.translate("PublishDialog", "Publish Version"))
        self.open_flags = list(open_flags)
        self.notice_requested = False
        self.review_requested = False
        self._edit_notice_over = edit_notice
        intro = QLabel(
            QCoreApplication.translate(
                "PublishDialog", "Publish version “%1”? A published version can never be changed."
            ).replace("%1", label)
        )
        intro.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        # The version cannot change any more, so the date is not offered here but
        # pointed out: Save Version sets it before a new version is made.
        self.date_note = QLabel(
            QCoreApplication.translate(
                "PublishDialog",
                "This version says it was last changed on %1. To publish today's date, "
                "cancel, save a new version with “Set ‘last changed’ to today” and publish that.",
            ).replace("%1", stale_date)
        )
        self.date_note.setObjectName("publish_date_note")
        self.date_note.setWordWrap(True)
        self.date_note.setVisible(bool(stale_date))
        box.addWidget(self.date_note)
        self.author_edit = QLineEdit(author)
        self.author_edit.setObjectName("publish_author_edit")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("publish_reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PublishDialog", "&Published by:"), self.author_edit)
        self.gate_label = QLabel()
        self.gate_label.setObjectName("publish_blocked_label")
        self.gate_label.setWordWrap(True)
        if self.open_flags:
            count = len(self.open_flags)
            head = (
                QCoreApplication.translate(
                    "PublishDialog",
                    "Publishing is blocked: nothing has been published yet, and %n "
                    "high-severity flag(s) raised since the previous saved version "
                    "“%1” need review.",
                ).replace("%n", str(count)).replace("%1", first_base)
                if first_base
                else
                QCoreApplication.translate(
                    "PublishDialog",
                    "Publishing is blocked: 1 high-severity flag raised since "
                    "the last published version needs review.",
                )
                if count == 1
                else QCoreApplication.translate(
                    "PublishDialog",
                    "Publishing is blocked: %n high-severity flags raised "
                    "since the last published version need review.",
                ).replace("%n", str(count))
            )
            self.gate_label.setText(
                f'<span style="color:#b00020;"><b>{html.escape(head)}</b></span>'
                f"{open_flags_html(self.open_flags)}"
                + html.escape(
                    QCoreApplication.translate(
                        "PublishDialog",
                        "Acknowledge them in the review first, or give "
                        "a reason to publish anyway. The reason is recorded in the "
                        "history.",
                    )
                )
            )
            form.addRow(
                QCoreApplication.translate("PublishDialog", "&Reason to publish anyway:"),
                self.reason_edit,
            )
        elif first_base == "":
            self.gate_label.setText(
                QCoreApplication.translate(
                    "PublishDialog",
                    "This is the workspace's first version: there is no earlier "
                    "version to review it against.",
                )
            )
            self.reason_edit.hide()
        else:
            self.gate_label.setText(
                QCoreApplication.translate(
                    "PublishDialog",
                    "No unreviewed high-severity flags since the previous saved version "
                    "“%1” (nothing has been published yet).",
                ).replace("%1", first_base)
                if first_base
                else QCoreApplication.translate(
                    "PublishDialog",
                    "No unreviewed high-severity flags since the last published version.",
                )
            )
            self.reason_edit.hide()
        box.addWidget(self.gate_label)
        box.addLayout(form)
        self.notice_label = notice = QLabel()
        notice.setObjectName("publish_notice_label")
        notice.setWordWrap(True)
        self._show_notice(has_notice)
        self.notice_button = QPushButton(
            QCoreApplication.translate("PublishDialog", "Release &Notice…")
        )
        self.notice_button.setObjectName("publish_notice_button")
        self.notice_button.clicked.connect(self._edit_notice)
        self.review_button = QPushButton(
            QCoreApplication.translate("PublishDialog", "Re&view Flags…")
        )
        self.review_button.setObjectName("publish_review_button")
        self.review_button.clicked.connect(self._review)
        self.review_button.setVisible(bool(self.open_flags))
        box.addWidget(notice)
        row = QHBoxLayout()
        row.addWidget(self.notice_button)
        row.addWidget(self.review_button)
        row.addStretch(1)
        box.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.publish_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.publish_button.setText(
            QCoreApplication.translate("PublishDialog", "Publish Despite Open Flags")
            if self.open_flags
            else QCoreApplication.translate("PublishDialog", "Publish")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._validate)
        self.author_edit.textChanged.connect(self._validate)
        box.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._validate()

    def _validate(self) -> None:
        author, reason = self.values()
        self.publish_button.setEnabled(bool(author) and (bool(reason) or not self.open_flags))

    def _show_notice(self, has_notice: bool) -> None:
        self.notice_label.setText(
            QCoreApplication.translate(
                "PublishDialog", "This version has a release notice (“What has changed”)."
            )
            if has_notice
            else QCoreApplication.translate(
                "PublishDialog", "This version has no release notice yet."
            )
        )

    def _edit_notice(self) -> None:
        if self._edit_notice_over is not None:
            self._show_notice(self._edit_notice_over(self))
            return
        # no editor to open over this dialog: close it and let the caller edit
        self.notice_requested = True
        self.reject()

    def _review(self) -> None:
        # The flags are reviewed in the compare view, after this dialog closes.
        self.review_requested = True
        self.reject()

    def accept(self) -> None:
        if self.publish_button.isEnabled():
            super().accept()

    def values(self) -> tuple[str, str]:
        """(publisher, override reason), stripped."""
        return self.author_edit.text().strip(), self.reason_edit.toPlainText().strip()
