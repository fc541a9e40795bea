"""What a Swedish legal counsel ran into on a day with the editor, fixed and kept fixed.

Each test replays one moment of that day: a refused file explained half in
English, a version label already taken that closed the dialog and lost the
note, Alt+letter shortcuts that led to two menus, Tab in Find and Replace
jumping to a button, a sign-off time labelled UTC, a flag badge split over
two lines of the side-by-side redline.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from tests.ui.conftest import accept_with
from tests.ui.helpers import click_section, export_as, trigger, type_text
from tests.ui.review_helpers import click_flag, open_compare, review_workspace


def test_a_refused_file_is_explained_in_swedish_words(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    _to_swedish(seed_editor, dialogs)
    junk = tmp_path / "program.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    dialogs.open_paths.append(str(junk))
    trigger(seed_editor, "file_open")
    shown = dialogs.messages()
    assert "”program.txt” kan inte läsas som en policy: det är inte en textfil" in shown
    assert "binary" not in shown and "not a text file" not in shown


def test_a_word_document_gets_a_swedish_hint(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    _to_swedish(seed_editor, dialogs)
    docx = tmp_path / "policy.md"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    dialogs.open_paths.append(str(docx))
    trigger(seed_editor, "file_open")
    assert "spara den som ren text eller Markdown först" in dialogs.messages()


def test_a_taken_version_label_keeps_the_dialog_open_with_the_note(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Jurist")
    editor = open_editor(seed_workspace)
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        dialog.note_edit.setFocus()
        qtbot.keyClicks(dialog.note_edit, "Nytt avsnitt om lagring")
        dialog.label_edit.selectAll()
        qtbot.keyClicks(dialog.label_edit, "1.0")  # already taken
        seen["blocked"] = not save.isEnabled()
        seen["problem"] = dialog.label_problem.text() if not dialog.label_problem.isHidden() else ""
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(dialog.label_edit, "1")  # "1.1" is free
        seen["free"] = save.isEnabled() and dialog.label_problem.isHidden()

    dialogs.handlers.append(accept_with(fill))
    trigger(editor, "version_save")
    assert seen["blocked"]
    assert "“1.0” already exists" in seen["problem"]
    assert seen["free"]
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.version("1.1").note == "Nytt avsnitt om lagring"
    assert "Cannot Save Version" not in dialogs.messages()


def _to_swedish(controller: EditorController, dialogs: Any) -> None:
    """Settings ▸ Language: Svenska, as the user switches."""
    dialogs.handlers.append(accept_with(lambda d: d.set_language("sv")))
    trigger(controller, "edit_settings")


def _access_keys(text: str) -> str | None:
    match = re.search(r"&(\w)", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_alt_letter_leads_to_exactly_one_menu_item(
    seed_editor: EditorController, dialogs: Any, language: str
) -> None:
    if language == "sv":
        _to_swedish(seed_editor, dialogs)
    bar = seed_editor.window.menuBar()
    groups = [("menu bar", [a for a in bar.actions() if a.isVisible()])]
    for menu in seed_editor.window.findChildren(QMenu):
        groups.append((menu.title(), [a for a in menu.actions() if not a.isSeparator()]))
    for where, actions in groups:
        keys = [_access_keys(a.text()) for a in actions if a.text()]
        taken = [k for k in keys if k]
        clashes = {k for k in taken if taken.count(k) > 1}
        assert not clashes, f"{language} {where}: Alt+{clashes} means two items: " + str(
            [a.text() for a in actions]
        )


def test_tab_in_find_and_replace_goes_from_find_to_replace(
    qtbot: Any, seed_editor: EditorController
) -> None:
    trigger(seed_editor, "edit_find")
    panel = seed_editor.window.find_panel
    qtbot.waitUntil(panel.find_edit.hasFocus)
    qtbot.keyClicks(panel.find_edit, "Vi delar inte")
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Tab)
    assert panel.replace_edit.hasFocus()
    qtbot.keyClicks(panel.replace_edit, "Vi delar")
    assert panel.replace_edit.text() == "Vi delar"


@pytest.fixture
def tokyo_time() -> Iterator[None]:
    """The machine's clock in a zone far from UTC, so local and UTC differ."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_sign_off_time_reads_in_local_time_like_the_versions_list(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any,
    tokyo_time: None,
) -> None:
    path = review_workspace(tmp_path, seed_path)
    editor = open_editor(path)
    editor.settings.author_name = "Anna Jurist"
    view = open_compare(editor)
    click_flag(qtbot, view, lambda r: r["category"] == "Negation")
    dialogs.handlers.append(
        accept_with(lambda d: d.comment_edit.setPlainText("Avsiktligt, avtal finns."))
    )
    qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    with Workspace.open(path, readonly=True) as ws:
        stored = ws.acknowledgements()[0].created  # UTC, e.g. 2026-11-27T05:05:48.1Z
    details = view.flags.details.text()
    assert "UTC" not in details
    utc_hour = int(stored[11:13])
    local_hour = (utc_hour + 9) % 24  # Tokyo has no daylight saving time
    assert re.search(rf"\d{{4}}-\d\d-\d\d {local_hour:02d}:{stored[14:16]}", details), details


