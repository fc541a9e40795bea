"""The centre pane: edit one section (heading + Markdown body) or the document itself.

Selecting the document item in the outline shows its title, organisation,
language, last-changed date and preamble; selecting a section shows its
heading and body. Every keystroke becomes a session command (merged into one
undo step while typing); the fields' own undo stacks are off so Ctrl+Z always
means the document's undo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app.session import DocumentSession
from policyeditor.ui.common.naming import named
from policyeditor.ui.editing.markdown_highlighter import MarkdownHighlighter


def _is_undo_redo(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        )
    )


class BodyEdit(QPlainTextEdit):
    """Plain-text Markdown field whose Ctrl+Z goes to the document's undo."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def event(self, event: QEvent) -> bool:
        if _is_undo_redo(event):
            event.ignore()  # let the window's Undo/Redo action take it
            return False
        return super().event(event)

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text (after undo/replace) without jumping to the start."""
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)


class LineEdit(QLineEdit):
    """Single-line field whose Ctrl+Z goes to the document's undo."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)

    def event(self, event: QEvent) -> bool:
        if _is_undo_redo(event):
            event.ignore()
            return False
        return super().event(event)

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text without moving the cursor more than needed."""
        position = self.cursorPosition()
        self.setText(text)
        self.setCursorPosition(min(position, len(text)))


class SectionEditor(QWidget):
    """Heading + body of the current section, or the document's details."""

    cursor_moved = Signal()

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section_editor")
        self._session = session
        self._section_id = ""
        self._pushing = False
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._build_document_page()
        self._build_section_page()
        session.current_changed.connect(self.show_section)
        session.section_changed.connect(self._on_section_changed)
        session.preamble_changed.connect(self._load_document)
        session.structure_changed.connect(self._update_number)
        session.metadata_changed.connect(self._load_document)
        session.document_reset.connect(lambda: self.show_section(session.current_section_id))
        self.retranslate()
        self.set_readonly(session.readonly)
        self.show_section(session.current_section_id)

    # -- construction ----------------------------------------------------
    def _build_document_page(self) -> None:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = named(LineEdit(), "title_edit")
        self.organisation_edit = named(LineEdit(), "organisation_edit")
        self.language_combo = named(QComboBox(), "language_combo")
        self.language_combo.addItem("Svenska", "sv")
        self.language_combo.addItem("English", "en")
        self.last_changed_edit = named(LineEdit(), "last_changed_edit")
        self.last_changed_edit.setPlaceholderText("2026-01-31")
        self.preamble_edit = named(BodyEdit(), "preamble_edit")
        MarkdownHighlighter(self.preamble_edit.document())
        self._doc_labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self._doc_labels[:4],
            (self.title_edit, self.organisation_edit, self.language_combo, self.last_changed_edit),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self._doc_labels[4].setBuddy(self.preamble_edit)
        box = QVBoxLayout(page)
        box.setContentsMargins(12, 12, 12, 12)
        box.addLayout(form)
        box.addWidget(self._doc_labels[4])
        box.addWidget(self.preamble_edit, 1)
        self.title_edit.textEdited.connect(lambda t: self._push(self._session.set_title, t))
        self.organisation_edit.textEdited.connect(
            lambda t: self._push(self._session.set_metadata, "organisation", t.strip())
        )
        self.last_changed_edit.textEdited.connect(
            lambda t: self._push(self._session.set_metadata, "last_changed", t.strip())
        )
        self.language_combo.activated.connect(
            lambda i: self._push(self._session.set_language, str(self.language_combo.itemData(i)))
        )
        self.preamble_edit.textChanged.connect(self._preamble_typed)
        self._stack.addWidget(page)

    def _build_section_page(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(12, 12, 12, 12)
        self.number_label = named(QLabel(), "number_label")
        self.heading_label = QLabel()
        self.heading_edit = named(LineEdit(), "heading_edit")
        heading_font = QFont(self.heading_edit.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading_edit.setFont(heading_font)
        self.heading_label.setBuddy(self.heading_edit)
        self.body_label = QLabel()
        self.body_edit = named(BodyEdit(), "body_edit")
        self.body_label.setBuddy(self.body_edit)
        self._highlighter = MarkdownHighlighter(self.body_edit.document())
        caption = QFont(self.number_label.font())
        caption.setWeight(QFont.Weight.DemiBold)
        self.number_label.setFont(caption)
        self.number_label.setStyleSheet("color: #5d6d7e;")
        box.addWidget(self.number_label)
        box.addWidget(self.heading_label)
        box.addWidget(self.heading_edit)
        box.addSpacing(4)
        box.addWidget(self.body_label)
        box.addWidget(self.body_edit, 1)
        self.heading_edit.textEdited.connect(self._heading_typed)
        self.body_edit.textChanged.connect(self._body_typed)
        self.body_edit.cursorPositionChanged.connect(self.cursor_moved)
        self._stack.addWidget(page)

    def retranslate(self) -> None:
        """Texts in the current language."""
        texts = (
            QCoreApplication.translate("SectionEditor", "&Title:"),
            QCoreApplication.translate("SectionEditor", "&Organisation:"),
            QCoreApplication.translate("SectionEditor", "&Language:"),
            QCoreApplication.translate("SectionEditor", "Last &changed:"),
            QCoreApplication.translate("SectionEditor", "&Preamble (Markdown):"),
        )
        for label, text in zip(self._doc_labels, texts, strict=True):
            label.setText(text)
        self.heading_label.setText(QCoreApplication.translate("SectionEditor", "&Heading:"))
        self.body_label.setText(QCoreApplication.translate("SectionEditor", "&Text (Markdown):"))
        names = {
            self.title_edit: QCoreApplication.translate("SectionEditor", "Policy title"),
            self.organisation_edit: QCoreApplication.translate("SectionEditor", "Organisation"),
            self.language_combo: QCoreApplication.translate("SectionEditor", "Document language"),
            self.last_changed_edit: QCoreApplication.translate(
                "SectionEditor", "Last changed date"
            ),
            self.preamble_edit: QCoreApplication.translate("SectionEditor", "Preamble"),
            self.heading_edit: QCoreApplication.translate("SectionEditor", "Section heading"),
            self.body_edit: QCoreApplication.translate("SectionEditor", "Section text"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.body_edit.setPlaceholderText(
            QCoreApplication.translate(
                "SectionEditor",
                "Write the section text here. Markdown: - list, **bold**, *italic*.",
            )
        )
        self.preamble_edit.setPlaceholderText(
            QCoreApplication.translate("SectionEditor", "Introductory text before section 1.")
        )
        self._update_number()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_readonly(self, readonly: bool) -> None:
        """Viewing a saved version: nothing can be typed."""
        for field in (
            self.title_edit,
            self.organisation_edit,
            self.last_changed_edit,
            self.heading_edit,
        ):
            field.setReadOnly(readonly)
        self.preamble_edit.setReadOnly(readonly)
        self.body_edit.setReadOnly(readonly)
        self.language_combo.setEnabled(not readonly)

    def set_editor_font(self, font: QFont) -> None:
        """Font of the text fields (from the settings)."""
        self.body_edit.setFont(font)
        self.preamble_edit.setFont(font)

    # -- showing -------------------------------------------------------------
    @property
    def section_id(self) -> str:
        """Section shown ('' for the document page)."""
        return self._section_id

    def show_section(self, section_id: str) -> None:
        """Show ``section_id`` ('' = document details)."""
        self._section_id = section_id
        if not section_id:
            self._load_document()
            self._stack.setCurrentIndex(0)
            return
        section = self._session.section(section_id)
        self._pushing = True
        try:
            self.heading_edit.setText(section.heading)
            self.body_edit.setPlainText(section.body)
        finally:
            self._pushing = False
        self._update_number()
        self._stack.setCurrentIndex(1)

    def _update_number(self) -> None:
        number = self._session.number_of(self._section_id) if self._section_id else ""
        self.number_label.setText(
            QCoreApplication.translate("SectionEditor", "Section %1").replace("%1", number)
            if number
            else ""
        )

    def _load_document(self) -> None:
        if self._pushing:
            return
        policy = self._session.policy
        self._pushing = True
        try:
            for field, value in (
                (self.title_edit, policy.title),
                (self.organisation_edit, policy.metadata.get("organisation", "")),
                (self.last_changed_edit, policy.metadata.get("last_changed", "")),
            ):
                if field.text() != value:
                    field.set_text_keeping_cursor(value)
            index = self.language_combo.findData(policy.language)
            self.language_combo.setCurrentIndex(max(index, 0))
            if self.preamble_edit.toPlainText() != policy.preamble:
                self.preamble_edit.set_text_keeping_cursor(policy.preamble)
        finally:
            self._pushing = False

    def _on_section_changed(self, section_id: str) -> None:
        if self._pushing or section_id != self._section_id:
            return
        section = self._session.section(section_id)
        self._pushing = True
        try:
            if self.heading_edit.text() != section.heading:
                self.heading_edit.set_text_keeping_cursor(section.heading)
            if self.body_edit.toPlainText() != section.body:
                self.body_edit.set_text_keeping_cursor(section.body)
        finally:
            self._pushing = False

    # -- typing -> commands -------------------------------------------------
    def _push(self, method: object, *args: object) -> None:
        if self._pushing or self._session.readonly:
            return
        self._pushing = True
        try:
            method(*args)  # type: ignore[operator]
        finally:
            self._pushing = False

    def _heading_typed(self, text: str) -> None:
        if self._section_id:
            self._push(self._session.set_heading, self._section_id, text)

    def _body_typed(self) -> None:
        if self._section_id and not self._pushing:
            self._push(self._session.set_body, self._section_id, self.body_edit.toPlainText())

    def _preamble_typed(self) -> None:
        if not self._pushing:
            self._push(self._session.set_preamble, self.preamble_edit.toPlainText())

    def focus_heading(self) -> None:
        """Put the keyboard in the heading field, all selected (Rename)."""
        self.heading_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.heading_edit.selectAll()

    def word_count(self) -> int:
        """Words in the shown section's body (status bar)."""
        if not self._section_id:
            return len(self.preamble_edit.toPlainText().split())
        return len(self.body_edit.toPlainText().split())

    def cursor_text_position(self) -> int:
        """Cursor offset in the body (find results, tests)."""
        return self.body_edit.textCursor().position()

    def select_in_body(self, start: int, length: int) -> None:
        """Select a range of the body text and show it (find results)."""
        cursor = self.body_edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.ensureCursorVisible()
