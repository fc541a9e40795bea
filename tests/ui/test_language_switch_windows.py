"""Switching the UI language reaches every window already open; Swedish fits 1,280 px."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from policyeditor.ui.controller import EditorController
from policyeditor.ui.review.compare_view import CompareView
from policyeditor.ui.settings.help_windows import ShortcutsWindow
from tests.ui.conftest import accept_with
from tests.ui.helpers import trigger
from tests.ui.review_helpers import open_compare, review_workspace

SCREEN_WIDTH = 1280


def _switch(editor: EditorController, dialogs: Any, language: str) -> None:
    """Edit ▸ Settings…, choose the language, OK (as a user does)."""
    dialogs.handlers.append(accept_with(lambda d: d.set_language(language)))
    trigger(editor, "edit_settings")
    QApplication.processEvents()


def _texts(view: CompareView) -> set[str]:
    found = {view.windowTitle(), view.counts_label.text(), view.old_header.text()}
    found |= {b.text() for b in view.findChildren(QPushButton)}
    tree = view.flags.tree
    header = tree.headerItem()
    found |= {header.text(c) for c in range(tree.columnCount())}
    return found


def test_open_windows_follow_a_language_switch(
    open_editor: Any, dialogs: Any, editor_app: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    editor.window.versions_panel.select_label("1.0")
    trigger(editor, "version_open")  # a read-only version in its own window
    viewer = editor_app.controllers[-1]
    assert viewer is not editor and "(read-only)" in viewer.window.windowTitle()
    trigger(editor, "help_shortcuts")  # a help window left open
    shortcuts = editor.window.findChild(ShortcutsWindow, "shortcut_list")
    english = _texts(view)
    assert "Compare and Review" in english
    _switch(editor, dialogs, "sv")
    swedish = _texts(view)
    assert "Jämför och granska" in swedish
    assert not ({"Compare and Review"} & swedish)
    assert len(english - swedish) >= 4  # title, buttons, headers: not only one label
    for window in (editor.window, viewer.window):
        assert window.findChild(QMenu, "menu_file").title() == "&Arkiv"
        assert window.findChild(QMenu, "menu_help").title() == "&Hjälp"
        assert window.versions_dock.windowTitle() == "Versioner"
        assert window.find_dock.windowTitle() == "Sök och ersätt"
    assert "(skrivskyddad)" in viewer.window.windowTitle()
    assert shortcuts.windowTitle() == "Kortkommandon"
    assert dict(shortcuts.rows())["Spara"] == QKeySequence("Ctrl+S").toString(
        QKeySequence.SequenceFormat.NativeText)
    _switch(editor, dialogs, "en")
    assert _texts(view) == english
    assert "(read-only)" in viewer.window.windowTitle()


def test_compare_window_fits_a_1280_px_screen_in_swedish(
    open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    _switch(editor, dialogs, "sv")
    view = open_compare(editor)
    assert view.windowTitle() == "Jämför och granska"
    assert view.minimumSize().width() <= SCREEN_WIDTH
    assert view.width() <= SCREEN_WIDTH
    # with the test platform's font and with a large 11-pt desktop font
    for points in (view.font().pointSizeF(), 11.0):
        font = QFont(view.font())
        font.setPointSizeF(points)
        view.setFont(font)
        QApplication.processEvents()
        assert view.minimumSizeHint().width() <= SCREEN_WIDTH, points
    _switch(editor, dialogs, "en")
