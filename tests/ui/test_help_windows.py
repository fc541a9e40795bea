"""Help → User Guide (offline, Swedish and English) and Help → Keyboard Shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from policyeditor.ui.controller import EditorController
from policyeditor.ui.settings.help_windows import ShortcutsWindow, UserGuideWindow
from tests.ui.conftest import accept_with
from tests.ui.helpers import action, trigger


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_help_menu_holds_the_guide_and_the_shortcut_list(seed_editor: EditorController) -> None:
    help_menu = seed_editor.window.findChild(QMenu, "menu_help")
    names = [a.objectName() for a in help_menu.actions()]
    assert names[:2] == ["help_guide", "help_shortcuts"]
    assert "help_about" in names


def test_user_guide_opens_in_the_app_and_follows_the_language(
    qtbot: Any, seed_editor: EditorController, dialogs: Any
) -> None:
    trigger(seed_editor, "help_guide")
    guide = seed_editor.window.findChild(UserGuideWindow, "user_guide")
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "PolicyEditor User Guide"
    text = guide.browser.toPlainText()
    assert "Saving and recovery" in text and "Print Preview" in text
    # switched to Swedish while the guide is open: it is read again in Swedish
    dialogs.handlers.append(accept_with(lambda d: d.set_language("sv")))
    trigger(seed_editor, "edit_settings")
    assert guide.windowTitle() == "Användarhandbok för PolicyEditor"
    assert "Spara och återställa" in guide.browser.toPlainText()
    dialogs.handlers.append(accept_with(lambda d: d.set_language("en")))
    trigger(seed_editor, "edit_settings")


def test_shortcut_list_is_read_from_the_actions(seed_editor: EditorController) -> None:
    trigger(seed_editor, "help_shortcuts")
    window = seed_editor.window.findChild(ShortcutsWindow, "shortcut_list")
    assert window is not None and window.isVisible()
    rows = dict(window.rows())
    assert _native("Ctrl+S") in rows["Save"]
    assert _native("Ctrl+Y") in rows["Redo"]
    assert _native("Ctrl+Z") in rows["Undo"]
    assert _native("Ctrl+P") in rows["Print"]
    # it cannot lie: a changed shortcut shows the next time the list is opened
    action(seed_editor, "file_print_preview").setShortcut(QKeySequence("Ctrl+Shift+P"))
    trigger(seed_editor, "help_shortcuts")
    assert dict(window.rows())["Print Preview"] == _native("Ctrl+Shift+P")
