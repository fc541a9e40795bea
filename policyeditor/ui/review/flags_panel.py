"""The flags panel: every significance flag with its review state, filterable.

Flags are grouped by section (a header row per section, in reading order);
one row per flag, that is per change — severity (icon and name), review
state ("Needs review" or who acknowledged it), category, section,
explanation in the UI language and the legal reference — with a details box
below for the selected flag (evidence, the other categories of the same
change and the reviewer's comment). Filters: severity toggles, a category
list and "needs review only". Selecting a row tells the compare view to show
and highlight the evidence; "Acknowledge…" asks for the sign-off, "Withdraw
Sign-off…" takes it back (both recorded with who, when and why).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.compare.result import CATEGORIES, SEVERITIES
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.review.states import FlagState
from policyeditor.ui.editing.find_replace import plural
from policyeditor.ui.review.flag_names import category_name, severity_name
from policyeditor.ui.review.severity_icon import severity_icon
from policyeditor.ui.versions.versions_panel import local_time

KEY_ROLE = Qt.ItemDataRole.UserRole


def ui_language() -> str:
    """``sv`` or ``en``: the language the UI is shown in (set by the translation manager)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def severity_filter_text(severity: str) -> str:
    """A severity on its filter button, with an Alt+letter free in the compare window."""
    names = {
        "high": QCoreApplication.translate("FlagsPanel", "Hi&gh"),
        "medium": QCoreApplication.translate("FlagsPanel", "Me&dium"),
        "low": QCoreApplication.translate("FlagsPanel", "&Low"),
    }
    return names.get(severity, severity)




def explanation_of(state: FlagState, language: str) -> str:
    """The flag's explanation in the UI language when the rule provides one."""
    return state.flag.explanations.get(language) or state.flag.explanation


def also_text(categories: Sequence[str]) -> str:
    """The other categories of one change: "Also concerns: Purposes, Recipients"."""
    names = ", ".join(category_name(category) for category in categories)
    return QCoreApplication.translate("FlagsPanel", "Also concerns: %1").replace("%1", names)


def status_text(state: FlagState) -> str:
    """ "Needs review" or "Acknowledged (name)"."""
    if not state.acknowledged:
        return QCoreApplication.translate("FlagsPanel", "Needs review")
    return QCoreApplication.translate("FlagsPanel", "Acknowledged (%1)").replace(
        "%1", state.reviewer or "?"
    )


