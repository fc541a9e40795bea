"""Comments as a reviewer makes them: select words, Ctrl+Alt+M, type, OK — and they stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from policyeditor.core.model import walk
from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from tests.ui.conftest import accept_with
from tests.ui.helpers import click_section, trigger, type_text
from tests.ui.review_helpers import open_compare

QUOTE = "utanför Intensive Code"


def select_words(editor: Any, words: str) -> None:
    """Select ``words`` in the section text, as a drag over them would."""
    field = editor.body_edit
    start = field.toPlainText().index(words)
    cursor = field.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    field.setFocus()


def type_and_ok(qtbot: Any, text: str) -> Any:
    """Dialog handler: type the comment key by key and press OK."""

    def handler(dialog: QDialog) -> int:
        type_text(qtbot, dialog.text_edit, text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(dialog.result())

    return handler


def activate(qtbot: Any, window: Any) -> None:
    """Bring ``window`` to the front, as a click on it would (its shortcuts then work)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def save_version(controller: EditorController, dialogs: Any, label: str) -> None:
    dialogs.handlers.append(accept_with(lambda d: d.label_edit.setText(label)))
    trigger(controller, "version_save")


def comment_of(controller: EditorController) -> Any:
    section = controller.session.section(controller.session.current_section_id)
    (comment,) = section.comments
    return section, comment


def test_a_comment_made_with_ctrl_alt_m_stays_on_its_words_over_versions_and_edits(
        qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any) -> None:
    controller = open_editor(seed_workspace)
    controller.settings.author_name = "Anna Jurist"
    activate(qtbot, controller.window)
    click_section(qtbot, controller, "6")
    editor = controller.window.editor
    select_words(editor, QUOTE)
    dialogs.handlers.append(type_and_ok(qtbot, "Räknas koncernbolag som utanför?"))
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    section, comment = comment_of(controller)
    assert (comment.author, comment.quote, comment.text) == (
        "Anna Jurist", QUOTE, "Räknas koncernbolag som utanför?")
    comments = controller.comments
    assert comments.dock.isVisible()
    thread = comments.panel.tree.topLevelItem(0).child(0).text(0)
    assert "Anna Jurist" in thread and f"“{QUOTE}”" in thread
    assert comments.highlight.marked_texts() == [QUOTE]
    save_version(controller, dialogs, "1.0")

    # three edits around the words over two more versions, typed as a user types
    field = editor.body_edit
    field.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, field, "Observera: ")
    save_version(controller, dialogs, "1.1")
    select_words(editor, "företag")
    type_text(qtbot, field, "bolag")
    field.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, field, " Se nedan.")
    save_version(controller, dialogs, "1.2")

    section, comment = comment_of(controller)
    assert comment.anchor is not None
    assert section.body[comment.anchor[0]:comment.anchor[1]] == QUOTE
    assert "bolag, organisationer" in section.body and section.body.startswith("Observera: ")
    comments.highlight.refresh()
    assert comments.highlight.marked_texts() == [QUOTE]
    with Workspace.open(seed_workspace, readonly=True) as workspace:
        saved = next(r.section for r in walk(workspace.load_version("1.2")) if r.number == "6")
    (stored,) = saved.comments
    assert stored.anchor is not None and saved.body[slice(*stored.anchor)] == QUOTE


def test_reply_resolve_delete_and_undo_from_the_panel(
        qtbot: Any, seed_editor: EditorController, dialogs: Any) -> None:
    seed_editor.settings.author_name = "Anna"
    click_section(qtbot, seed_editor, "6")
    editor = seed_editor.window.editor
    select_words(editor, QUOTE)
    dialogs.handlers.append(type_and_ok(qtbot, "Vilka?"))
    trigger(seed_editor, "comment_new")
    panel = seed_editor.comments.panel
    assert panel.chosen() is not None  # the new thread is chosen
    seed_editor.settings.author_name = "Bo"
    dialogs.handlers.append(type_and_ok(qtbot, "Koncernbolag."))
    panel.reply_button.click()
    _section, comment = comment_of(seed_editor)
    assert [(r.author, r.text) for r in comment.replies] == [("Bo", "Koncernbolag.")]
    assert panel.resolve_button.text().replace("&", "") == "Resolve"
    panel.resolve_button.click()
    assert comment_of(seed_editor)[1].resolved
    assert panel.resolve_button.text().replace("&", "") == "Reopen"
    assert "Resolved" in panel.tree.topLevelItem(0).child(0).text(0)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)  # as the Delete button does
    assert not seed_editor.session.section(seed_editor.session.current_section_id).comments
    trigger(seed_editor, "edit_undo")
    _section, comment = comment_of(seed_editor)
    assert comment.resolved and comment.replies[0].text == "Koncernbolag."
    # choosing the thread in the panel selects its words in the editor
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
    panel.tree.setCurrentItem(None)
    panel.choose(_section.id, comment.id)
    assert editor.body_edit.textCursor().selectedText() == QUOTE


