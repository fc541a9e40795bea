"""The features' action collections make up the window's menus."""

from __future__ import annotations

from PySide6.QtGui import QAction

from policyeditor.ui.controller import EditorController


def test_every_action_has_one_name_a_text_and_a_place_in_a_menu(
    seed_editor: EditorController,
) -> None:
    window = seed_editor.window
    actions = [action for collection in window.collections for action in collection]
    names = [action.objectName() for action in actions]
    assert len(names) == len(set(names))  # tests and scripts find actions by name
    for name in names:
        assert window.findChild(QAction, name) is not None
    placed = [action for menu in window.menus.values() for action in menu.actions()]
    for action in actions:
        assert action.text() and action.statusTip(), action.objectName()
        assert action in placed, f"{action.objectName()} is in no menu"


def test_each_export_action_sits_in_its_subjects_menu(seed_editor: EditorController) -> None:
    menus = seed_editor.window.menus
    exports = {
        key: [a.objectName() for a in menu.actions() if "export" in a.objectName()]
        for key, menu in menus.items()
    }
    assert exports["file"] == ["file_export"]
    assert exports["versions"] == ["version_export"]
    assert exports["review"] == ["review_export_published"]


def test_redo_answers_ctrl_y_on_every_platform(seed_editor: EditorController) -> None:
    from PySide6.QtGui import QKeySequence

    redo = seed_editor.window.findChild(QAction, "edit_redo")
    keys = redo.shortcuts()
    # Word's key is there whatever the platform's standard redo is (Ctrl+Shift+Z on
    # GNOME and macOS, where the standard bindings lack Ctrl+Y) — and listed once
    assert keys.count(QKeySequence("Ctrl+Y")) == 1
    assert all(k in keys for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