def test_a_flag_badge_never_splits_over_two_lines(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    qtbot.mouseClick(view.bar.side_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    document = view.new_pane.document()
    assert "⚑" in document.toPlainText()
    # Narrow and widen the pane the way a user drags the splitter: at no width
    # may the flag stand at the end of one line and its severity start the next.
    for width in range(260, 720, 7):
        document.setTextWidth(width)
        block = document.begin()
        while block.isValid():
            layout, text = block.layout(), block.text()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                shown = text[line.textStart(): line.textStart() + line.textLength()]
                assert not shown.rstrip().endswith("⚑"), (width, shown)
            block = block.next()


def test_an_import_warning_in_the_status_bar_is_swedish(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    _to_swedish(seed_editor, dialogs)
    text = tmp_path / "utkast.txt"
    text.write_text("Integritetspolicy\n\nVi värnar om din integritet.\n", encoding="utf-8")
    dialogs.close_answer = "discard"  # the unsaved seed import may go
    dialogs.open_paths.append(str(text))
    trigger(seed_editor, "file_open")
    shown = seed_editor.window.statusBar().currentMessage()
    assert shown == "inga avsnittsrubriker hittades; hela texten ligger i inledningen"


def test_the_suggested_redline_file_name_keeps_the_version_number(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path, save_as="2.0"))
    view = open_compare(editor)
    view.choose("1.0", "2.0")
    suggested: list[str] = []

    def look(dialog: Any) -> int:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
        suggested.append(dialog.target_edit.text())
        dialog.reject()
        return int(dialog.result())

    dialogs.handlers.append(look)
    qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
    assert [Path(name).name for name in suggested] == ["Sekretesspolicy-redline-1.0-2.0.html"]


def test_closing_unsaved_work_names_the_policy_by_its_title(
    seed_editor: EditorController, dialogs: Any
) -> None:
    dialogs.close_answer = "cancel"
    seed_editor.window.close()
    QApplication.processEvents()
    assert ("ask_save", "Sekretesspolicy") in dialogs.shown
    assert seed_editor.window.isVisible()  # cancelled: nothing lost


def test_opening_another_document_closes_the_compare_view_of_the_old_one(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from policyeditor.ui.review.compare_view import CompareView

    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    assert view.isVisible()
    trigger(editor, "file_new")  # the workspace is saved: no question asked
    QApplication.processEvents()
    # No stale redline of a closed workspace left on screen.
    assert not (shiboken6.isValid(view) and view.isVisible())
    shown = [v for v in editor.window.findChildren(CompareView) if v.isVisible()]
    assert shown == []


@pytest.mark.parametrize(("language", "side_key"), [("en", Qt.Key.Key_B), ("sv", Qt.Key.Key_S)])
def test_the_compare_window_can_be_driven_with_alt_letters(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any,
    language: str, side_key: Qt.Key,
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    editor = open_editor(review_workspace(tmp_path, seed_path))
    if language == "sv":
        _to_swedish(editor, dialogs)
    view = open_compare(editor)
    keys: dict[str, list[str]] = {}
    for widget in view.findChildren(QAbstractButton) + view.findChildren(QLabel):
        if widget.isVisibleTo(view) and widget.text() and not widget.text().startswith("<"):
            key = _access_keys(widget.text())
            if key is None and isinstance(widget, QLabel) and widget.buddy() is None:
                continue  # plain text, not a control's name
            keys.setdefault(key or "none", []).append(widget.text())
    missing = keys.pop("none", [])
    assert not missing, f"no Alt+letter for {missing}"
    assert all(len(texts) == 1 for texts in keys.values()), keys
    view.flags.tree.setFocus()  # where F8 puts the keyboard
    qtbot.keyClick(view.flags.tree, side_key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.mode() == "side-by-side")  # a mnemonic animates its click


def test_a_text_opened_at_start_says_what_the_importer_noticed(
    open_editor: Any, tmp_path: Path
) -> None:
    text = tmp_path / "utkast.txt"
    text.write_text("Integritetspolicy\n\nVi värnar om din integritet.\n", encoding="utf-8")
    editor = open_editor(text)  # as `policyeditor utkast.txt` does
    assert editor.window.statusBar().currentMessage() == (
        "no section headings found; the whole text is in the preamble"
    )


def test_closing_a_version_window_last_keeps_the_versions_panel_for_next_time(
    qtbot: Any, open_editor: Any, seed_workspace: Path, editor_app: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Jurist")
    editor = open_editor(seed_workspace)
    assert editor.window.versions_dock.isVisible()
    editor.window.versions_panel.select_label("1.0")
    trigger(editor, "version_open")
    viewer = editor_app.controllers[-1]
    assert viewer is not editor and not viewer.window.versions_dock.isVisible()
    editor.window.close()
    viewer.window.close()  # the read-only window is the last one closed
    QApplication.processEvents()
    reopened = open_editor(seed_workspace)
    assert reopened.window.versions_dock.isVisible()


@pytest.mark.parametrize("number", ["3", "1.2.2"])  # both sections hold a bullet list
def test_renaming_a_section_with_a_list_keeps_its_preview_heading_a_heading(
    qtbot: Any, seed_editor: EditorController, number: str
) -> None:
    click_section(qtbot, seed_editor, number)
    section_id = seed_editor.session.current_section_id
    heading = seed_editor.window.editor.heading_edit
    heading.setFocus()
    qtbot.keyClick(heading, Qt.Key.Key_End)
    type_text(qtbot, heading, " (ny)")
    preview = seed_editor.window.preview
    qtbot.waitUntil(lambda: "(ny)" in preview.section_text(section_id))
    block = preview.document().begin()
    while block.isValid() and not block.text().endswith("(ny)"):
        block = block.next()
    assert block.isValid()
    assert block.textList() is None, "the heading is drawn as a bullet point"


def test_saving_into_a_missing_folder_names_the_file_and_the_folder(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    _to_swedish(seed_editor, dialogs)
    dialogs.save_paths.append(str(tmp_path / "borttagen" / "integritet.policy"))
    trigger(seed_editor, "file_save_as")
    shown = dialogs.messages()
    assert f"”integritet.policy” kunde inte skrivas i {tmp_path / 'borttagen'}: " in shown
    assert "mappen finns inte" in shown
    assert ".tmp" not in shown and "cannot create" not in shown  # no temp names, no English


def test_a_failed_export_says_why_in_the_users_words(
    qtbot: Any, seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    _to_swedish(seed_editor, dialogs)
    dialogs.handlers.append(export_as(qtbot, tmp_path / "borttagen" / "policy.html", "html"))
    trigger(seed_editor, "file_export")
    qtbot.waitUntil(lambda: "Exporten misslyckades" in dialogs.messages(), timeout=20000)
    shown = dialogs.messages()
    assert "”policy.html” kunde inte skrivas i" in shown and "mappen finns inte" in shown
    assert "Errno" not in shown and ".part" not in shown


def test_autosave_on_a_full_disk_says_so_plainly(
    qtbot: Any, open_editor: Any, seed_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from policyeditor.core.workspace.errors import WorkspaceError

    editor = open_editor(seed_workspace)

    def disk_full(policy: Any) -> None:
        cause = OSError(errno.ENOSPC, "No space left on device")
        raise WorkspaceError(
            "workspace.write-failed", path=str(seed_workspace), detail=str(cause)
        ) from cause

    monkeypatch.setattr(editor.session.workspace, "save_draft", disk_full)  # the disk fills up
    click_section(qtbot, editor, "7")
    type_text(qtbot, editor.window.editor.body_edit, "Ny mening.")
    qtbot.waitUntil(lambda: editor.window.save_label.text() == "Autosave failed", timeout=5000)
    assert editor.window.statusBar().currentMessage() == (
        f"Autosave failed: “seed.policy” could not be written in {seed_workspace.parent}: "
        "the disk is full."
    )
    monkeypatch.undo()  # the disk has room again: closing may write the draft


def test_counts_of_one_read_as_one_in_swedish(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from policyeditor.core.importing import import_file

    path = tmp_path / "en-flagga.policy"
    seed = import_file(seed_path).policy
    with Workspace.create(path, seed) as ws:
        ws.save_version("1.0", author="Jurist")
        ws.publish("1.0", author="Jurist")
        draft = ws.load_draft()
        draft.sections[5].body = draft.sections[5].body.replace("Vi delar inte", "Vi delar")
        # a second, separate change (one flag per change: "inte" removed is one flag)
        draft.sections[6].body = draft.sections[6].body.replace(
            "- Vi krypterar många av våra tjänster med SSL.\n", "")
        ws.save_draft(draft)
    editor = open_editor(path)
    editor.settings.author_name = "Anna Jurist"
    _to_swedish(editor, dialogs)
    view = open_compare(editor)
    assert view.flags.summary.text() == "2 flaggor, 2 visas; 2 behöver granskas, varav 2 allvarliga"
    click_flag(qtbot, view, lambda r: r["category"] == "Negation")
    dialogs.handlers.append(accept_with(lambda d: d.comment_edit.setPlainText("Avsiktligt.")))
    qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    assert view.flags.summary.text() == "2 flaggor, 2 visas; 1 behöver granskas, varav 1 allvarlig"
    assert view.counts_label.text().endswith("· 1 allvarlig flagga behöver granskas")


def test_a_section_text_just_begun_counts_one_word(
    qtbot: Any, seed_editor: EditorController
) -> None:
    trigger(seed_editor, "section_add")
    body = seed_editor.window.editor.body_edit
    body.setFocus()
    type_text(qtbot, body, "Lagringstid")
    label = seed_editor.window.words_label
    qtbot.waitUntil(lambda: label.text().startswith("1 word here, "))
    type_text(qtbot, body, " anges")
    qtbot.waitUntil(lambda: label.text().startswith("2 words here, "))


def test_tab_in_the_release_notice_moves_on_instead_of_typing_a_tab(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path, save_as="2.0"))
    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, Any] = {}

    def handler(dialog: Any) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        text = dialog.text_edit
        text.setFocus()
        before = text.toPlainText()
        qtbot.keyClick(text, Qt.Key.Key_Tab)
        seen["unchanged"] = text.toPlainText() == before
        seen["moved"] = not text.hasFocus()
        dialog.reject()
        return 0

    dialogs.handlers.append(handler)
    trigger(editor, "review_notice")
    assert seen == {"unchanged": True, "moved": True}