def test_words_deleted_leave_the_comment_listed_as_detached_and_undo_reattaches(
        qtbot: Any, seed_editor: EditorController, dialogs: Any) -> None:
    click_section(qtbot, seed_editor, "6")
    editor = seed_editor.window.editor
    select_words(editor, QUOTE)
    dialogs.handlers.append(type_and_ok(qtbot, "Vilka?"))
    trigger(seed_editor, "comment_new")
    select_words(editor, " " + QUOTE)
    type_text(qtbot, editor.body_edit, "!")  # typing over the words deletes them
    _section, comment = comment_of(seed_editor)
    assert comment.detached
    panel = seed_editor.comments.panel
    qtbot.waitUntil(lambda: "Words deleted" in panel.tree.topLevelItem(0).child(0).text(0))
    seed_editor.comments.highlight.refresh()
    assert seed_editor.comments.highlight.marked_texts() == []
    trigger(seed_editor, "edit_undo")
    _section, comment = comment_of(seed_editor)
    assert not comment.detached and comment.quote == QUOTE


def test_comment_on_words_selected_in_the_compare_view(
        qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any) -> None:
    controller = open_editor(seed_workspace)
    save_version(controller, dialogs, "1.0")
    click_section(qtbot, controller, "6")  # a change, so the compare view shows section 6
    controller.window.editor.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, controller.window.editor.body_edit, "Observera: ")
    view = open_compare(controller)
    activate(qtbot, view)
    pane = view.panes()[0]
    found = pane.document().find("personer " + QUOTE)
    assert not found.isNull()
    cursor = pane.textCursor()
    cursor.setPosition(found.selectionStart() + len("personer "))
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    qtbot.waitUntil(lambda: pane.hasFocus())
    dialogs.handlers.append(type_and_ok(qtbot, "Gäller även koncernen?"))
    qtbot.keyClick(pane, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    by_number = {r.number: r.section for r in walk(controller.session.policy)}
    (comment,) = by_number["6"].comments
    assert comment.quote == QUOTE and comment.text == "Gäller även koncernen?"
    assert comment.anchor is not None
    assert by_number["6"].body[slice(*comment.anchor)] == QUOTE


def test_words_only_the_old_side_has_make_a_comment_on_the_section(
        qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any) -> None:
    controller = open_editor(seed_workspace)
    save_version(controller, dialogs, "1.0")
    click_section(qtbot, controller, "6")
    editor = controller.window.editor
    select_words(editor, "inte ")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Backspace)
    view = open_compare(controller)
    activate(qtbot, view)
    pane = view.panes()[0]
    heading = pane.document().find("Information som vi delar")
    found = pane.document().find("inte", heading.selectionEnd(),
                                 QTextDocument.FindFlag.FindWholeWords)
    assert not found.isNull()
    pane.setTextCursor(found)
    pane.setFocus()
    qtbot.waitUntil(lambda: pane.hasFocus())
    dialogs.handlers.append(type_and_ok(qtbot, "Varför struket?"))
    qtbot.keyClick(pane, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    by_number = {r.number: r.section for r in walk(controller.session.policy)}
    (comment,) = by_number["6"].comments
    assert (comment.quote, comment.anchor, comment.detached) == ("inte", None, False)
    assert "no longer has these words" in controller.window.statusBar().currentMessage()
