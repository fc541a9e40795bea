"""Every change of the comparison, grouped by section, with the reviewer's decision.

One row per change (a word group, an added or removed section, a move, the
title, a metadata value), under a row naming its section; the second column
says Accepted or Rejected. Decided rows are dimmed, so the open ones stand
out, as the Reviewing Pane of a word processor shows what is left to do.
Selecting a row makes it the current change; the context menu offers the
accept/reject actions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from policyeditor.core.compare.result import Comparison
from policyeditor.core.merge.changes import Change, Decision
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline_summary import change_heading

INDEX_ROLE = Qt.ItemDataRole.UserRole
QUOTE_CHARS = 48


def _quote(text: str) -> str:
    """``text`` on one line, shortened, in quotation marks."""
    flat = " ".join(text.replace("\n", " ¶ ").split())
    if len(flat) > QUOTE_CHARS:
        flat = flat[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{flat}”"


def metadata_name(key: str) -> str:
    """A metadata key as the reader knows it (unknown keys as they are)."""
    names = {
        "last_changed": QCoreApplication.translate("DecideView", "Last changed"),
        "effective": QCoreApplication.translate("DecideView", "Effective"),
        "organisation": QCoreApplication.translate("DecideView", "Organisation"),
    }
    # A date line kept as written ("Senast ändrad: 24 januari 2021") beside the date.
    base = key.removesuffix("_text")
    if base != key and base in names:
        text = QCoreApplication.translate("DecideView", "%1 (as written)")
        return text.replace("%1", names[base])
    return names.get(key, key)


def describe_change(change: Change) -> str:
    """What a change does, in words, for its row (and the status line)."""
    if change.kind == "added":
        return QCoreApplication.translate("DecideView", "Section added")
    if change.kind == "removed":
        return QCoreApplication.translate("DecideView", "Section removed")
    if change.kind == "moved":
        text = QCoreApplication.translate("DecideView", "Moved from %1 to %2")
        return text.replace("%1", change.old).replace("%2", change.new)
    if change.kind == "language":
        text = QCoreApplication.translate("DecideView", "Language: %1 → %2")
        return text.replace("%1", change.old).replace("%2", change.new)
    if change.kind == "metadata":
        return f"{metadata_name(change.part)}: {_quote(change.old)} → {_quote(change.new)}"
    if change.old.strip() and change.new.strip():
        text = f"{_quote(change.old)} → {_quote(change.new)}"
    elif change.new.strip() or not change.old.strip():
        text = "+ " + _quote(change.new)
    else:
        text = "− " + _quote(change.old)
    if change.kind == "title":
        return QCoreApplication.translate("DecideView", "Title: %1").replace("%1", text)
    if change.part == "heading":
        return QCoreApplication.translate("DecideView", "Heading: %1").replace("%1", text)
    return text


def decision_text(decision: Decision | None) -> str:
    """"Accepted", "Rejected" or "" (open)."""
    if decision == "accept":
        return "✓ " + QCoreApplication.translate("DecideView", "Accepted")
    if decision == "reject":
        return "✗ " + QCoreApplication.translate("DecideView", "Rejected")
    return ""


class DecisionList(QTreeWidget):
    """The changes with their decisions; the current row is the current change."""

    current_change = Signal(int)  # index into the state's changes (-1: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decide_changes")
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._rows: dict[int, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._current_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.setHeaderLabels([
            QCoreApplication.translate("DecideView", "Change"),
            QCoreApplication.translate("DecideView", "Decision"),
        ])
        self.setAccessibleName(QCoreApplication.translate("DecideView", "Changes to decide"))

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """The actions its context menu offers (a separator where None)."""
        for action in actions:
            self.addAction(action)

    def fill(self, comparison: Comparison | None, changes: list[Change],
             decisions: list[Decision | None], current: int) -> None:
        """List ``changes`` under their sections and select the ``current``-th."""
        self.blockSignals(True)
        self.clear()
        self._rows = {}
        group: QTreeWidgetItem | None = None
        group_section: int | None = None
        bold = QFont(self.font())
        bold.setBold(True)
        for index, change in enumerate(changes):
            if group is None or change.section != group_section:
                group = QTreeWidgetItem(self, [self._group_name(comparison, change)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                group.setFirstColumnSpanned(True)
                group_section = change.section
            row = QTreeWidgetItem(group, ["    " + describe_change(change), ""])
            row.setData(0, INDEX_ROLE, index)
            row.setToolTip(0, describe_change(change))
            self._rows[index] = row
            self._show_decision(row, decisions[index])
        self.expandAll()
        if current in self._rows:
            # Quietly: a recomputed comparison must not scroll the panes away
            # from where the reader is (the view re-highlights after rendering).
            self.setCurrentItem(self._rows[current])
        self.blockSignals(False)

    @staticmethod
    def _group_name(comparison: Comparison | None, change: Change) -> str:
        if change.section < 0 or comparison is None:
            return QCoreApplication.translate("DecideView", "Document")
        row = comparison.sections[change.section]
        return f"{row.number}  {change_heading(row)}"

    def _show_decision(self, row: QTreeWidgetItem, decision: Decision | None) -> None:
        row.setText(1, decision_text(decision))
        colour = {"accept": PALETTE.move, "reject": PALETTE.severity_medium}.get(
            decision or "", PALETTE.text)
        row.setForeground(1, QBrush(QColor(colour)))
        # Decided rows step back; the open ones are what is left to do.
        row.setForeground(0, QBrush(QColor(PALETTE.muted if decision else PALETTE.text)))
        font = QFont(self.font())
        font.setStrikeOut(decision == "reject")
        row.setFont(0, font)

    def update_decisions(self, decisions: list[Decision | None]) -> None:
        """Show new decisions without rebuilding the list (keeps scroll and selection)."""
        for index, row in self._rows.items():
            if index < len(decisions):
                self._show_decision(row, decisions[index])

    def current_index(self) -> int:
        """The index of the current change (-1: none)."""
        item = self.currentItem()
        value = item.data(0, INDEX_ROLE) if item is not None else None
        return int(value) if value is not None else -1

    def select(self, index: int) -> None:
        """Make the ``index``-th change current (and scroll to it)."""
        row = self._rows.get(index)
        if row is not None:
            self.setCurrentItem(row)
            self.scrollToItem(row)

    def _current_item_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        value = item.data(0, INDEX_ROLE) if item is not None else None
        self.current_change.emit(int(value) if value is not None else -1)
