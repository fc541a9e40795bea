"""Spell check as you type, the spelling menu and the Problems panel, used as a drafter would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from policyeditor.ui.controller import EditorController
from tests.ui.helpers import click_section, trigger, type_text

Opener = Callable[[str | Path | None], EditorController]


@pytest.fixture(autouse=True)
def shared_dictionary_cache(tmp_path_factory: pytest.TempPathFactory,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    # one cache for the module: the Swedish word list is expanded once, not per test
    monkeypatch.setenv("POLICYEDITOR_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "lintc"))


def _ready(qtbot: Any, controller: EditorController) -> None:
    panel = controller.window.problems_panel
    qtbot.waitUntil(lambda: controller.checking.service.spellers is not None, timeout=60_000)
    qtbot.waitUntil(lambda: panel._state == "ready", timeout=60_000)


def _listed(controller: EditorController) -> list[str]:
    tree = controller.window.problems_panel.tree
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


def _underlined(controller: EditorController) -> list[str]:
    return [s.cursor.selectedText() for s in controller.window.editor.body_edit.extraSelections()]


def _type_at_end(qtbot: Any, controller: EditorController, text: str) -> None:
    body = controller.window.editor.body_edit
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, body, text)


def _choose_in_spelling_menu(qtbot: Any, controller: EditorController, word: str,
                             choice: str) -> None:
    """Right-click ``word`` in the body and click ``choice`` in the menu that opens."""
    body = controller.window.editor.body_edit
    cursor = QTextCursor(body.document())
    cursor.setPosition(body.toPlainText().index(word) + 1)
    where = body.cursorRect(cursor).center()
    clicked: list[str] = []

    def click() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions()]
        target = next(a for a in menu.actions() if a.text() == choice)
        clicked.append(target.text())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(target).center())
        assert texts  # shown for a failing run's message

    QTimer.singleShot(100, click)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                              body.viewport().mapToGlobal(where))
    QApplication.sendEvent(body.viewport(), event)
    assert clicked == [choice]


def test_a_typo_is_underlined_listed_and_corrected_from_the_menu(
        qtbot: Any, open_editor: Opener, seed_workspace: Path) -> None:
    controller = open_editor(seed_workspace)
    _ready(qtbot, controller)
    assert len(_listed(controller)) <= 3  # the clean seed
    click_section(qtbot, controller, "1.1")
    _type_at_end(qtbot, controller, " Vi sparar personuppgifer.")
    qtbot.waitUntil(lambda: _underlined(controller) == ["personuppgifer"], timeout=10_000)
    qtbot.waitUntil(lambda: any("personuppgifer" in m for m in _listed(controller)),
                    timeout=20_000)
    _choose_in_spelling_menu(qtbot, controller, "personuppgifer", "personuppgifter")
    body = controller.window.editor.body_edit
    assert body.toPlainText().endswith("Vi sparar personuppgifter.")
    assert controller.session.policy.sections[0].children[0].body.endswith(
        "Vi sparar personuppgifter.")
    qtbot.waitUntil(lambda: _underlined(controller) == [], timeout=10_000)
    trigger(controller, "edit_undo")  # the correction is one undoable edit
    assert body.toPlainText().endswith("Vi sparar personuppgifer.")


def test_clicking_a_problem_selects_its_section_and_words(
        qtbot: Any, open_editor: Opener, seed_workspace: Path) -> None:
    controller = open_editor(seed_workspace)
    _ready(qtbot, controller)
    click_section(qtbot, controller, "2")
    _type_at_end(qtbot, controller, " Se avsnitt 21.")
    click_section(qtbot, controller, "1")
    tree = controller.window.problems_panel.tree
    qtbot.waitUntil(lambda: any("avsnitt 21" in m for m in _listed(controller)), timeout=20_000)
    row = next(i for i in range(tree.topLevelItemCount())
               if "avsnitt 21" in tree.topLevelItem(i).text(2))
    item = tree.topLevelItem(row)
    assert item.text(0) == "2"
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())
    assert controller.session.number_of(controller.session.current_section_id) == "2"
    assert controller.window.editor.body_edit.textCursor().selectedText() == "avsnitt 21"


def test_add_to_dictionary_is_kept_in_the_workspace(
        qtbot: Any, open_editor: Opener, seed_workspace: Path) -> None:
    controller = open_editor(seed_workspace)
    _ready(qtbot, controller)
    click_section(qtbot, controller, "1.1")
    _type_at_end(qtbot, controller, " Vi använder Qwixly.")
    qtbot.waitUntil(lambda: _underlined(controller) == ["Qwixly"], timeout=10_000)
    _choose_in_spelling_menu(qtbot, controller, "Qwixly", "Add “Qwixly” to Dictionary")
    qtbot.waitUntil(lambda: _underlined(controller) == [], timeout=10_000)
    assert controller.session.workspace.dictionary_words() == ["Qwixly"]
    qtbot.waitUntil(lambda: not any("Qwixly" in m for m in _listed(controller)), timeout=20_000)
    _choose_in_spelling_menu(qtbot, controller, "Qwixly", "Remove “Qwixly” from Dictionary")
    assert controller.session.workspace.dictionary_words() == []
    qtbot.waitUntil(lambda: _underlined(controller) == ["Qwixly"], timeout=10_000)


def test_spell_check_can_be_turned_off_in_the_view_menu(
        qtbot: Any, open_editor: Opener, seed_workspace: Path) -> None:
    controller = open_editor(seed_workspace)
    _ready(qtbot, controller)
    click_section(qtbot, controller, "1.1")
    _type_at_end(qtbot, controller, " Vi sparar uppgiftre.")
    qtbot.waitUntil(lambda: _underlined(controller) == ["uppgiftre"], timeout=10_000)
    trigger(controller, "view_spelling")
    assert _underlined(controller) == []
    qtbot.waitUntil(lambda: not any("uppgiftre" in m for m in _listed(controller)),
                    timeout=20_000)
    assert controller.settings.spell_check is False  # remembered for the next session
    trigger(controller, "view_spelling")
    qtbot.waitUntil(lambda: _underlined(controller) == ["uppgiftre"], timeout=10_000)
    assert controller.settings.spell_check is True


def test_after_a_move_the_references_can_follow_in_one_undoable_step(
        qtbot: Any, open_editor: Opener, seed_workspace: Path, dialogs: Any) -> None:
    from tests.ui.conftest import click_button

    controller = open_editor(seed_workspace)
    click_section(qtbot, controller, "1")
    _type_at_end(qtbot, controller, " Se avsnitt 3 och avsnitt 2.")
    click_section(qtbot, controller, "3")
    dialogs.handlers.append(click_button("Update"))
    trigger(controller, "section_move_up")  # "Öppenhet och valmöjlighet" becomes 2
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    assert "References in 1 section point to sections" in dialogs.messages()
    first = controller.session.policy.sections[0]
    qtbot.waitUntil(lambda: first.body.endswith("Se avsnitt 2 och avsnitt 3."), timeout=10_000)
    trigger(controller, "edit_undo")  # the references, in one step
    assert first.body.endswith("Se avsnitt 3 och avsnitt 2.")
    assert controller.session.policy.sections[1].heading == "Öppenhet och valmöjlighet"
    trigger(controller, "edit_undo")  # then the move; nothing is offered on undo
    assert controller.session.policy.sections[2].heading == "Öppenhet och valmöjlighet"
    assert len(dialogs.shown) == 1


def test_a_typo_in_the_preamble_is_underlined_too(
        qtbot: Any, open_editor: Opener, seed_workspace: Path) -> None:
    controller = open_editor(seed_workspace)
    _ready(qtbot, controller)
    view = controller.window.outline
    root = view.model().index(0, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(root).center())
    assert controller.session.current_section_id == ""
    edit = controller.window.editor.preamble_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, edit, " Vi sparar uppgiftre.")
    qtbot.waitUntil(lambda: [s.cursor.selectedText() for s in edit.extraSelections()]
                    == ["uppgiftre"], timeout=10_000)
    qtbot.waitUntil(lambda: any("uppgiftre" in m for m in _listed(controller)), timeout=20_000)
