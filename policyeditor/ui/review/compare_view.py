"""The compare view: two sides, the redline (inline or side by side), changes and flags.

Top: the bar (``compare_bar``) with the two sides (any saved version or the
draft), the mode, "ignore formatting", "collapse unchanged" and the Release
Notice…/Export… buttons. Left: the change
list (sections added / removed / modified / moved); a click scrolls the
redline there. Centre: the inline redline, or the old and new panes side by
side with synchronised scrolling. Bottom: the flags panel; selecting a flag
scrolls to its section and highlights its evidence. Everything here is
read-only: the only thing a reviewer writes is a sign-off (through the review
model), and the export is requested from the export feature.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.review_session import ReviewModel
from policyeditor.core.compare.result import Comparison, Flag, SignOff
from policyeditor.core.render.redline.panes import (
    INLINE,
    NEW,
    OLD,
    RenderOptions,
    anchor,
    evidence_quotes,
    flagged_sections,
    redline_html,
)
from policyeditor.core.render.redline_summary import flag_target
from policyeditor.core.review.states import FlagState
from policyeditor.ui.editing.find_replace import plural
from policyeditor.ui.review.change_list import ChangeList
from policyeditor.ui.review.compare_bar import INLINE_MODE, CompareBar, side_name
from policyeditor.ui.review.compare_panes import RedlinePane, ScrollSync
from policyeditor.ui.review.flag_names import severity_name
from policyeditor.ui.review.flags_panel import FlagsPanel
from policyeditor.ui.versions.versions_panel import local_time


def _with_signoff(state: FlagState) -> Flag:
    """The flag carrying its sign-off, so an exported report says who signed it off."""
    if not state.acknowledged:
        return state.flag
    # local time, like the flags panel: the reader of the report reads their own clock
    return dataclasses.replace(
        state.flag, signoff=SignOff(state.reviewer, local_time(state.when), state.comment))


class CompareView(QWidget):
    """The review desk's main view (shown as its own window)."""

    export_requested = Signal()  # the redline as filtered on screen
    notice_requested = Signal()
    acknowledge_requested = Signal(object)  # FlagState
    withdraw_requested = Signal(object)  # FlagState

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_view")
        self.model = model
        self.options = RenderOptions()
        self.bar = CompareBar()
        for combo in (self.bar.old_combo, self.bar.new_combo):
            combo.activated.connect(self._sides_chosen)
        self.bar.mode_group.idToggled.connect(self._mode_toggled)
        self.bar.ignore_formatting.toggled.connect(model.set_ignore_formatting)
        self.bar.collapse.toggled.connect(self._collapse_toggled)
        self.bar.notice_button.clicked.connect(self.notice_requested)
        self.bar.export_button.clicked.connect(self.export_requested)
        self.change_list = ChangeList()
        self.change_list.change_activated.connect(self.go_to_change)
        self.changes = self.change_list.list
        self.inline_pane = RedlinePane("compare_inline")
        self.old_pane = RedlinePane("compare_old_pane")
        self.new_pane = RedlinePane("compare_new_pane")
        for pane in (self.inline_pane, self.old_pane, self.new_pane):
            pane.toggle_requested.connect(self._toggle_section)
        self.side_by_side = QSplitter(Qt.Orientation.Horizontal)
        self.side_by_side.setObjectName("compare_side_by_side")
        self.old_header, self.new_header = QLabel(), QLabel()
        for header, pane in ((self.old_header, self.old_pane), (self.new_header, self.new_pane)):
            header.setStyleSheet("font-weight: bold; padding: 2px 4px;")
            column = QWidget()
            column_box = QVBoxLayout(column)
            column_box.setContentsMargins(0, 0, 0, 0)
            column_box.setSpacing(2)
            column_box.addWidget(header)
            column_box.addWidget(pane, 1)
            self.side_by_side.addWidget(column)
        self.sync = ScrollSync(self.old_pane, self.new_pane, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.inline_pane)
        self.stack.addWidget(self.side_by_side)
        self.flags = FlagsPanel()
        self.flags.flag_selected.connect(self._flag_selected)
        self.flags.filter_changed.connect(self._render)
        self.flags.acknowledge_requested.connect(self.acknowledge_requested)
        self.flags.withdraw_requested.connect(self.withdraw_requested)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("compare_counts")
        self.readonly_label = QLabel()
        self.readonly_label.setObjectName("compare_readonly")
        self.readonly_label.setStyleSheet("color: #6b6b6b;")
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.change_list)
        top.addWidget(self.stack)
        top.setStretchFactor(1, 4)
        top.setSizes([270, 1010])
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.setObjectName("compare_body")
        self.body.addWidget(top)
        self.body.addWidget(self.flags)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        self.body.setSizes([470, 260])
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.bar)
        box.addWidget(self.body, 1)
        status = QHBoxLayout()
        status.addWidget(self.counts_label, 1)
        status.addWidget(self.readonly_label)
        box.addLayout(status)
        model.changed.connect(self._model_changed)
        model.states_changed.connect(self._states_changed)
        self.retranslate()

    # -- texts --------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.setWindowTitle(QCoreApplication.translate("CompareView", "Compare and Review"))
        self.bar.retranslate()
        self.change_list.retranslate()
        self.old_pane.setAccessibleName(QCoreApplication.translate("CompareView", "Old version"))
        self.new_pane.setAccessibleName(QCoreApplication.translate("CompareView", "New version"))
        self.inline_pane.setAccessibleName(
            QCoreApplication.translate("CompareView", "Changes marked inline")
        )
        self._fill_sides()
        self._fill_changes()
        self._update_status()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_active(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_active(False)
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()  # the flag badges name the severity in the UI language
        super().changeEvent(event)

    # -- sides ---------------------------------------------------------------------
    def _fill_sides(self) -> None:
        self.bar.fill_sides(self.model.sides(), self.model.old_key, self.model.new_key)

    def choose(self, old_key: str, new_key: str) -> None:
        """Pick both sides as the user would in the choosers."""
        self.bar.select(old_key, new_key)
        self._sides_chosen()

    def _sides_chosen(self, _index: int = 0) -> None:
        self.options.expanded.clear()
        self.model.set_sides(*self.bar.chosen())

    def reload_sides(self) -> None:
        """Re-read the list of versions (one was saved or published) without recomputing."""
        self._fill_sides()

    def refresh_sides(self) -> None:
        """Re-read the versions (after a save or publish) and recompute."""
        self._fill_sides()
        self.model.refresh()

    # -- model → view ---------------------------------------------------------------
    def _model_changed(self) -> None:
        self._fill_sides()
        self.old_header.setText(
            QCoreApplication.translate("CompareView", "Old: %1").replace(
                "%1", side_name(self.model.side(self.model.old_key))
            )
        )
        self.new_header.setText(
            QCoreApplication.translate("CompareView", "New: %1").replace(
                "%1", side_name(self.model.side(self.model.new_key))
            )
        )
        self.flags.set_states(self.model.states, self.model.can_acknowledge())
        self._fill_changes()
        self._render()
        self._update_status()

    def _states_changed(self) -> None:
        self.flags.set_states(self.model.states, self.model.can_acknowledge())
        self._update_status()

    def _update_status(self) -> None:
        c = self.model.comparison
        if c is None:
            self.counts_label.setText("")
            return
        n = c.counts()
        text = (
            QCoreApplication.translate(
                "CompareView", "%1 modified, %2 added, %3 removed, %4 moved, %5 unchanged"
            )
            .replace("%1", str(n["modified"]))
            .replace("%2", str(n["added"]))
            .replace("%3", str(n["removed"]))
            .replace("%4", str(n["moved"]))
            .replace("%5", str(n["unchanged"]))
        )
        assessment = (
            QCoreApplication.translate("CompareView", "substantive")
            if c.assessment == "substantive"
            else QCoreApplication.translate("CompareView", "editorial")
        )
        high = self.model.open_count("high")
        text += " · " + QCoreApplication.translate("CompareView", "Assessment: %1").replace(
            "%1", assessment
        )
        if high:
            text += " · " + plural(
                high,
                QCoreApplication.translate("CompareView", "1 high-severity flag needs review"),
                QCoreApplication.translate("CompareView", "%n high-severity flags need review"),
            )
        self.counts_label.setText(text)
        self.readonly_label.setText(
            QCoreApplication.translate(
                "CompareView", "The new side is published: read-only, no sign-off."
            )
            if self.model.new_side_published()
            else ""
        )
        # Always clickable: for the draft it explains that a notice needs a saved version.
        self.bar.notice_button.setEnabled(self.model.workspace is not None)

    def _fill_changes(self) -> None:
        self.change_list.set_comparison(self.model.comparison)

    def _render(self) -> None:
        c = self.model.comparison
        if c is None:
            return
        visible = self.flags.visible_states()
        self.options.badges = {
            section: (severity, severity_name(severity))
            for section, severity in flagged_sections(visible).items()
        }
        if self.bar.mode_group.checkedId() == INLINE_MODE:
            self.inline_pane.show_html(redline_html(c, INLINE, self.options))
        else:
            self.sync.enabled = False
            self.old_pane.show_html(redline_html(c, OLD, self.options))
            self.new_pane.show_html(redline_html(c, NEW, self.options))
            self.sync.enabled = True

    # -- user actions -------------------------------------------------------------------
    def _mode_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(mode)
            self._render()

    def mode(self) -> str:
        """``inline`` or ``side-by-side``."""
        return "inline" if self.bar.mode_group.checkedId() == INLINE_MODE else "side-by-side"

    def _collapse_toggled(self, collapse: bool) -> None:
        self.options.collapse_unchanged = collapse
        self.options.expanded.clear()
        self._render()

    def _toggle_section(self, index: int) -> None:
        self.options.expanded.symmetric_difference_update({index})
        self._render()

    def panes(self) -> list[RedlinePane]:
        """The panes shown in the current mode."""
        if self.bar.mode_group.checkedId() == INLINE_MODE:
            return [self.inline_pane]
        return [self.old_pane, self.new_pane]

    def go_to_change(self, index: int) -> None:
        """Scroll the visible panes to the ``index``-th change."""
        for pane in self.panes():
            pane.go_to(anchor(index))

    def _flag_selected(self, state: FlagState | None) -> None:
        c = self.model.comparison
        for pane in (self.inline_pane, self.old_pane, self.new_pane):
            pane.setExtraSelections([])
        if state is None or c is None:
            return
        target = flag_target(c, state.flag)
        if target is None:
            return
        index = c.sections.index(target)
        folded = self.options.collapse_unchanged and index not in self.options.expanded
        if folded and target.change == "unchanged" and not target.moved:
            self.options.expanded.add(index)  # open a folded section to show the evidence
            self._render()
        following = next((anchor(i) for i in range(index + 1, len(c.sections))), None)
        quotes = evidence_quotes(state.flag.evidence)
        panes = self.panes()
        if len(panes) == 2:  # new wording first; a removal only exists on the old side
            removal = target.change == "removed"
            panes = [self.old_pane] if removal else [self.new_pane, self.old_pane]
        for pane in panes:
            if pane.highlight(anchor(index), following, quotes):
                break

    def filtered_comparison(self) -> Comparison | None:
        """The comparison as shown: its diffs as computed, only the visible flags."""
        c = self.model.comparison
        if c is None:
            return None
        return dataclasses.replace(c, flags=[_with_signoff(s) for s in self.flags.visible_states()])
