"""Editing the seed as a user: outline, section editor, preview, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt
from PySide6.QtGui import QTextDocument

from policyeditor.ui.controller import EditorController
from policyeditor.ui.editing.outline import ID_ROLE
from tests.ui.helpers import (
    click_section,
    find_index,
    heading_of,
    menu_action,
    outline_labels,
    trigger,
    type_text,
)


def test_seed_opens_with_numbered_outline_and_title(seed_editor: EditorController) -> None:
    labels = outline_labels(seed_editor)
    assert labels[0] == "Sekretesspolicy"
    assert "1.2.1 Enhetsinformation" in labels
    assert "8 Förändringar" in labels
    title = seed_editor.window.windowTitle()
    assert "Sekretesspolicy" in title and "[*]" in title
    # An import is unsaved work until it has a workspace.
    assert seed_editor.window.isWindowModified()


def test_typing_in_body_updates_preview_of_that_section(
    qtbot: Any, seed_editor: EditorController
) -> None:
    click_section(qtbot, seed_editor, "1.1")
    editor = seed_editor.window.editor
    section_id = seed_editor.session.current_section_id
    editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
    type_text(qtbot, editor.body_edit, " Vi sparar inget i onödan.")
    preview = seed_editor.window.preview
    assert "Vi sparar inget i onödan." in preview.section_text(section_id)
    assert seed_editor.session.section(section_id).body.endswith("Vi sparar inget i onödan.")


def test_typing_is_one_undo_step_and_undo_restores_preview(
    qtbot: Any, seed_editor: EditorController
) -> None:
    click_section(qtbot, seed_editor, "2")
    editor = seed_editor.window.editor
    section_id = seed_editor.session.current_section_id
    before = editor.body_edit.toPlainText()
    qtbot.keyClicks(editor.body_edit, "Hej ")
    assert editor.body_edit.toPlainText() == "Hej " + before
    # Ctrl+Z inside the text field is the document's undo, and undoes the whole word.
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_edit.toPlainText() == before
    assert "Hej" not in seed_editor.window.preview.section_text(section_id)
    trigger(seed_editor, "edit_redo")
    assert editor.body_edit.toPlainText() == "Hej " + before


@pytest.mark.parametrize("redo", [
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),  # as in Word
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
])
def test_ctrl_y_redoes_as_in_word_besides_the_platform_key(
    qtbot: Any, seed_editor: EditorController, redo: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    click_section(qtbot, seed_editor, "2")
    editor = seed_editor.window.editor
    before = editor.body_edit.toPlainText()
    qtbot.keyClicks(editor.body_edit, "Hej ")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body_edit.toPlainText() == before
    qtbot.keyClick(editor.body_edit, *redo)
    assert editor.body_edit.toPlainText() == "Hej " + before


def test_add_section_after_current_and_undo(qtbot: Any, seed_editor: EditorController) -> None:
    click_section(qtbot, seed_editor, "3")
    count = len(outline_labels(seed_editor))
    trigger(seed_editor, "section_add")
    assert heading_of(seed_editor, "4") == "New section"
    assert heading_of(seed_editor, "5") == "Information som du delar"  # renumbered
    # The heading field has the focus with the text selected: typing names the section.
    qtbot.keyClicks(seed_editor.window.editor.heading_edit, "Lagring")
    assert heading_of(seed_editor, "4") == "Lagring"
    trigger(seed_editor, "edit_undo")
    trigger(seed_editor, "edit_undo")
    assert len(outline_labels(seed_editor)) == count
    assert heading_of(seed_editor, "4") == "Information som du delar"


def test_add_subsection_and_undo(qtbot: Any, seed_editor: EditorController) -> None:
    click_section(qtbot, seed_editor, "7")
    trigger(seed_editor, "section_add_child")
    assert heading_of(seed_editor, "7.1") == "New section"
    trigger(seed_editor, "edit_undo")
    assert not any(label.startswith("7.1") for label in outline_labels(seed_editor))


def test_move_down_and_up_renumber_and_undo(qtbot: Any, seed_editor: EditorController) -> None:
    click_section(qtbot, seed_editor, "6.1")
    first = heading_of(seed_editor, "6.1")
    second = heading_of(seed_editor, "6.2")
    trigger(seed_editor, "section_move_down")
    assert heading_of(seed_editor, "6.1") == second
    assert heading_of(seed_editor, "6.2") == first
    assert seed_editor.window.editor.number_label.text().endswith("6.2")
    moved = seed_editor.session.current_section_id
    qtbot.waitUntil(lambda: seed_editor.window.preview.complete)
    assert seed_editor.window.preview.section_text(moved).startswith(f"6.2  {first}")
    trigger(seed_editor, "edit_undo")
    qtbot.waitUntil(lambda: seed_editor.window.preview.complete)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Each relayout replaces the preview's document; the old ones must not pile up.
    assert len(seed_editor.window.preview.findChildren(QTextDocument)) == 1
    assert heading_of(seed_editor, "6.1") == first


def test_ctrl_shift_arrows_still_select_words_in_the_text(
    qtbot: Any, seed_editor: EditorController
) -> None:
    click_section(qtbot, seed_editor, "3")
    body = seed_editor.window.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.Start)
    qtbot.keyClick(body, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert body.textCursor().selectedText().strip() == "Olika"
    assert heading_of(seed_editor, "3") == "Öppenhet och valmöjlighet"  # not indented


def test_indent_and_outdent_with_keyboard_and_undo(
    qtbot: Any, seed_editor: EditorController
) -> None:
    click_section(qtbot, seed_editor, "3")
    heading = heading_of(seed_editor, "3")
    outline = seed_editor.window.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert heading_of(seed_editor, "2.1") == heading
    qtbot.keyClick(outline, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert heading_of(seed_editor, "3") == heading
    trigger(seed_editor, "edit_undo")
    assert heading_of(seed_editor, "2.1") == heading
    trigger(seed_editor, "edit_undo")
    assert heading_of(seed_editor, "3") == heading


def test_delete_asks_naming_the_section_and_undo_brings_it_back(
    qtbot: Any, seed_editor: EditorController, dialogs: Any
) -> None:
    from tests.ui.conftest import click_button

    click_section(qtbot, seed_editor, "1.2")
    section_id = seed_editor.session.current_section_id
    dialogs.handlers.append(click_button("Delete"))
    outline = seed_editor.window.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    asked = dialogs.messages()
    assert "1.2" in asked and "Information vi får när du använder våra tjänster" in asked
    assert "Its 5 subsections will be deleted too" in asked
    assert not seed_editor.session.has_section(section_id)
    assert not any(label.startswith("1.2") for label in outline_labels(seed_editor))
    trigger(seed_editor, "edit_undo")
    assert seed_editor.session.has_section(section_id)  # same id: history follows it
    assert heading_of(seed_editor, "1.2.5") == "Cookies och liknande teknik"


def test_delete_cancelled_keeps_the_section(
    qtbot: Any, seed_editor: EditorController, dialogs: Any
) -> None:
    from tests.ui.conftest import click_button

    click_section(qtbot, seed_editor, "8")
    dialogs.handlers.append(click_button("Cancel"))
    trigger(seed_editor, "section_delete")
    assert heading_of(seed_editor, "8") == "Förändringar"


def test_rename_in_outline_and_outline_renumbers_after_move(
    qtbot: Any, seed_editor: EditorController
) -> None:
    click_section(qtbot, seed_editor, "7")
    outline = seed_editor.window.outline
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_F2)  # F2 = Rename: the heading field takes the keys
    heading = seed_editor.window.editor.heading_edit
    assert heading.hasFocus() and heading.selectedText() == "Informationssäkerhet"
    type_text(qtbot, heading, "Säkerhet")
    assert heading_of(seed_editor, "7") == "Säkerhet"
    trigger(seed_editor, "section_move_up")
    assert heading_of(seed_editor, "6") == "Säkerhet"
    assert heading_of(seed_editor, "7") == "Information som vi delar"
    assert heading_of(seed_editor, "7.3") == "Av juridiska skäl"


def test_drag_and_drop_moves_a_section_as_one_undo_step(seed_editor: EditorController) -> None:
    model = seed_editor.window.outline.model()
    source = find_index(seed_editor, "8")
    target_parent = find_index(seed_editor, "6")
    moved_id = source.data(ID_ROLE)
    data: QMimeData = model.mimeData([source])
    # What the view does on a drop between 6.1 and 6.2:
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target_parent)
    assert find_index(seed_editor, "6.2").data(ID_ROLE) == moved_id
    assert heading_of(seed_editor, "6.3") == "För extern behandling"
    trigger(seed_editor, "edit_undo")
    assert find_index(seed_editor, "8").data(ID_ROLE) == moved_id


def test_document_details_and_preamble_are_editable(
    qtbot: Any, seed_editor: EditorController
) -> None:
    outline = seed_editor.window.outline
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton,
                     pos=outline.visualRect(outline.model().index(0, 0)).center())
    editor = seed_editor.window.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Integritetspolicy")
    qtbot.keyClicks(editor.organisation_edit, "Exempel AB")
    assert seed_editor.session.policy.title == "Integritetspolicy"
    assert seed_editor.session.policy.metadata["organisation"] == "Exempel AB"
    assert "Integritetspolicy" in seed_editor.window.windowTitle()
    assert outline_labels(seed_editor)[0] == "Integritetspolicy"
    text = seed_editor.window.preview.toPlainText()
    assert "Integritetspolicy" in text and "Exempel AB" in text


def test_preview_can_be_hidden_from_the_view_menu(seed_editor: EditorController) -> None:
    preview = seed_editor.window.preview
    assert preview.isVisible()
    menu_action(seed_editor, "view", "Preview").trigger()
    assert not preview.isVisible()
    menu_action(seed_editor, "view", "Preview").trigger()
    assert preview.isVisible()


def test_status_bar_shows_section_number_and_word_count(
    qtbot: Any, seed_editor: EditorController
) -> None:
    click_section(qtbot, seed_editor, "1.2.2")
    qtbot.waitUntil(lambda: "1.2.2" in seed_editor.window.position_label.text())
    assert "of 18" in seed_editor.window.position_label.text()
    assert "words here" in seed_editor.window.words_label.text()
