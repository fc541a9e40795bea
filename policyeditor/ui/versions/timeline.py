"""The selected version's audit trail, shown under the versions list.

What an auditor asks (GDPR art. 5(2)): when was it saved, who approved it,
which flags were signed off and why, was the gate overridden and for what
reason, when was it published. The events come from
:func:`policyeditor.core.workspace.audit.version_trail` — the same trail
``history --format json`` prints — so the editor and scripts never disagree.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from policyeditor.app.paths import user_rule_files
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.workspace.audit import AuditEvent, version_trail


def kind_label(kind: str) -> str:
    """Translated name of an audit event kind."""
    names = {
        "saved": QCoreApplication.translate("VersionTimeline", "Saved"),
        "approved": QCoreApplication.translate("VersionTimeline", "Approved"),
        "acknowledged": QCoreApplication.translate("VersionTimeline", "Flag acknowledged"),
        "override": QCoreApplication.translate("VersionTimeline", "Gate overridden"),
        "published": QCoreApplication.translate("VersionTimeline", "Published"),
    }
    return names.get(kind, kind)


class VersionTimeline(QTreeWidget):
    """Time, event, who and what, oldest first, for one version."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("version_timeline")
        self.setRootIsDecorated(False)
        self.setColumnCount(4)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setHeaderLabels([
            QCoreApplication.translate("VersionTimeline", "Time"),
            QCoreApplication.translate("VersionTimeline", "Event"),
            QCoreApplication.translate("VersionTimeline", "By"),
            QCoreApplication.translate("VersionTimeline", "Details"),
        ])
        self.setAccessibleName(QCoreApplication.translate("VersionTimeline", "Version history"))

    def show_version(self, workspace: Any, label: str, local_time: Any) -> None:
        """Show the trail of ``label`` (nothing when no version is selected)."""
        self.clear()
        events: list[AuditEvent] = []
        if workspace is not None and label:
            try:
                events = version_trail(workspace, label, rule_files=user_rule_files())
            except (PolicyEditorError, sqlite3.Error):
                events = []  # closed or unreadable: an empty trail rather than a failed repaint
        for event in events:
            item = QTreeWidgetItem(
                [local_time(event.time), kind_label(event.kind), event.author, event.text]
            )
            item.setToolTip(3, event.text)
            self.addTopLevelItem(item)
        for column in range(3):
            self.resizeColumnToContents(column)
        self.setVisible(bool(events))
