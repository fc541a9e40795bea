"""Saving, reopening, versions, damaged files and busy workspaces, as a user meets them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from tests.ui.conftest import accept_with, click_button
from tests.ui.helpers import action, click_section, export_as, heading_of, trigger, type_text


def test_save_as_then_save_version_and_reopen_the_workspace(
    qtbot: Any, seed_editor: EditorController, dialogs: Any, tmp_path: Path, open_editor: Any
) -> None:
    target = tmp_path / "integritet.policy"
    seed_editor.settings.author_name = "Anna Jurist"
    dialogs.save_paths.append(str(tmp_path / "integritet"))  # suffix added by the editor
    trigger(seed_editor, "file_save_as")
    assert target.is_file()
    assert not seed_editor.window.isWindowModified()
    assert "integritet.policy" in seed_editor.window.windowTitle()

    click_section(qtbot, seed_editor, "7")
    type_text(qtbot, seed_editor.window.editor.body_edit, "Vi krypterar all trafik. ")

    def fill(dialog: Any) -> None:
        assert dialog.author_edit.text() == "Anna Jurist"  # author defaults from settings
        dialog.label_edit.setText("2.0")
        dialog.note_edit.setPlainText("Säkerhetsavsnittet skärpt")

    dialogs.handlers.append(accept_with(fill))
    trigger(seed_editor, "version_save")
    tree = seed_editor.window.versions_panel.tree
    assert tree.topLevelItemCount() == 1
    assert [tree.topLevelItem(0).text(i) for i in (0, 1, 2)] == ["2.0", "Saved", "Anna Jurist"]

    seed_editor.window.close()
    QApplication.processEvents()
    reopened = open_editor(target)
    assert reopened.window.versions_panel.tree.topLevelItem(0).text(0) == "2.0"
    click_section(qtbot, reopened, "7")
    assert reopened.window.editor.body_edit.toPlainText().startswith("Vi krypterar all trafik.")


def test_the_next_label_is_suggested_from_the_last_with_the_major_one_offered(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    from PySide6.QtCore import Qt

    editor = open_editor(seed_workspace)
    seen: dict[str, Any] = {}

    def first(dialog: Any) -> None:
        seen["first"] = (dialog.label_edit.text(), dialog.major_button.isVisibleTo(dialog))

    dialogs.handlers.append(accept_with(first))
    trigger(editor, "version_save")
    assert seen["first"] == ("1.0", False)  # nothing to count on yet

    def major(dialog: Any) -> None:
        seen["suggested"] = dialog.label_edit.text()
        assert dialog.major_button.isVisibleTo(dialog)
        assert "2.0" in dialog.major_button.text()
        qtbot.mouseClick(dialog.major_button, Qt.MouseButton.LeftButton)
        seen["chosen"] = dialog.label_edit.text()

    dialogs.handlers.append(accept_with(major))
    trigger(editor, "version_save")
    assert (seen["suggested"], seen["chosen"]) == ("1.1", "2.0")

    def after_major(dialog: Any) -> None:
        seen["after"] = (dialog.label_edit.text(), dialog.major_button.text().replace("&", ""))

    dialogs.handlers.append(accept_with(after_major))
    trigger(editor, "version_save")
    assert seen["after"] == ("2.1", "Use Major Version 3.0")
    tree = editor.window.versions_panel.tree
    assert [tree.topLevelItem(i).text(0) for i in range(3)] == ["1.0", "2.0", "2.1"]


def test_save_version_offers_to_set_last_changed_to_today(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    import datetime

    today = datetime.date.today().isoformat()
    editor = open_editor(seed_workspace)

    def keep_old_date(dialog: Any) -> None:
        check = dialog.last_changed_check
        assert check.isVisibleTo(dialog) and check.isChecked()  # on: the seed has a date
        assert today in check.text() and "2021-01-24" in check.text()
        check.click()  # this time: leave the date alone
        dialog.label_edit.setText("1.0")

    dialogs.handlers.append(accept_with(keep_old_date))
    trigger(editor, "version_save")

    def set_today(dialog: Any) -> None:
        assert dialog.last_changed_check.isChecked()
        dialog.label_edit.setText("1.1")

    dialogs.handlers.append(accept_with(set_today))
    trigger(editor, "version_save")
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.load_version("1.0").metadata["last_changed"] == "2021-01-24"
        assert ws.load_version("1.1").metadata["last_changed"] == today
    # the draft says so too, and the change is one undo step like any edit
    assert editor.session.policy.metadata["last_changed"] == today
    trigger(editor, "edit_undo")
    assert editor.session.policy.metadata["last_changed"] == "2021-01-24"

    def nothing_to_offer(dialog: Any) -> None:
        seen["offered"] = dialog.last_changed_check.isVisibleTo(dialog)
        dialog.label_edit.setText("1.2")

    seen: dict[str, bool] = {}
    trigger(editor, "edit_redo")  # today again: nothing left to offer
    dialogs.handlers.append(accept_with(nothing_to_offer))
    trigger(editor, "version_save")
    assert seen["offered"] is False


def test_autosave_writes_the_draft_shortly_after_typing(
    qtbot: Any, open_editor: Any, seed_workspace: Path
) -> None:
    editor = open_editor(seed_workspace)
    assert not editor.window.isWindowModified()
    click_section(qtbot, editor, "8")
    qtbot.keyClicks(editor.window.editor.body_edit, "Autosparat. ")
    assert editor.window.isWindowModified()
    qtbot.waitUntil(lambda: not editor.window.isWindowModified(), timeout=5000)
    with Workspace.open(seed_workspace, readonly=True) as ws:
        saved = ws.load_draft()
    assert saved.sections[7].body.startswith("Autosparat. ")
    assert "All changes saved" in editor.window.save_label.text()


def test_restore_a_version_into_the_draft_is_undoable(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Test")
    editor = open_editor(seed_workspace)
    click_section(qtbot, editor, "8")
    editor.window.editor.heading_edit.selectAll()
    qtbot.keyClicks(editor.window.editor.heading_edit, "Andringar i policyn")
    assert heading_of(editor, "8") == "Andringar i policyn"
    editor.window.versions_panel.select_label("1.0")
    dialogs.handlers.append(click_button("Restore"))
    trigger(editor, "version_restore")
    assert heading_of(editor, "8") == "Förändringar"
    trigger(editor, "edit_undo")
    assert heading_of(editor, "8") == "Andringar i policyn"


def test_open_version_shows_it_read_only_in_its_own_window(
    qtbot: Any, open_editor: Any, seed_workspace: Path, editor_app: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Test")
    editor = open_editor(seed_workspace)
    editor.window.versions_panel.select_label("1.0")
    trigger(editor, "version_open")
    viewer = editor_app.controllers[-1]
    assert viewer is not editor
    assert "1.0" in viewer.window.windowTitle() and "read-only" in viewer.window.windowTitle()
    assert viewer.window.editor.body_edit.isReadOnly()
    assert not action(viewer, "section_add").isEnabled()
    assert not viewer.window.find_panel.replace_all_button.isEnabled()  # search only


def test_publish_a_version_marks_it_published(
    open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Test")
    editor = open_editor(seed_workspace)
    editor.window.versions_panel.select_label("1.0")
    dialogs.handlers.append(accept_with(lambda d: d.author_edit.setText("Chefsjurist")))
    trigger(editor, "version_publish")
    assert editor.window.versions_panel.tree.topLevelItem(0).text(1) == "Published"


def test_damaged_file_gives_a_message_and_keeps_the_current_document(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.policy"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13garbage" * 200)
    before = seed_editor.session
    dialogs.close_answer = "discard"  # the unsaved import may be dropped for this test
    dialogs.open_paths.append(str(broken))
    trigger(seed_editor, "file_open")
    assert "broken.policy" in dialogs.messages()
    assert seed_editor.session is before
    assert broken.read_bytes().startswith(b"SQLite format 3\x00\x13garbage")  # untouched


def test_binary_text_file_is_refused_with_a_message(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    dialogs.open_paths.append(str(junk))
    trigger(seed_editor, "file_open")
    assert "Cannot Open" in dialogs.messages() and "junk.txt" in dialogs.messages()


def test_workspace_open_elsewhere_is_reported_by_name(
    open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    holder = Workspace.open(seed_workspace, exclusive=True)  # "another editor"
    try:
        editor = open_editor(None)
        assert editor.files.open_file(str(seed_workspace)) is False
    finally:
        holder.close()
    message = dialogs.messages()
    assert "seed.policy" in message and "already open for editing" in message


def test_closing_an_unsaved_import_asks_and_cancel_keeps_the_window(
    seed_editor: EditorController, dialogs: Any
) -> None:
    dialogs.close_answer = "cancel"
    seed_editor.window.close()
    assert seed_editor.window.isVisible()
    assert any(kind == "ask_save" for kind, _ in dialogs.shown)
    dialogs.close_answer = "discard"
    seed_editor.window.close()
    assert not seed_editor.window.isVisible()


def test_import_revised_text_keeps_section_ids_and_is_undoable(
    qtbot: Any, open_editor: Any, seed_workspace: Path, seed_path: Path, dialogs: Any,
    tmp_path: Path,
) -> None:
    editor = open_editor(seed_workspace)
    click_section(qtbot, editor, "7")
    old_id = editor.session.current_section_id
    revised = tmp_path / "revised.txt"
    revised.write_text(seed_path.read_text(encoding="utf-8").replace(
        "7. Informationssäkerhet", "7. Informationssäkerhet och kryptering"), encoding="utf-8")
    dialogs.open_paths.append(str(revised))
    trigger(editor, "file_import")
    assert heading_of(editor, "7") == "Informationssäkerhet och kryptering"
    assert editor.session.section(old_id).heading == "Informationssäkerhet och kryptering"
    trigger(editor, "edit_undo")
    assert heading_of(editor, "7") == "Informationssäkerhet"


def test_export_html_of_the_draft_writes_a_file(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    editor = open_editor(seed_workspace)
    target = tmp_path / "out.html"
    dialogs.handlers.append(export_as(qtbot, target, "html"))
    trigger(editor, "file_export")
    qtbot.waitUntil(lambda: target.is_file() and not editor.exporter.busy, timeout=20000)
    assert "Information som vi samlar in" in target.read_text(encoding="utf-8")


def test_export_pdf_of_a_version_runs_in_the_background(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Test")
    editor = open_editor(seed_workspace)
    editor.window.versions_panel.select_label("1.0")
    target = tmp_path / "version.pdf"
    dialogs.handlers.append(export_as(qtbot, target, "pdf"))
    trigger(editor, "version_export")
    assert editor.window.progress.isVisible() or target.is_file()
    qtbot.waitUntil(lambda: target.is_file() and not editor.exporter.busy, timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not editor.window.progress.isVisible())
    assert "Exported to" in editor.window.statusBar().currentMessage()


def test_export_html_of_a_version_carries_its_release_notice(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("2.0", author="Test")
        ws.set_version_notice("2.0", "Vi delar nu uppgifter med Acme.")
    editor = open_editor(seed_workspace)
    editor.window.versions_panel.select_label("2.0")
    target = tmp_path / "version.html"
    dialogs.handlers.append(export_as(qtbot, target, "html"))
    trigger(editor, "version_export")
    qtbot.waitUntil(lambda: target.is_file() and not editor.exporter.busy, timeout=20000)
    page = target.read_text(encoding="utf-8")
    assert "Vi delar nu uppgifter med Acme." in page
    assert "2.0" in page


def test_a_document_handed_over_by_the_desktop_opens_in_the_window(
    qtbot: Any, open_editor: Any, seed_workspace: Path
) -> None:
    """macOS Finder opens a double-clicked .policy with a QFileOpenEvent, not argv."""
    from PySide6.QtGui import QFileOpenEvent

    editor = open_editor(None)  # the built-in sample
    assert "seed.policy" not in editor.window.windowTitle()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(seed_workspace)))
    qtbot.waitUntil(lambda: "seed.policy" in editor.window.windowTitle())
    assert heading_of(editor, "1") == "Information som vi samlar in"