class FlagsPanel(QWidget):
    """List of flags with filters and the sign-off button."""

    flag_selected = Signal(object)  # FlagState or None
    acknowledge_requested = Signal(object)  # FlagState
    withdraw_requested = Signal(object)  # FlagState (acknowledged)
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flags_panel")
        self._states: list[FlagState] = []
        self._can_acknowledge = False
        self.severity_buttons: dict[str, QToolButton] = {}
        filters = QHBoxLayout()
        self.filter_label = QLabel()
        filters.addWidget(self.filter_label)
        for severity in SEVERITIES:
            button = QToolButton()
            button.setObjectName(f"flags_filter_{severity}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._filters_changed)
            self.severity_buttons[severity] = button
            filters.addWidget(button)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("flags_category")
        self.category_combo.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.category_combo, 1)
        self.open_only = QCheckBox()
        self.open_only.setObjectName("flags_open_only")
        self.open_only.toggled.connect(self._filters_changed)
        filters.addWidget(self.open_only)
        self.tree = QTreeWidget()
        self.tree.setObjectName("flags_list")
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(6)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self._request_acknowledge())
        self.details = QLabel()
        self.details.setObjectName("flags_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(48)
        self.summary = QLabel()
        self.summary.setObjectName("flags_summary")
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("flags_acknowledge")
        self.ack_button.clicked.connect(self._request_acknowledge)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("flags_withdraw")
        self.withdraw_button.clicked.connect(self._request_withdraw)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.withdraw_button)
        bottom.addWidget(self.ack_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(filters)
        box.addWidget(self.tree, 1)
        box.addWidget(self.details)
        box.addLayout(bottom)
        self.retranslate()

    # -- texts ------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.filter_label.setText(QCoreApplication.translate("FlagsPanel", "Show:"))
        for severity, button in self.severity_buttons.items():
            button.setText(severity_filter_text(severity))
            button.setToolTip(
                QCoreApplication.translate("FlagsPanel", "Show or hide flags of this severity")
            )
        self.open_only.setText(QCoreApplication.translate("FlagsPanel", "Needs &review only"))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("FlagsPanel", "Severity"),
                QCoreApplication.translate("FlagsPanel", "Status"),
                QCoreApplication.translate("FlagsPanel", "Category"),
                QCoreApplication.translate("FlagsPanel", "Section"),
                QCoreApplication.translate("FlagsPanel", "Explanation"),
                QCoreApplication.translate("FlagsPanel", "Reference"),
            ]
        )
        self.tree.setAccessibleName(QCoreApplication.translate("FlagsPanel", "Flags"))
        self.category_combo.setAccessibleName(QCoreApplication.translate("FlagsPanel", "Category"))
        self.ack_button.setText(QCoreApplication.translate("FlagsPanel", "&Acknowledge…"))
        self.withdraw_button.setText(
            QCoreApplication.translate("FlagsPanel", "Wi&thdraw Sign-off…"))
        self._fill_categories()
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data -------------------------------------------------------------------
    def set_states(self, states: Sequence[FlagState], can_acknowledge: bool) -> None:
        """Show ``states``; keep the selection on the same flag when it is still there."""
        selected = self.selected_state()
        self._states = list(states)
        self._can_acknowledge = can_acknowledge
        self._fill_categories()
        self._rebuild()
        if selected is not None:
            self.select_key(selected.key)

    def _fill_categories(self) -> None:
        current = self.category_combo.currentData()
        present = {s.flag.category for s in self._states}
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(QCoreApplication.translate("FlagsPanel", "All categories"), "")
        for category in CATEGORIES:
            if category in present:
                count = sum(1 for s in self._states if s.flag.category == category)
                self.category_combo.addItem(f"{category_name(category)} ({count})", category)
        index = self.category_combo.findData(current) if current else 0
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)

    def severities(self) -> set[str]:
        """Severities the user chose to see."""
        return {s for s, b in self.severity_buttons.items() if b.isChecked()}

    def category(self) -> str:
        """The category chosen ('' for all)."""
        return str(self.category_combo.currentData() or "")

    def visible_states(self) -> list[FlagState]:
        """The flags that pass the filters, in document order."""
        severities, category = self.severities(), self.category()
        return [
            s
            for s in self._states
            if s.flag.severity in severities
            and (not category or s.flag.category == category)
            and (not self.open_only.isChecked() or not s.acknowledged)
        ]

    def _filters_changed(self) -> None:
        self._rebuild()
        self.filter_changed.emit()

    def _section_item(self, number: str) -> QTreeWidgetItem:
        """A header row for the flags of one section."""
        text = (QCoreApplication.translate("FlagsPanel", "Section %1").replace("%1", number)
                if number else QCoreApplication.translate("FlagsPanel", "Title and introduction"))
        header = QTreeWidgetItem([text])
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        self.tree.addTopLevelItem(header)
        header.setFirstColumnSpanned(True)
        return header

    def _rebuild(self) -> None:
        selected = self.selected_state()
        language = ui_language()
        self.tree.blockSignals(True)
        self.tree.clear()
        headers: dict[str, QTreeWidgetItem] = {}
        for state in self.visible_states():
            flag = state.flag
            explanation = explanation_of(state, language)
            item = QTreeWidgetItem(
                [
                    severity_name(flag.severity),
                    status_text(state),
                    category_name(flag.category),
                    flag.section,
                    explanation,
                    flag.reference,
                ]
            )
            item.setIcon(0, severity_icon(flag.severity))
            item.setData(0, KEY_ROLE, state.key)
            item.setToolTip(4, explanation)
            if flag.secondary:
                item.setToolTip(2, also_text(flag.secondary))
            if not state.acknowledged:
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
                item.setForeground(1, QColor(PALETTE.severity(flag.severity)))
            else:
                item.setForeground(1, QColor("#17803d"))
            place = flag.section_id or flag.section
            if place not in headers:
                headers[place] = self._section_item(flag.section)
            headers[place].addChild(item)
        self.tree.expandAll()
        for column in (0, 1, 2, 3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(4, max(self.tree.columnWidth(4), 360))
        self.tree.blockSignals(False)
        if selected is not None:
            self.select_key(selected.key)
        self._update_summary()
        self._show_details()

    def _update_summary(self) -> None:
        total = len(self._states)
        open_high = sum(1 for s in self._states if s.flag.severity == "high" and not s.acknowledged)
        open_all = sum(1 for s in self._states if not s.acknowledged)
        # Counts of one read "1 flag", "1 allvarlig": each part picks its own form.
        translate = QCoreApplication.translate
        parts = (
            plural(total, translate("FlagsPanel", "1 flag"), translate("FlagsPanel", "%n flags")),
            translate("FlagsPanel", "%1 shown").replace("%1", str(len(self.visible_states()))),
            plural(
                open_all,
                translate("FlagsPanel", "1 needs review"),
                translate("FlagsPanel", "%n need review"),
            ),
            plural(
                open_high,
                translate("FlagsPanel", "1 of them high"),
                translate("FlagsPanel", "%n of them high"),
            ),
        )
        self.summary.setText(
            translate("FlagsPanel", "%1, %2; %3, %4")
            .replace("%1", parts[0])
            .replace("%2", parts[1])
            .replace("%3", parts[2])
            .replace("%4", parts[3])
        )

    # -- selection ------------------------------------------------------------------
    def selected_state(self) -> FlagState | None:
        """The flag selected in the list (None if none)."""
        items = self.tree.selectedItems()
        if not items:
            return None
        key = items[0].data(0, KEY_ROLE)
        return next((s for s in self._states if s.key == key), None)

    def flag_items(self) -> list[QTreeWidgetItem]:
        """The flag rows as shown, section by section (the headers left out)."""
        items: list[QTreeWidgetItem] = []
        for row in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(row)
            if header is not None:
                items += [child for i in range(header.childCount())
                          if (child := header.child(i)) is not None]
        return items

    def select_key(self, key: str) -> bool:
        """Select the row of the flag with ``key`` (False if it is filtered out)."""
        for item in self.flag_items():
            if item.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _selection_changed(self) -> None:
        self._show_details()
        self.flag_selected.emit(self.selected_state())

    def _show_details(self) -> None:
        state = self.selected_state()
        self.ack_button.setEnabled(
            state is not None and self._can_acknowledge and not state.acknowledged
        )
        self.withdraw_button.setEnabled(
            state is not None and self._can_acknowledge and state.acknowledged
        )
        if state is None:
            self.details.setText(
                QCoreApplication.translate("FlagsPanel", "Select a flag to see its evidence.")
            )
            return
        esc = html.escape
        parts = [f"<b>{esc(explanation_of(state, ui_language()))}</b>"]
        if state.flag.secondary:
            parts.append(esc(also_text(state.flag.secondary)))
        if state.flag.evidence:
            evidence = QCoreApplication.translate("FlagsPanel", "Evidence:")
            parts.append(f"{esc(evidence)} {esc(state.flag.evidence)}")
        if state.flag.reference:
            reference = QCoreApplication.translate("FlagsPanel", "Reference:")
            parts.append(f"{esc(reference)} {esc(state.flag.reference)}")
        if state.acknowledged:
            # Local time, like the versions list: a reviewer reads their own clock.
            when = local_time(state.when)
            parts.append(
                esc(
                    QCoreApplication.translate("FlagsPanel", "Acknowledged by %1 on %2: %3")
                    .replace("%1", state.reviewer)
                    .replace("%2", when)
                    .replace("%3", state.comment)
                )
            )
        self.details.setText("<br>".join(parts))

    def _request_withdraw(self) -> None:
        state = self.selected_state()
        if state is not None and self._can_acknowledge and state.acknowledged:
            self.withdraw_requested.emit(state)

    def _request_acknowledge(self) -> None:
        state = self.selected_state()
        if state is not None and self._can_acknowledge and not state.acknowledged:
            self.acknowledge_requested.emit(state)
