"""The Problems panel: every finding of every kind, one row each; a click goes there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from policyeditor.core.lint import Finding
from policyeditor.ui.checking.messages import describe, kind_name
from policyeditor.ui.common.naming import named

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsPanel(QWidget):
    """A list of findings (section, kind, sentence) with a one-line summary above it."""

    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self.summary = named(QLabel(), "problems_summary")
        self.tree = named(QTreeWidget(), "problems_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(3)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._findings: list[Finding] = []
        self._state = "loading"
        self.retranslate()

    def set_loading(self) -> None:
        """The dictionaries are still loading."""
        self._state = "loading"
        self._update_summary()

    def set_unavailable(self, sentence: str) -> None:
        """The checks cannot run (a dictionary is missing): say why."""
        self._state = "unavailable"
        self.summary.setText(sentence)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show ``findings`` in document order."""
        self._state = "ready"
        self._findings = list(findings)
        self.tree.clear()
        for finding in self._findings:
            where = finding.section or QCoreApplication.translate("Problems", "Preamble")
            item = QTreeWidgetItem([where, kind_name(finding.kind), describe(finding)])
            item.setData(0, FINDING_ROLE, finding)
            item.setToolTip(2, describe(finding))
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self._update_summary()

    def findings(self) -> list[Finding]:
        """What the panel lists now."""
        return list(self._findings)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, FINDING_ROLE)
        if finding is not None:
            self.finding_activated.emit(finding)

    def _update_summary(self) -> None:
        if self._state == "loading":
            text = QCoreApplication.translate("Problems", "Loading the dictionaries…")
        elif not self._findings:
            text = QCoreApplication.translate("Problems", "No problems found.")
        else:
            count = len(self._findings)
            text = (QCoreApplication.translate("Problems", "1 problem") if count == 1 else
                    QCoreApplication.translate("Problems", "%n problems").replace("%n", str(count)))
        self.summary.setText(text)

    def retranslate(self) -> None:
        """Re-read the texts in the current UI language."""
        self.tree.setHeaderLabels([
            QCoreApplication.translate("Problems", "Section"),
            QCoreApplication.translate("Problems", "Kind"),
            QCoreApplication.translate("Problems", "Problem"),
        ])
        if self._state == "ready":
            self.set_findings(self._findings)
        elif self._state == "loading":
            self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
