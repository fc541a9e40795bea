"""Help windows: the offline user guide and the keyboard-shortcut list.

The guide ships with the package (``resources/guide/guide_<language>.md``,
Swedish and English) and is rendered by the one Markdown renderer; nothing is
fetched from the network. The shortcut list is read from the window's own
actions when it is shown, so it lists exactly the keys that work. Both
re-read their texts when the UI language changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.render.markdown_html import render_markdown_full
from policyeditor.ui.common.naming import named

GUIDE_LANGUAGES = ("sv", "en")


def guide_markdown(language: str) -> str:
    """The user guide in ``language`` (English when there is none in it)."""
    name = f"guide_{language if language in GUIDE_LANGUAGES else 'en'}.md"
    ref = resources.files("policyeditor.resources") / "guide" / name
    return ref.read_text(encoding="utf-8")


# Qt's standard bindings add the dedicated keys of multimedia keyboards (a "Save"
# key, a "Close" key, a "Help" key); nobody looks them up, and listed they read
# like commands.
_SPECIAL_KEYS = range(0x01000061, 0x01010000)


def _typed(sequence: QKeySequence) -> bool:
    if sequence.count() == 0:
        return False
    key = sequence[0].key()  # type: ignore[index]  # the stubs lack __getitem__
    return key != Qt.Key.Key_Help and key.value not in _SPECIAL_KEYS


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(command, keys) for every action that has a shortcut, in the order given."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts() if _typed(k)]
        keys = [k for k in keys if k]
        if keys:
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((name.rstrip("…").strip(), ", ".join(keys)))
    return rows


class _HelpWindow(QDialog):
    """A non-modal help window with a Close button that follows the UI language."""

    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        named(self, name)
        self.setModal(False)
        self.layout_box = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every text in the current UI language."""


class UserGuideWindow(_HelpWindow):
    """Help → User Guide: the guide in the UI language."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__("user_guide", parent)
        self._language = language
        self.browser = named(QTextBrowser(), "user_guide_text")
        self.browser.setOpenExternalLinks(False)  # offline: links are not followed
        self.layout_box.addWidget(self.browser, 1)
        self.layout_box.addWidget(self.buttons)
        self.resize(720, 760)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("HelpWindows", "PolicyEditor User Guide"))
        self.browser.setHtml(render_markdown_full(guide_markdown(self._language())))


class ShortcutsWindow(_HelpWindow):
    """Help → Keyboard Shortcuts: every action's real shortcut."""

    def __init__(self, actions: Callable[[], Iterable[QAction]],
                 parent: QWidget | None = None) -> None:
        super().__init__("shortcut_list", parent)
        self._actions = actions
        self.table = named(QTableWidget(0, 2), "shortcut_table")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # a list to read
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.layout_box.addWidget(self.table, 1)
        self.layout_box.addWidget(self.buttons)
        self.resize(560, 660)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows: (command, keys)."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())  # type: ignore[union-attr]
            for r in range(self.table.rowCount())
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("HelpWindows", "Keyboard Shortcuts"))
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("HelpWindows", "Command"),
            QCoreApplication.translate("HelpWindows", "Shortcut"),
        ])
        rows = shortcut_rows(self._actions())
        self.table.setRowCount(len(rows))
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setCurrentCell(-1, -1)  # no cell framed as if it were chosen
