"""The settings dialog: UI language, author name, editor font, autosave interval.

It edits a copy of the values and writes them to the settings registry only on
OK, so Cancel really cancels. Language changes apply at once (the window
retranslates itself on the LanguageChange event).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.settings import AUTOSAVE_MAX_MS, AUTOSAVE_MIN_MS, Settings
from policyeditor.ui.common.naming import named


class SettingsDialog(QDialog):
    """Edit the user's preferences."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self._settings = settings
        self.language_combo = named(QComboBox(), "ui_language_combo")
        self.language_combo.addItem(
            QCoreApplication.translate("SettingsDialog", "System default"), "system"
        )
        self.language_combo.addItem("Svenska", "sv")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.ui_language))
        self.author_edit = named(QLineEdit(settings.author_name), "author_edit")
        self.author_edit.setPlaceholderText(
            QCoreApplication.translate("SettingsDialog", "Recorded with the versions you save")
        )
        # Wide enough for the hint to be read whole (the form would clip it).
        hint_width = self.author_edit.fontMetrics().horizontalAdvance(
            self.author_edit.placeholderText()
        )
        self.author_edit.setMinimumWidth(hint_width + 24)
        font = settings.editor_font
        self.font_combo = named(QFontComboBox(), "font_combo")
        self.font_combo.setCurrentFont(font)
        self.size_spin = named(QSpinBox(), "font_size_spin")
        self.size_spin.setRange(7, 36)
        self.size_spin.setValue(max(font.pointSize(), 7))
        self.autosave_spin = named(QDoubleSpinBox(), "autosave_spin")
        self.autosave_spin.setRange(AUTOSAVE_MIN_MS / 1000, AUTOSAVE_MAX_MS / 1000)
        self.autosave_spin.setSingleStep(0.25)
        self.autosave_spin.setDecimals(2)
        self.autosave_spin.setSuffix(" s")
        self.autosave_spin.setValue(settings.autosave_interval_ms / 1000)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(self.size_spin)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Language:"), self.language_combo)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Author name:"), self.author_edit)
        font_label = QLabel(QCoreApplication.translate("SettingsDialog", "Editor &font:"))
        font_label.setBuddy(self.font_combo)  # a row holding a layout gets no buddy by itself
        form.addRow(font_label, font_row)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Auto&save after:"), self.autosave_spin
        )
        self.language_combo.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "User interface language")
        )
        self.author_edit.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Author name")
        )
        self.font_combo.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Editor font")
        )
        self.size_spin.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Editor font size")
        )
        self.autosave_spin.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "Autosave delay in seconds")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)

    def set_language(self, code: str) -> None:
        """Choose ``system``, ``sv`` or ``en`` in the language box."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def accept(self) -> None:
        font = QFont(self.font_combo.currentFont())
        font.setPointSize(self.size_spin.value())
        self._settings.author_name = self.author_edit.text()
        self._settings.editor_font = font
        self._settings.autosave_interval_ms = round(self.autosave_spin.value() * 1000)
        self._settings.ui_language = str(self.language_combo.currentData())
        super().accept()
