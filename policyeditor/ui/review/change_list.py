"""The change list of the compare view: every added, removed, modified or moved section.

One entry per change in reading order, coloured like the redline (added blue,
removed red, moved green). Clicking an entry, pressing Enter on it, or the
previous/next buttons (Alt+Up, Alt+Down) jump the redline to that change —
the way reviewers step through a marked-up contract.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.compare.result import Comparison
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline_summary import change_heading

INDEX_ROLE = Qt.ItemDataRole.UserRole


def change_kind_text(kind: str, moved: bool) -> str:
    """Translated kind of a change for the change list."""
    names = {
        "added": QCoreApplication.translate("CompareView", "added"),
        "removed": QCoreApplication.translate("CompareView", "removed"),
        "modified": QCoreApplication.translate("CompareView", "modified"),
        "unchanged": QCoreApplication.translate("CompareView", "unchanged"),
    }
    text = names.get(kind, kind)
    if moved:
        moved_text = QCoreApplication.translate("CompareView", "moved")
        text = moved_text if kind == "unchanged" else f"{text}, {moved_text}"
    return text


class ChangeList(QWidget):
    """Title, previous/next buttons and the list of changes."""

    change_activated = Signal(int)  # index of the change in Comparison.sections

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("compare_previous_change")
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.setShortcut(QKeySequence("Alt+Up"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setObjectName("compare_next_change")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setShortcut(QKeySequence("Alt+Down"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.list = QListWidget()
        self.list.setObjectName("compare_changes")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.previous_button)
        head.addWidget(self.next_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.title.setText(QCoreApplication.translate("CompareView", "Chang&es"))
        self.title.setBuddy(self.list)
        self.previous_button.setToolTip(
            QCoreApplication.translate("CompareView", "Previous change (Alt+Up)")
        )
        self.next_button.setToolTip(
            QCoreApplication.translate("CompareView", "Next change (Alt+Down)")
        )

    def set_comparison(self, comparison: Comparison | None) -> None:
        """List the changes of ``comparison`` (nothing for None)."""
        self.list.clear()
        if comparison is None:
            return
        colours = {"added": PALETTE.insertion, "removed": PALETTE.deletion}
        for index, change in enumerate(comparison.sections):
            if change.change == "unchanged" and not change.moved:
                continue
            item = QListWidgetItem(
                f"{change.number}  {change_heading(change)}\n    "
                f"{change_kind_text(change.change, change.moved)}"
            )
            item.setData(INDEX_ROLE, index)
            colour = PALETTE.move if change.moved else colours.get(change.change)
            if colour:
                item.setForeground(QColor(colour))
            self.list.addItem(item)
        if not self.list.count():
            empty = QListWidgetItem(QCoreApplication.translate("CompareView", "No differences."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def step(self, delta: int) -> None:
        """Select and show the next (1) or previous (-1) change."""
        rows = [
            r for r in range(self.list.count()) if self.list.item(r).data(INDEX_ROLE) is not None
        ]
        if not rows:
            return
        current = self.list.currentRow()
        if delta > 0:
            row = next((r for r in rows if r > current), rows[-1])
        else:
            row = next((r for r in reversed(rows) if r < current), rows[0])
        self.list.setCurrentRow(row)
        self._activated(self.list.item(row))

    def _activated(self, item: QListWidgetItem | None) -> None:
        index = item.data(INDEX_ROLE) if item is not None else None
        if index is not None:
            self.change_activated.emit(int(index))
