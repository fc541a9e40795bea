"""The compare view's top bar: the two side pickers, the mode, the display options, the buttons.

"Compare [old] with [new]" (any saved version or the draft), inline or side
by side, "ignore formatting", "collapse unchanged", then Release Notice… and
Export…. The bar only holds and names its controls; the compare view connects
them to the review model and the redline.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from policyeditor.app.review_session import DRAFT, Side
from policyeditor.ui.common.naming import named

INLINE_MODE, SIDE_MODE = 0, 1


def side_name(side: Side) -> str:
    """How a side is named in the choosers."""
    if side.is_draft:
        return QCoreApplication.translate("CompareView", "Draft (current)")
    if side.status == "snapshot":
        return QCoreApplication.translate("CompareView", "Draft before import")
    statuses = {
        "draft": QCoreApplication.translate("CompareView", "saved"),
        "approved": QCoreApplication.translate("CompareView", "approved"),
        "published": QCoreApplication.translate("CompareView", "published"),
    }
    return f"{side.key} ({statuses.get(side.status, side.status)})"


class CompareBar(QWidget):
    """Side pickers, mode buttons, options and the notice/export buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old_combo = named(QComboBox(), "compare_old")
        self.new_combo = named(QComboBox(), "compare_new")
        self.old_label, self.new_label = QLabel(), QLabel()
        # The compare window has no menu bar: Alt+letter on every control is the keyboard path.
        self.old_label.setBuddy(self.old_combo)
        self.new_label.setBuddy(self.new_combo)
        for combo in (self.old_combo, self.new_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.inline_button = named(QToolButton(), "compare_mode_inline")
        self.inline_button.setCheckable(True)
        self.side_button = named(QToolButton(), "compare_mode_side")
        self.side_button.setCheckable(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_group.addButton(self.inline_button, INLINE_MODE)
        self.mode_group.addButton(self.side_button, SIDE_MODE)
        self.inline_button.setChecked(True)
        self.ignore_formatting = named(QCheckBox(), "compare_ignore_formatting")
        self.collapse = named(QCheckBox(), "compare_collapse_unchanged")
        self.collapse.setChecked(True)
        self.notice_button = named(QPushButton(), "compare_notice")
        self.export_button = named(QPushButton(), "compare_export")
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.old_label, self.old_combo, self.new_label, self.new_combo):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.inline_button)
        bar.addWidget(self.side_button)
        bar.addSpacing(12)
        bar.addWidget(self.ignore_formatting)
        bar.addWidget(self.collapse)
        bar.addStretch(1)
        bar.addWidget(self.notice_button)
        bar.addWidget(self.export_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current UI language (the side names are refilled by the view)."""
        self.old_label.setText(QCoreApplication.translate("CompareView", "Co&mpare"))
        self.new_label.setText(QCoreApplication.translate("CompareView", "&with"))
        self.inline_button.setText(QCoreApplication.translate("CompareView", "&Inline"))
        self.side_button.setText(QCoreApplication.translate("CompareView", "Side &by side"))
        self.ignore_formatting.setText(
            QCoreApplication.translate("CompareView", "Ignore &formatting")
        )
        self.collapse.setText(QCoreApplication.translate("CompareView", "&Collapse unchanged"))
        self.notice_button.setText(QCoreApplication.translate("CompareView", "Release &Notice…"))
        self.export_button.setText(QCoreApplication.translate("CompareView", "E&xport…"))

    # -- sides ----------------------------------------------------------------------
    def fill_sides(self, sides: Sequence[Side], old_key: str, new_key: str) -> None:
        """List ``sides`` in both pickers, showing ``old_key`` and ``new_key``."""
        for combo, key in ((self.old_combo, old_key), (self.new_combo, new_key)):
            combo.blockSignals(True)
            combo.clear()
            for side in sides:
                combo.addItem(side_name(side), side.key)
            combo.setCurrentIndex(max(combo.findData(key), 0))
            combo.blockSignals(False)

    def select(self, old_key: str, new_key: str) -> None:
        """Show ``old_key`` and ``new_key`` in the pickers."""
        self.old_combo.setCurrentIndex(self.old_combo.findData(old_key))
        self.new_combo.setCurrentIndex(self.new_combo.findData(new_key))

    def chosen(self) -> tuple[str, str]:
        """The keys of the two sides shown in the pickers."""
        old = self.old_combo.currentData()
        new = self.new_combo.currentData()
        return (DRAFT if old is None else str(old), DRAFT if new is None else str(new))
