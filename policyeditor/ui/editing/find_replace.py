"""Find and replace across all sections, with a result list that jumps to the match.

Searching is done by ``app.search`` on the model (not on widgets), so every
section is searched, not only the one on screen. Replacing goes through the
session as one undo step.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from policyeditor.app import search
from policyeditor.app.session import DocumentSession
from policyeditor.ui.common.naming import named


def plural(count: int, one: str, many: str) -> str:
    """Singular or plural text (Swedish and English both have exactly two forms)."""
    return one if count == 1 else many.replace("%n", str(count))


class FindReplacePanel(QWidget):
    """Search field, replace field, options and the list of matches."""

    match_activated = Signal(object)  # search.Match

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_panel")
        self._session: DocumentSession | None = None
        self._matches: list[search.Match] = []
        self.find_edit = named(QLineEdit(), "find_edit")
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = named(QLineEdit(), "replace_edit")
        self.case_box = named(QCheckBox(), "match_case")
        self.words_box = named(QCheckBox(), "whole_words")
        self.find_button = named(QPushButton(), "find_all_button")
        self.replace_button = named(QPushButton(), "replace_button")
        self.replace_all_button = named(QPushButton(), "replace_all_button")
        self.results = named(QListWidget(), "find_results")
        self.count_label = named(QLabel(), "find_count")
        self._find_label = QLabel()
        self._replace_label = QLabel()
        self._find_label.setBuddy(self.find_edit)
        self._replace_label.setBuddy(self.replace_edit)
        grid = QGridLayout()
        grid.addWidget(self._find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.find_button, 0, 2)
        grid.addWidget(self._replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        options = QHBoxLayout()
        options.addWidget(self.case_box)
        options.addWidget(self.words_box)
        options.addStretch(1)
        options.addWidget(self.replace_all_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(grid)
        box.addLayout(options)
        box.addWidget(self.count_label)
        box.addWidget(self.results, 1)
        # Tab goes from what to find to what to put instead, then the options and
        # buttons (the grid alone would send it from the find field to a button).
        chain = [self.find_edit, self.replace_edit, self.case_box, self.words_box,
                 self.find_button, self.replace_button, self.replace_all_button, self.results]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Search as you type, but once per pause: a 1 MB handbook takes a few ms per pass.
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.find_all)
        self.find_edit.textChanged.connect(self._timer.start)
        self.find_edit.returnPressed.connect(self.find_all)
        self.case_box.toggled.connect(self.find_all)
        self.words_box.toggled.connect(self.find_all)
        self.find_button.clicked.connect(self.find_all)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self._find_label.setText(QCoreApplication.translate("FindReplace", "F&ind:"))
        self._replace_label.setText(QCoreApplication.translate("FindReplace", "Re&place with:"))
        self.case_box.setText(QCoreApplication.translate("FindReplace", "Match &case"))
        self.words_box.setText(QCoreApplication.translate("FindReplace", "&Whole words"))
        self.find_button.setText(QCoreApplication.translate("FindReplace", "Find &All"))
        self.replace_button.setText(QCoreApplication.translate("FindReplace", "&Replace"))
        self.replace_all_button.setText(QCoreApplication.translate("FindReplace", "Replace A&ll"))
        self.find_edit.setAccessibleName(QCoreApplication.translate("FindReplace", "Text to find"))
        self.replace_edit.setAccessibleName(
            QCoreApplication.translate("FindReplace", "Replacement text")
        )
        self.results.setAccessibleName(QCoreApplication.translate("FindReplace", "Matches"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_session(self, session: DocumentSession) -> None:
        """Search in ``session`` from now on."""
        if self._session is not None:
            self._session.changed.disconnect(self._stale)
        self._session = session
        session.changed.connect(self._stale)
        self.find_all()

    def set_readonly(self, readonly: bool) -> None:
        """A saved version can be searched but not changed."""
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setEnabled(not readonly)

    def start(self, selected_text: str = "") -> None:
        """Focus the search field (Ctrl+F), seeded with the selected text."""
        if selected_text and "\n" not in selected_text:
            self.find_edit.setText(selected_text)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _pattern(self) -> object:
        return search.compile_pattern(
            self.find_edit.text(),
            match_case=self.case_box.isChecked(),
            whole_words=self.words_box.isChecked(),
        )

    def _stale(self) -> None:
        if self.isVisible() and self.find_edit.text():
            self._timer.start()

    def find_all(self) -> None:
        """Search every section and list the matches."""
        self._timer.stop()
        self.results.clear()
        pattern = self._pattern()
        self._matches = (
            search.find_all(self._session.policy, pattern)  # type: ignore[arg-type]
            if self._session is not None
            else []
        )
        for match in self._matches:
            where = match.number or QCoreApplication.translate("FindReplace", "Preamble")
            if match.field == search.HEADING:
                where += " " + QCoreApplication.translate("FindReplace", "(heading)")
            item = QListWidgetItem(f"{where}: {match.context}")
            item.setData(Qt.ItemDataRole.UserRole, self.results.count())
            self.results.addItem(item)
        self._show_count()

    def _show_count(self) -> None:
        if not self.find_edit.text():
            self.count_label.setText("")
        elif not self._matches:
            self.count_label.setText(QCoreApplication.translate("FindReplace", "No matches"))
        else:
            self.count_label.setText(
                plural(
                    len(self._matches),
                    QCoreApplication.translate("FindReplace", "1 match"),
                    QCoreApplication.translate("FindReplace", "%n matches"),
                )
            )

    def matches(self) -> list[search.Match]:
        """The matches currently listed."""
        return list(self._matches)

    def _activate(self, item: QListWidgetItem) -> None:
        index = int(item.data(Qt.ItemDataRole.UserRole))
        if 0 <= index < len(self._matches):
            self.match_activated.emit(self._matches[index])

    def replace_current(self) -> None:
        """Replace the selected match (or the first) and move on."""
        if self._session is None or self._session.readonly or not self._matches:
            return
        row = max(self.results.currentRow(), 0)
        pattern = self._pattern()
        changes = search.replacement_edits(
            self._session.policy,
            pattern,  # type: ignore[arg-type]
            self.replace_edit.text(),
            only=self._matches[row],
        )
        self._session.apply_edits(changes, QCoreApplication.translate("FindReplace", "Replace"))
        self.find_all()
        if self._matches:
            self.results.setCurrentRow(min(row, len(self._matches) - 1))
            self._activate(self.results.currentItem())

    def replace_all(self) -> None:
        """Replace every match, as one undo step."""
        if self._session is None or self._session.readonly or not self._matches:
            return
        pattern = self._pattern()
        changes = search.replacement_edits(
            self._session.policy,
            pattern,  # type: ignore[arg-type]
            self.replace_edit.text(),
        )
        count = len(self._matches)
        self._session.apply_edits(changes, QCoreApplication.translate("FindReplace", "Replace All"))
        self.find_all()
        self.count_label.setText(
            plural(
                count,
                QCoreApplication.translate("FindReplace", "Replaced 1 occurrence"),
                QCoreApplication.translate("FindReplace", "Replaced %n occurrences"),
            )
        )
