"""Flags panel and sign-off as a reviewer uses them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from policyeditor.core.workspace import Workspace
from tests.ui.conftest import accept_with
from tests.ui.helpers import click_section, trigger, type_text
from tests.ui.review_helpers import click_flag, flag_rows, open_compare, review_workspace


def test_every_flag_is_listed_with_its_facts(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    rows = flag_rows(view)
    negation = next(r for r in rows if r["category"] == "Negation")
    assert negation["severity"] == "High"
    assert negation["section"] == "6"
    assert negation["status"] == "Needs review"
    assert "inte" in negation["explanation"]
    assert negation["reference"].startswith("GDPR")
    assert {r["section"] for r in rows} >= {"5", "6", "6.2", "9"}


def test_filter_by_severity_and_category(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    everything = flag_rows(view)
    # one flag per change: the new section's low "section added" is part of its high flag
    assert {r["severity"] for r in everything} == {"High", "Medium"}
    qtbot.mouseClick(view.flags.severity_buttons["low"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.flags.severity_buttons["medium"], Qt.MouseButton.LeftButton)
    high = flag_rows(view)
    assert high and {r["severity"] for r in high} == {"High"}
    # The redline marks flagged sections with the visible flags only.
    assert "⚑ High" in view.inline_pane.toPlainText()
    assert "⚑ Medium" not in view.inline_pane.toPlainText()
    combo = view.flags.category_combo
    combo.setCurrentIndex(combo.findData("transfers"))
    rows = flag_rows(view)
    assert [r["category"] for r in rows] == ["Transfers abroad"]
    assert rows[0]["section"] == "9"
    combo.setCurrentIndex(0)
    qtbot.mouseClick(view.flags.severity_buttons["medium"], Qt.MouseButton.LeftButton)
    assert {r["severity"] for r in flag_rows(view)} == {"High", "Medium"}


def test_selecting_a_flag_highlights_its_evidence(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    view.bar.collapse.setChecked(False)
    view.inline_pane.verticalScrollBar().setValue(0)
    click_flag(qtbot, view, lambda r: r["category"] == "Recipients" and r["section"] == "6.2")
    assert "Salesforce Inc." in view.inline_pane.highlighted_text()
    assert view.inline_pane.verticalScrollBar().value() > 0
    assert "Salesforce" in view.flags.details.text()
    qtbot.mouseClick(view.bar.side_button, Qt.MouseButton.LeftButton)
    click_flag(qtbot, view, lambda r: r["category"] == "Retention")
    assert "36 månader" in view.new_pane.highlighted_text()


def _acknowledge(qtbot: Any, view: Any, dialogs: Any, comment: str) -> None:
    def fill(dialog: Any) -> None:
        assert dialog.reviewer_edit.text() == "Anna Jurist"  # from the settings
        assert not dialog.ok_button.isEnabled()  # a comment is required
        dialog.comment_edit.setPlainText(comment)

    dialogs.handlers.append(accept_with(fill))
    qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)


def test_acknowledgement_persists_after_reopening(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path)
    editor = open_editor(path)
    editor.settings.author_name = "Anna Jurist"
    view = open_compare(editor)
    click_flag(qtbot, view, lambda r: r["category"] == "Negation")
    _acknowledge(qtbot, view, dialogs, "Avsiktligt: vi delar nu med partner enligt avtal.")
    row = next(r for r in flag_rows(view) if r["category"] == "Negation")
    assert row["status"] == "Acknowledged (Anna Jurist)"
    assert "Avsiktligt" in view.flags.details.text()
    with Workspace.open(path, readonly=True) as ws:
        acks = ws.acknowledgements()
    assert [(a.reviewer, a.rule) for a in acks] == [("Anna Jurist", "negation-removed")]
    assert acks[0].created  # the time is stored
    editor.window.close()
    QApplication.processEvents()
    reopened = open_editor(path)
    view = open_compare(reopened)
    row = next(r for r in flag_rows(view) if r["category"] == "Negation")
    assert row["status"] == "Acknowledged (Anna Jurist)"
    qtbot.mouseClick(view.flags.open_only, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert all(r["status"] == "Needs review" for r in flag_rows(view))


def test_editing_an_acknowledged_section_needs_review_again(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    editor.settings.author_name = "Anna Jurist"
    view = open_compare(editor)
    click_flag(qtbot, view, lambda r: r["category"] == "Retention")
    _acknowledge(qtbot, view, dialogs, "36 månader stämmer med gallringsrutinen.")
    assert next(r for r in flag_rows(view) if r["category"] == "Retention")["status"] \
        .startswith("Acknowledged")
    # Edit section 5 in the editor (elsewhere than the flagged sentence).
    editor.window.activateWindow()
    click_section(qtbot, editor, "5")
    type_text(qtbot, editor.window.editor.body_edit, "Uppdaterat. ")
    qtbot.waitUntil(
        lambda: next(r for r in flag_rows(view) if r["category"] == "Retention")["status"]
        == "Needs review",
        timeout=5000,
    )


def test_swedish_status_reads_kvitterad_and_a_sign_off_can_be_withdrawn(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path)
    editor = open_editor(path)
    editor.settings.author_name = "Anna Jurist"
    dialogs.handlers.append(accept_with(lambda d: d.set_language("sv")))
    trigger(editor, "edit_settings")
    view = open_compare(editor)
    negation = lambda r: r["category"] == "Negation"  # noqa: E731
    click_flag(qtbot, view, negation)
    assert not view.flags.withdraw_button.isEnabled()  # nothing to withdraw yet
    _acknowledge(qtbot, view, dialogs, "Avsiktligt: vi delar nu med partner enligt avtal.")
    row = next(r for r in flag_rows(view) if negation(r))
    # acknowledging the flag, not approving the change
    assert row["status"] == "Kvitterad (Anna Jurist)"
    assert "Kvitterad av Anna Jurist" in view.flags.details.text()
    assert view.flags.withdraw_button.isEnabled()

    def give_reason(dialog: Any) -> None:
        assert dialog.objectName() == "withdraw_dialog"
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.comment_edit.setPlainText("Avtalet med partnern är inte klart.")

    dialogs.handlers.append(accept_with(give_reason))
    qtbot.mouseClick(view.flags.withdraw_button, Qt.MouseButton.LeftButton)
    row = next(r for r in flag_rows(view) if negation(r))
    assert row["status"] == "Behöver granskas"
    assert not view.flags.withdraw_button.isEnabled()
    assert view.flags.ack_button.isEnabled()
    # both the sign-off and its withdrawal are on record, with who and why
    with Workspace.open(path, readonly=True) as ws:
        acks = ws.acknowledgements()
    assert [(a.reviewer, a.comment) for a in acks] == [
        ("Anna Jurist", "Avsiktligt: vi delar nu med partner enligt avtal."),
        ("Anna Jurist", "Avtalet med partnern är inte klart."),
    ]
    assert acks[1].content_hash == "withdrawn:" + acks[0].content_hash
    # still open after reopening: the withdrawal is read back from the workspace
    editor.window.close()
    QApplication.processEvents()
    view = open_compare(open_editor(path))
    assert next(r for r in flag_rows(view) if negation(r))["status"] == "Behöver granskas"


def test_flags_are_grouped_by_section_one_flag_per_change(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    tree = view.flags.tree
    headers = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [h.text(0) for h in headers if h is not None] == [
        "Section 5", "Section 6", "Section 6.2", "Section 9"]
    for header in headers:
        assert header is not None and header.childCount() >= 1
        number = header.text(0).removeprefix("Section ")
        assert {header.child(i).text(3) for i in range(header.childCount())} == {number}
    # "inte" removed with "delar" now applying is one change: one flag, both categories
    click_flag(qtbot, view, lambda r: r["category"] == "Negation")
    assert [r["section"] for r in flag_rows(view)].count("6") == 1
    assert "Also concerns: Recipients" in view.flags.details.text()
