"""The banner over the editor when the policy's next review date has passed.

A privacy notice must be kept accurate (GDPR art. 5(1)(d), 12); the team sets
a "next review by" date on the workspace (``settings --review-by``), and the
editor reminds whoever opens it once that date is behind them.
"""

from __future__ import annotations

import datetime
import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from policyeditor.core.errors import PolicyEditorError


class ReviewBanner(QLabel):
    """Hidden unless the workspace's review date has passed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("review_overdue_banner")
        self.setWordWrap(True)
        # the same warning colours as the editor's other notices; padding so it reads as a bar
        self.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px;")
        self.hide()

    def show_for(self, workspace: Any) -> None:
        """Show the banner when ``workspace``'s review is overdue (today, local date)."""
        due = ""
        try:
            if workspace is not None and workspace.review_overdue(
                    datetime.date.today().isoformat()):
                due = workspace.review_by()
        except (PolicyEditorError, sqlite3.Error):
            due = ""  # unreadable: no banner rather than a failed window
        if due:
            self.setText(QCoreApplication.translate(
                "ReviewBanner",
                "This policy was due for review by %1. Review it, then set the next date.",
            ).replace("%1", due))
        self.setVisible(bool(due))
