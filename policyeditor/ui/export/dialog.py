"""The export dialog, built from the exporter registry: format, its options, target file.

The format list is every format of the registry's kind (``document`` for a
policy, ``redline`` for a comparison), titled in the UI language; below it one
control per option any of those formats takes (a combo box for a choice such
as the page size, a check box for a switch such as PDF/A, a line edit for text
such as the author of a Word redline's changes), enabled only when the chosen
format takes it; then the file to write, whose extension follows
the format. A format or option added to the registry appears here, in the
command line's ``--help`` and in its ``--format`` choices at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.services.exporters import (
    ExportFormat,
    ExportOption,
    ExportSettings,
    Kind,
    formats,
    options_of,
)
from policyeditor.ui.common.dialogs import Dialogs
from policyeditor.ui.common.naming import named

EXPORTERS = "Exporters"  # the registry's translation context


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: the format, its options and the file to write."""

    format: ExportFormat[Any]
    settings: ExportSettings
    target: str


def format_title(fmt: ExportFormat[Any]) -> str:
    """The format's title in the UI language."""
    return QCoreApplication.translate(EXPORTERS, fmt.title)


class ExportDialog(QDialog):
    """Choose a format of ``kind``, its options and the target (``suggested`` + extension)."""

    def __init__(
        self,
        kind: Kind,
        title: str,
        suggested: Path,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        previous: ExportChoice | None = None,
        text_defaults: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(title)
        self._dialogs = dialogs
        self._folder = suggested.parent
        self.formats: tuple[ExportFormat[Any], ...] = tuple(formats(kind))
        self.format_combo = named(QComboBox(), "export_format")
        for fmt in self.formats:
            self.format_combo.addItem(format_title(fmt), fmt.name)
        form = QFormLayout()
        self.format_label = QLabel()
        self.format_label.setBuddy(self.format_combo)
        form.addRow(self.format_label, self.format_combo)
        # One control per option of the kind, in registry order; a format enables its own.
        self.options: dict[str, ExportOption] = {o.name: o for o in options_of(kind)}
        self.option_widgets: dict[str, QComboBox | QCheckBox | QLineEdit] = {}
        self.option_labels: dict[str, QLabel] = {}
        for option in self.options.values():
            if option.kind == "text":
                # The caller knows the natural default (the author name in the settings).
                default = (text_defaults or {}).get(option.name, str(option.default))
                edit = named(QLineEdit(default), f"export_{option.name}")
                label = QLabel()
                label.setBuddy(edit)
                self.option_labels[option.name] = label
                self.option_widgets[option.name] = edit
                form.addRow(label, edit)
            elif option.kind == "choice":
                combo = named(QComboBox(), f"export_{option.name}")
                combo.addItems(list(option.choices))
                combo.setCurrentText(str(option.default))
                label = QLabel()
                label.setBuddy(combo)
                self.option_labels[option.name] = label
                self.option_widgets[option.name] = combo
                form.addRow(label, combo)
            else:
                check = named(QCheckBox(), f"export_{option.name}")
                check.setChecked(bool(option.default))
                self.option_widgets[option.name] = check
                form.addRow(check)
        self.target_edit = named(QLineEdit(str(suggested)), "export_target")
        # A path is read from its end (the file name): room for about fifty characters.
        self.target_edit.setMinimumWidth(self.target_edit.fontMetrics().averageCharWidth() * 50)
        self.browse_button = named(QPushButton(), "export_browse")
        self.browse_button.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target_edit)
        form.addRow(self.target_label, target_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setObjectName("export_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self._shown: ExportFormat[Any] = self.formats[0]
        self.format_combo.currentIndexChanged.connect(self._format_chosen)
        self.target_edit.textChanged.connect(self._update_button)
        self._restore(previous)
        self.retranslate()
        self.target_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        translate = QCoreApplication.translate
        self.format_label.setText(translate("ExportDialog", "&Format:"))
        self.target_label.setText(translate("ExportDialog", "&Target file:"))
        self.browse_button.setText(translate("ExportDialog", "&Browse…"))
        self.export_button.setText(translate("ExportDialog", "&Export"))
        for row, fmt in enumerate(self.formats):
            self.format_combo.setItemText(row, format_title(fmt))
        for name, option in self.options.items():
            title = translate(EXPORTERS, option.title)
            widget = self.option_widgets[name]
            if isinstance(widget, QCheckBox):
                widget.setText(title)
            else:
                self.option_labels[name].setText(f"{title}:")

    # -- state ----------------------------------------------------------------------
    def _restore(self, previous: ExportChoice | None) -> None:
        """Start from the last export's choice, else from PDF (the format for the record)."""
        names = [fmt.name for fmt in self.formats]
        name = previous.format.name if previous is not None else "pdf"
        row = names.index(name) if name in names else 0
        if previous is not None:
            for option_name, widget in self.option_widgets.items():
                value = getattr(previous.settings, option_name)
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QLineEdit):
                    if option_name in {o.name for o in previous.format.options}:
                        widget.setText(str(value))  # only what that export really used
                else:
                    widget.setCurrentText(str(value))
        self.format_combo.setCurrentIndex(row)
        self._format_chosen(row)

    def chosen_format(self) -> ExportFormat[Any]:
        """The format selected in the list."""
        return self.formats[max(self.format_combo.currentIndex(), 0)]

    def _format_chosen(self, _row: int) -> None:
        fmt = self.chosen_format()
        takes = {option.name for option in fmt.options}
        for name, widget in self.option_widgets.items():
            widget.setEnabled(name in takes)
            if name in self.option_labels:
                self.option_labels[name].setEnabled(name in takes)
        # The file name follows the format: report.html becomes report.pdf.
        text = self.target_edit.text().strip()
        old = self._shown.extension
        if text.lower().endswith(old):
            text = text[: -len(old)]
        if text and not text.lower().endswith(fmt.extension):
            self.target_edit.setText(text + fmt.extension)
        self._shown = fmt
        self._update_button()

    def _update_button(self) -> None:
        self.export_button.setEnabled(bool(self.target_edit.text().strip()))

    def _browse(self) -> None:
        fmt = self.chosen_format()
        path = self._dialogs.save_path(
            self, self.windowTitle(), self.target_edit.text().strip(), fmt.extension
        )
        if path:
            self.target_edit.setText(path)

    # -- result -----------------------------------------------------------------------
    def target(self) -> str:
        """The file to write: the format's extension added, a bare name put in the folder."""
        fmt = self.chosen_format()
        text = self.target_edit.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        target = str(path)
        return target if target.lower().endswith(fmt.extension) else target + fmt.extension

    def choice(self) -> ExportChoice:
        """The format, its options and the target as chosen."""
        fmt = self.chosen_format()
        values: dict[str, Any] = {}
        for option in fmt.options:
            widget = self.option_widgets[option.name]
            if isinstance(widget, QCheckBox):
                values[option.name] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                values[option.name] = widget.text().strip()
            else:
                values[option.name] = widget.currentText()
        return ExportChoice(fmt, dataclasses.replace(ExportSettings(), **values), self.target())
