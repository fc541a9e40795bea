"""Compare view as a reviewer uses it: choose sides, read the changes, switch modes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from policyeditor.core.render.redline.panes import anchor
from policyeditor.ui.review.compare_view import CompareView
from tests.ui.helpers import click_section, trigger, type_text
from tests.ui.review_helpers import change_list, open_compare, review_workspace


def test_compare_last_published_with_draft_lists_every_change(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    assert view.bar.old_combo.currentText().startswith("1.0")
    assert view.bar.new_combo.currentData() == ""  # the draft
    changes = change_list(view)
    assert "1.2.4  Cookies och liknande teknik — moved" in changes
    assert "5  Komma åt och uppdatera personuppgifter — modified" in changes
    assert "6  Information som vi delar — modified" in changes
    assert "6.2  För extern behandling — modified" in changes
    assert "9  Överföring till tredje land — added" in changes
    assert "3 modified, 1 added, 0 removed, 1 moved" in view.counts_label.text()
    text = view.inline_pane.toPlainText()
    assert "Vi delar inte personuppgifter" in text  # the deleted word is shown, struck
    assert "moved from 1.2.5" in text or "flyttat från 1.2.5" in text


def test_change_list_jumps_to_the_change(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    view.bar.collapse.setChecked(False)  # long document: everything unfolded
    bar = view.inline_pane.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    row = next(i for i, line in enumerate(change_list(view)) if line.startswith("5 "))
    item = view.changes.item(row)
    qtbot.mouseClick(view.changes.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.changes.visualItemRect(item).center())
    assert bar.value() > 0
    index = item.data(Qt.ItemDataRole.UserRole)
    assert bar.value() < bar.maximum()  # section 5 is at the top, not the end reached
    y = view.inline_pane.anchor_y(anchor(index))
    assert y is not None and abs(y - bar.value()) < 2


def test_side_by_side_panes_scroll_together(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    view.bar.collapse.setChecked(False)
    qtbot.mouseClick(view.bar.side_button, Qt.MouseButton.LeftButton)
    assert view.mode() == "side-by-side"
    assert view.stack.currentWidget() is view.side_by_side
    old_text, new_text = view.old_pane.toPlainText(), view.new_pane.toPlainText()
    assert "Vi delar inte personuppgifter" in old_text
    assert "Vi delar inte" not in new_text and "Vi delar personuppgifter" in new_text
    assert "Salesforce" in new_text and "Salesforce" not in old_text
    # Each side numbers sections as its own version did.
    assert "1.2.4 Lokal lagring" in old_text and "1.2.5 Lokal lagring" in new_text
    assert view.old_header.text() == "Old: 1.0 (published)"
    assert view.new_header.text() == "New: Draft (current)"
    # Scrolling the new side to section 6 brings the old side to section 6 as well.
    comparison = view.model.comparison
    assert comparison is not None
    index = next(i for i, c in enumerate(comparison.sections) if c.number == "6")
    view.new_pane.go_to(anchor(index))
    QApplication.processEvents()
    assert view.old_pane.verticalScrollBar().value() > 0
    y = view.old_pane.anchor_y(anchor(index))  # section 6 is in view on the old side too
    top = view.old_pane.verticalScrollBar().value()
    assert y is not None and top <= y < top + view.old_pane.viewport().height() - 20
    view.new_pane.verticalScrollBar().setValue(0)  # and the tops meet again
    assert view.old_pane.verticalScrollBar().value() == 0
    qtbot.mouseClick(view.bar.inline_button, Qt.MouseButton.LeftButton)
    assert view.mode() == "inline" and view.stack.currentWidget() is view.inline_pane


def _click_link(qtbot: Any, view: CompareView, text: str) -> None:
    pane = view.inline_pane
    cursor = pane.document().find(text)
    assert not cursor.isNull(), text
    caret = QTextCursor(cursor)
    caret.setPosition(cursor.selectionStart() + 2)
    pane.setTextCursor(caret)
    pane.ensureCursorVisible()
    rect = pane.cursorRect(caret)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.center().x() + 2, rect.center().y()))


def test_unchanged_sections_fold_and_unfold(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    assert view.bar.collapse.isChecked()
    unchanged_body = "Vi arbetar ständigt för att skydda Intensive Code"
    assert unchanged_body not in view.inline_pane.toPlainText()
    _click_link(qtbot, view, "7 Informationssäkerhet")
    assert unchanged_body in view.inline_pane.toPlainText()
    _click_link(qtbot, view, "7 Informationssäkerhet")
    assert unchanged_body not in view.inline_pane.toPlainText()
    qtbot.mouseClick(view.bar.collapse, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert unchanged_body in view.inline_pane.toPlainText()


def test_ignore_formatting_hides_a_formatting_only_edit(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    click_section(qtbot, editor, "8")
    body = editor.window.editor.body_edit
    body.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, body, "**")
    body.moveCursor(QTextCursor.MoveOperation.EndOfWord)
    type_text(qtbot, body, "**")
    view = open_compare(editor)
    assert any(line.startswith("8 ") for line in change_list(view))
    qtbot.mouseClick(view.bar.ignore_formatting, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert view.model.ignore_formatting
    assert not any(line.startswith("8 ") for line in change_list(view))
    assert any(line.startswith("6 ") for line in change_list(view))  # real edits remain


def test_any_two_saved_versions_can_be_compared(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path, save_as="2.0"))
    view = open_compare(editor)
    labels = [view.bar.new_combo.itemText(i) for i in range(view.bar.new_combo.count())]
    assert labels[:2] == ["1.0 (published)", "2.0 (saved)"]
    view.choose("2.0", "1.0")  # backwards: what 2.0 had that 1.0 lacks
    changes = change_list(view)
    assert "9  Överföring till tredje land — removed" in changes
    view.choose("1.0", "1.0")
    assert change_list(view) == ["No differences. — "]
    trigger(editor, "review_compare")  # opening again shows the same window
    assert editor.window.findChildren(CompareView) == [view]


def test_a_closed_compare_view_catches_up_with_the_draft_when_reopened(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    assert not any(line.startswith("7 ") for line in change_list(view))
    view.close()
    click_section(qtbot, editor, "7")
    type_text(qtbot, editor.window.editor.body_edit, "Vi krypterar all trafik. ")
    qtbot.wait(800)  # longer than the refresh delay of a visible view
    assert not any(line.startswith("7 ") for line in change_list(view))  # no work while hidden
    assert open_compare(editor) is view
    assert "7  Informationssäkerhet — modified" in change_list(view)


def test_next_and_previous_change_step_through_the_redline(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    view.bar.collapse.setChecked(False)
    bar = view.inline_pane.verticalScrollBar()
    bar.setValue(0)
    next_button = view.change_list.next_button
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert view.changes.currentItem().text().startswith("1.2.4")
    first = bar.value()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert view.changes.currentItem().text().startswith("5 ")
    assert bar.value() > first
    qtbot.mouseClick(view.change_list.previous_button, Qt.MouseButton.LeftButton)
    assert view.changes.currentItem().text().startswith("1.2.4")
    assert bar.value() == first
