"""Release settings and the evidence pack from the editor's menus, as a user works.

Versions > Release Settings… sets the next review date (and the two-person
rule) on the workspace; the overdue banner follows at once. Versions >
Evidence Pack… (also in File) writes the published version's pack through
the export dialog; a workspace without a published version has the action
disabled.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt

from policyeditor.core.workspace import Workspace
from tests.ui.helpers import action, export_as, menu_action


def _release_settings(qtbot: Any, *, second: bool | None = None, review_by: str | None = None,
                      clear: bool = False) -> Any:
    """Dialog handler: tick the boxes and type the date as a user does, then press OK."""

    def handler(dialog: Any) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        if second is not None and dialog.second_approver_check.isChecked() != second:
            qtbot.mouseClick(dialog.second_approver_check, Qt.MouseButton.LeftButton,
                             pos=QPoint(8, dialog.second_approver_check.height() // 2))
        check = dialog.review_check
        if (review_by is not None and not check.isChecked()) or (clear and check.isChecked()):
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        if review_by is not None:
            # the digits typed from the year on: each full section moves on to the next
            date_edit = dialog.review_date
            date_edit.setFocus()
            date_edit.setSelectedSection(date_edit.Section.YearSection)
            qtbot.keyClicks(date_edit, review_by.replace("-", ""))
        dialog.accept()
        return int(dialog.result())

    return handler


def test_release_settings_set_the_review_date_and_the_banner_follows(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    editor = open_editor(seed_workspace)
    assert not editor.window.review_banner.isVisible()

    dialogs.handlers.append(_release_settings(qtbot, second=True, review_by="2020-06-30"))
    menu_action(editor, "versions", "Release Settings…").trigger()
    banner = editor.window.review_banner
    assert banner.isVisible() and "2020-06-30" in banner.text()
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.review_by() == "2020-06-30"
        assert ws.requires_second_approver()

    def shows_what_is_set(dialog: Any) -> int:
        assert dialog.second_approver_check.isChecked()
        assert dialog.review_check.isChecked()
        assert dialog.review_date.date() == QDate(2020, 6, 30)
        return _release_settings(qtbot, review_by="2099-01-31")(dialog)

    dialogs.handlers.append(shows_what_is_set)
    menu_action(editor, "versions", "Release Settings…").trigger()
    assert not banner.isVisible()  # the review is no longer overdue

    dialogs.handlers.append(_release_settings(qtbot, clear=True))
    menu_action(editor, "versions", "Release Settings…").trigger()
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.review_by() == ""
        assert not ws.review_overdue(datetime.date.today().isoformat())


def test_evidence_pack_from_the_versions_menu(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Anna")
    editor = open_editor(seed_workspace)
    assert not action(editor, "version_evidence").isEnabled()  # nothing published yet

    workspace = editor.session.workspace  # approved and published by colleagues meanwhile
    workspace.approve("1.0", author="Bertil", note="Läst")
    workspace.publish("1.0", author="Anna")
    editor.window.versions_panel.refresh()
    tree = editor.window.versions_panel.tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(tree.topLevelItem(0)).center())
    target = tmp_path / "pack.pdf"
    dialogs.handlers.append(export_as(qtbot, target))
    evidence = menu_action(editor, "versions", "Evidence Pack…")
    assert evidence is menu_action(editor, "file", "Evidence Pack…")
    evidence.trigger()
    assert editor.exporter.wait()
    qtbot.waitUntil(lambda: target.exists())
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Revisionsunderlag" in text and "Bertil" in text
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.version("1.0").fingerprint in " ".join(text.split())
