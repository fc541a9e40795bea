"""Helpers that act on the editor the way a user does (clicks, keys, menus)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog

from policyeditor.ui.controller import EditorController
from policyeditor.ui.editing.outline import ID_ROLE


def outline_labels(controller: EditorController) -> list[str]:
    """Every label of the outline in display order (document item first)."""
    model = controller.window.outline.model()
    labels: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            labels.append(str(index.data()).replace("\u2002", " "))
            visit(index)

    visit(QModelIndex())
    return labels


def find_index(controller: EditorController, number: str) -> QModelIndex:
    """Outline index of the section numbered ``number``."""
    model = controller.window.outline.model()

    def visit(parent: QModelIndex) -> QModelIndex | None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if str(index.data()).split("\u2002")[0] == number and index.data(ID_ROLE):
                return index
            found = visit(index)
            if found is not None:
                return found
        return None

    found = visit(QModelIndex())
    assert found is not None, f"no section {number} in {outline_labels(controller)}"
    return found


def click_section(qtbot: Any, controller: EditorController, number: str) -> None:
    """Click the outline row of section ``number``."""
    view = controller.window.outline
    index = find_index(controller, number)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.session.current_section_id == index.data(ID_ROLE)


def trigger(controller: EditorController, name: str) -> None:
    """Trigger a menu/toolbar action by its objectName, as a click on it would."""
    action = controller.window.findChild(QAction, name)
    assert action is not None, name
    assert action.isEnabled(), f"{name} is disabled"
    action.trigger()
    QApplication.processEvents()


def action(controller: EditorController, name: str) -> QAction:
    """The window's action called ``name`` (its objectName)."""
    found = controller.window.findChild(QAction, name)
    assert found is not None, name
    return found


def export_as(
    qtbot: Any,
    target: str | Path,
    fmt: str | None = None,
    *,
    page_size: str | None = None,
    pdfa: bool | None = None,
) -> Callable[[QDialog], int]:
    """Dialog handler: in the export dialog pick the format ``fmt`` (registry name:
    its title is translated) and the options, type ``target`` as the file and press
    Export, as a user would."""

    def handler(dialog: Any) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        if fmt is not None:
            row = dialog.format_combo.findData(fmt)
            assert row >= 0, f"{fmt!r} not offered"
            dialog.format_combo.setCurrentIndex(row)
        if page_size is not None:
            combo = dialog.findChild(QComboBox, "export_page_size")
            assert combo.isEnabled(), "no page size for this format"
            combo.setCurrentIndex(combo.findText(page_size))
        if pdfa is not None:
            check = dialog.findChild(QCheckBox, "export_pdfa")
            assert check.isEnabled(), "no PDF/A for this format"
            if check.isChecked() != pdfa:
                qtbot.mouseClick(check, Qt.MouseButton.LeftButton,
                                 pos=QPoint(8, check.height() // 2))
            assert check.isChecked() == pdfa
        dialog.target_edit.selectAll()
        qtbot.keyClicks(dialog.target_edit, str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    return handler


def menu_action(controller: EditorController, menu: str, text: str) -> QAction:
    """The action in menu ``menu`` (objectName suffix) whose visible text is ``text``."""
    from PySide6.QtWidgets import QMenu

    m = controller.window.findChild(QMenu, f"menu_{menu}")
    for action in m.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"{text!r} not in {[a.text() for a in m.actions()]}")


def heading_of(controller: EditorController, number: str) -> str:
    """Heading of section ``number`` as the outline shows it."""
    return str(find_index(controller, number).data()).split("\u2002", 1)[1]


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type ``text`` key by key (QTest only knows ASCII keys, so å, ä, ö are sent as text)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
