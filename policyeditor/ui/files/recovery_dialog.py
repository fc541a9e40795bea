"""The offer of crash-recovered work: what would be restored, Restore or Discard.

Lists the sections where the recovered copy differs from what would be shown
otherwise, with the recovered and the saved text of the selected one side by
side, so the user decides knowing what comes back. Closing the dialog decides
nothing: the copy stays and is offered again at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.autosave import SAMPLE_SOURCE
from policyeditor.app.recovery import Recovery, SectionDifference
from policyeditor.ui.common.naming import named

RESTORE = "restore"
DISCARD = "discard"
LATER = "later"


_T = QCoreApplication.translate  # lupdate reads _T("Context", "text") (update.sh)


def _change_name(change: str) -> str:
    return {
        "changed": _T("RecoveryDialog", "Changed"),
        "added": _T("RecoveryDialog", "Recovered"),
        "removed": _T("RecoveryDialog", "Removed"),
    }.get(change, change)


def origin_name(recovery: Recovery) -> str:
    """Which document the copy is of, in words."""
    from pathlib import Path

    if recovery.source == SAMPLE_SOURCE:
        return _T("RecoveryDialog", "the sample policy")
    if recovery.source:
        return Path(recovery.source).name
    return _T("RecoveryDialog", "a new policy")


class RecoveryDialog(QDialog):
    """Shows one recovered copy; ``choice`` is RESTORE, DISCARD or LATER after it closes."""

    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "recovery_dialog")
        self.recovery = recovery
        self.choice = LATER
        self.differences = recovery.differences()
        self.setWindowTitle(_T("RecoveryDialog", "Recover Unsaved Work"))
        title = recovery.policy.title.strip() or origin_name(recovery)
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(recovery.saved_at.timestamp())),
            QLocale.FormatType.ShortFormat,
        )
        intro = QLabel(
            _T(
                "RecoveryDialog",
                "PolicyEditor was closed before “%1” (%2) was saved. The text autosaved "
                "at %3 can be restored. These sections differ from the saved text:"
            )
            .replace("%1", title)
            .replace("%2", origin_name(recovery))
            .replace("%3", when)
        )
        intro.setWordWrap(True)
        self.sections = QTreeWidget()
        named(self.sections, "recovery_sections")
        self.sections.setHeaderLabels(
            [_T("RecoveryDialog", "Section"), _T("RecoveryDialog", "Change")]
        )
        self.sections.setRootIsDecorated(False)
        header = self.sections.header()
        header.setStretchLastSection(False)  # the section's name gets the width, not "Changed"
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for difference in self.differences:
            label = f"{difference.number} {difference.heading}".strip() or _T(
                "RecoveryDialog", "Title and preamble"
            )
            item = QTreeWidgetItem([label, _change_name(difference.change)])
            self.sections.addTopLevelItem(item)
        self.recovered_text = self._pane("recovery_recovered_text")
        self.saved_text = self._pane("recovery_saved_text")
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.addWidget(self._titled(_T("RecoveryDialog", "Recovered text"), self.recovered_text))
        panes.addWidget(self._titled(_T("RecoveryDialog", "Saved text"), self.saved_text))
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(_T("RecoveryDialog", "&Restore"))
        self.discard_button = QPushButton(_T("RecoveryDialog", "&Discard"))
        self.later_button = QPushButton(_T("RecoveryDialog", "Decide &Later"))
        named(self.restore_button, "recovery_restore")
        named(self.discard_button, "recovery_discard")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._decide(RESTORE))
        self.discard_button.clicked.connect(lambda: self._decide(DISCARD))
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.sections)
        body.addWidget(panes)
        body.setStretchFactor(1, 2)  # the texts matter more than the list
        body.setSizes([150, 330])
        layout.addWidget(body, 1)
        if not self.differences:
            layout.addWidget(
                QLabel(_T("RecoveryDialog", "The recovered text is the same as the saved text."))
            )
        layout.addWidget(buttons)
        self.sections.currentItemChanged.connect(lambda *_a: self._show_selected())
        first = self.sections.topLevelItem(0)
        if first is not None:
            self.sections.setCurrentItem(first)
        self.resize(820, 560)

    @staticmethod
    def _pane(name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit()
        pane.setReadOnly(True)
        named(pane, name)
        return pane

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(widget)
        return box

    def _show_selected(self) -> None:
        item = self.sections.currentItem()
        row = self.sections.indexOfTopLevelItem(item) if item is not None else -1
        difference: SectionDifference | None = (
            self.differences[row] if 0 <= row < len(self.differences) else None
        )
        self.recovered_text.setPlainText(difference.recovered if difference else "")
        self.saved_text.setPlainText(difference.saved if difference else "")

    def _decide(self, choice: str) -> None:
        self.choice = choice
        self.accept()

