"""Every modal interaction of the editor goes through one injectable object.

``Dialogs`` builds real Qt dialogs and runs them with ``exec``; tests pass a
subclass that answers them (filling the real dialog's fields and accepting)
so no test ever blocks on a modal loop. Messages name the thing concerned and
say what happened and what to do, in the UI language.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.services.exporters import DOCUMENT_FORMATS, REDLINE_FORMATS
from policyeditor.core.errors import PolicyEditorError
from policyeditor.ui.common.naming import named

WORKSPACE_FILTER = "workspace"
TEXT_FILTER = "text"


def file_filter(kind: str) -> str:
    """Translated file-type filter for the file dialogs (``kind``: a name or an extension)."""
    if kind == WORKSPACE_FILTER:
        return QCoreApplication.translate("Dialogs", "Policy workspaces (*.policy)")
    if kind == TEXT_FILTER:  # File > Import: a revision drafted elsewhere
        return ";;".join(
            [
                QCoreApplication.translate(
                    "Dialogs",
                    "Text, Markdown, Word files and web pages "
                    "(*.md *.markdown *.txt *.text *.docx *.html *.htm)",
                ),
                QCoreApplication.translate(
                    "Dialogs", "Text and Markdown (*.md *.markdown *.txt *.text)"
                ),
                QCoreApplication.translate("Dialogs", "Word documents (*.docx)"),
                QCoreApplication.translate("Dialogs", "Saved web pages (*.html *.htm)"),
            ]
        )
    if kind == "open":
        return ";;".join(
            [
                QCoreApplication.translate(
                    "Dialogs",
                    "Policies, text and Word files, web pages "
                    "(*.policy *.md *.markdown *.txt *.text *.docx *.html *.htm)",
                ),
                QCoreApplication.translate("Dialogs", "Policy workspaces (*.policy)"),
                QCoreApplication.translate(
                    "Dialogs", "Text and Markdown (*.md *.markdown *.txt *.text)"
                ),
                QCoreApplication.translate("Dialogs", "Word documents (*.docx)"),
                QCoreApplication.translate("Dialogs", "Saved web pages (*.html *.htm)"),
            ]
        )
    if kind.startswith("."):  # an export format's extension: "PDF (*.pdf)"
        titles = {f.extension: f.title for f in DOCUMENT_FORMATS}
        titles.update({f.extension: f.title for f in REDLINE_FORMATS})
        if kind in titles:
            return f"{QCoreApplication.translate('Exporters', titles[kind])} (*{kind})"
    return QCoreApplication.translate("Dialogs", "All files (*)")


class SaveVersionDialog(QDialog):
    """Label, note and author of a version about to be saved."""

    def __init__(
        self,
        author: str,
        suggested_label: str,
        parent: QWidget | None = None,
        *,
        existing: Collection[str] = (),
        major_label: str = "",
        last_changed: str = "",
        today: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("save_version_dialog")
        # Labels are unique: say so while the user types, instead of closing the
        # dialog on an error and losing the note they wrote.
        self._existing = frozenset(existing)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Save Version"))
        self.label_edit = named(QLineEdit(suggested_label), "version_label_edit")
        self.author_edit = named(QLineEdit(author), "version_author_edit")
        self.note_edit = named(QPlainTextEdit(), "version_note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.label_edit.setAccessibleName(QCoreApplication.translate("Dialogs", "Version label"))
        self.author_edit.setAccessibleName(QCoreApplication.translate("Dialogs", "Author"))
        self.note_edit.setAccessibleName(QCoreApplication.translate("Dialogs", "Note"))
        form = QFormLayout()
        label_row = QHBoxLayout()
        label_row.addWidget(self.label_edit, 1)
        # the suggestion is the next minor version; a major one is one click away
        self.major_button = named(QPushButton(), "version_label_major")
        self.major_button.setText(QCoreApplication.translate(
            "Dialogs", "Use &Major Version %1").replace("%1", major_label))
        self.major_button.clicked.connect(lambda: self.label_edit.setText(major_label))
        self.major_button.setAutoDefault(False)
        self.major_button.setVisible(bool(major_label))
        label_row.addWidget(self.major_button)
        form.addRow(QCoreApplication.translate("Dialogs", "&Label:"), label_row)
        form.addRow(QCoreApplication.translate("Dialogs", "&Author:"), self.author_edit)
        form.addRow(QCoreApplication.translate("Dialogs", "&Note:"), self.note_edit)
        # A saved version can never change (its fingerprint), so the date the
        # document shows as "last changed" is set now, before the version is made.
        self.last_changed_check = named(QCheckBox(), "version_set_last_changed")
        self.last_changed_check.setText(QCoreApplication.translate(
            "Dialogs", "Set “last changed” to &today (%1; now %2)"
        ).replace("%1", today).replace("%2", last_changed))
        self._today = today
        offer = bool(last_changed and today and last_changed != today)
        self.last_changed_check.setChecked(offer)
        self.last_changed_check.setVisible(offer)
        form.addRow("", self.last_changed_check)
        hint = QLabel(
            QCoreApplication.translate(
                "Dialogs", "A saved version never changes. You can keep editing the draft."
            )
        )
        hint.setWordWrap(True)
        self.label_problem = named(QLabel(), "version_label_problem")
        self.label_problem.setWordWrap(True)
        self.label_problem.setStyleSheet("color: #b00020;")
        self.label_problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label_edit.textChanged.connect(self._validate)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.label_problem)
        box.addWidget(hint)
        box.addWidget(self.buttons)
        self._validate()
        self.label_edit.selectAll()

    def _validate(self) -> None:
        label = self.label_edit.text().strip()
        taken = label in self._existing
        if taken:
            self.label_problem.setText(
                QCoreApplication.translate(
                    "Dialogs", "A version labelled “%1” already exists. Choose another label."
                ).replace("%1", label)
            )
        self.label_problem.setVisible(taken)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(label) and not taken
        )

    def new_last_changed(self) -> str:
        """The date to set as "last changed" before saving ("" to leave it)."""
        if self.last_changed_check.isVisibleTo(self) and self.last_changed_check.isChecked():
            return self._today
        return ""

    def values(self) -> tuple[str, str, str]:
        """(label, note, author)."""
        return (
            self.label_edit.text().strip(),
            self.note_edit.toPlainText().strip(),
            self.author_edit.text().strip(),
        )


class Dialogs:
    """Runs the editor's modal dialogs; replace in tests to answer them."""

    def exec(self, dialog: QDialog) -> int:
        """Run ``dialog`` modally; returns QDialog.DialogCode."""
        return dialog.exec()

    def _box(
        self,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        details: str = "",
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("message_box")
        if details:
            box.setInformativeText(details)
        return box

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """Tell the user something failed and nothing was damaged."""
        box = self._box(parent, QMessageBox.Icon.Warning, title, text, details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.exec(box)

    def refused(self, parent: QWidget | None, title: str, error: PolicyEditorError) -> None:
        """An :meth:`error` whose text is ``error`` worded for the user (UI language)."""
        from policyeditor.app.services.errors import describe

        self.error(parent, title, describe(error))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        """A plain notice."""
        box = self._box(parent, QMessageBox.Icon.Information, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.exec(box)

    def confirm(self, parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
        """Ask before a destructive step; ``yes_text`` names the step (e.g. "Delete")."""
        box = self._box(parent, QMessageBox.Icon.Question, title, text)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.exec(box)
        return box.clickedButton() is yes

    def ask_save(self, parent: QWidget | None, name: str) -> str:
        """``save``, ``discard`` or ``cancel`` for unsaved work in ``name``."""
        box = self._box(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Dialogs", "Unsaved Changes"),
            QCoreApplication.translate(
                "Dialogs", "“%1” has changes that are not saved in a workspace file."
            ).replace("%1", name),
            QCoreApplication.translate("Dialogs", "Do you want to save them before closing?"),
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = self.exec(box)
        clicked = box.clickedButton()
        button = box.standardButton(clicked) if clicked is not None else answer
        if button == QMessageBox.StandardButton.Save:
            return "save"
        if button == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def open_path(self, parent: QWidget | None, title: str, kind: str, folder: str = "") -> str:
        """A file to open ('' if cancelled)."""
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter(kind))
        return path

    def save_path(self, parent: QWidget | None, title: str, suggested: str, kind: str) -> str:
        """A file to write ('' if cancelled)."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter(kind))
        return path

    def target_path(
        self, parent: QWidget | None, title: str, suggested: str, kind: str, suffix: str
    ) -> str:
        """A file to write, ``suffix`` added when the user typed a name without it."""
        path = self.save_path(parent, title, suggested, kind)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path
