"""The versions panel shows the selected version's audit trail, as a reviewer reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from policyeditor.core.workspace import Workspace
from tests.ui.conftest import accept_with
from tests.ui.helpers import trigger


def _click_version(qtbot: Any, editor: Any, row: int) -> None:
    tree = editor.window.versions_panel.tree
    item = tree.topLevelItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())


def _rows(editor: Any) -> list[list[str]]:
    timeline = editor.window.versions_panel.timeline
    return [[timeline.topLevelItem(r).text(c) for c in range(4)]
            for r in range(timeline.topLevelItemCount())]


def test_selecting_a_version_shows_who_saved_approved_and_published_it(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Anna")
        ws.approve("1.0", author="Bertil", note="Läst i sin helhet")
        ws.save_version("1.1", author="Anna")
    editor = open_editor(seed_workspace)
    _click_version(qtbot, editor, 0)
    rows = _rows(editor)
    assert [r[1] for r in rows] == ["Saved", "Approved"]
    assert rows[1][2:] == ["Bertil", "Läst i sin helhet"]
    assert rows[0][0][:2] == "20" and "T" not in rows[0][0]  # local time, as in the list

    dialogs.handlers.append(accept_with(lambda d: d.author_edit.setText("Chefsjurist")))
    trigger(editor, "version_publish")
    _click_version(qtbot, editor, 1)
    assert [r[1] for r in _rows(editor)] == ["Saved"]  # 1.1: only saved
    _click_version(qtbot, editor, 0)
    assert _rows(editor)[-1][1:3] == ["Published", "Chefsjurist"]


def test_approve_version_from_the_panel_with_the_second_approver_rule(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Anna")
    editor = open_editor(seed_workspace)
    editor.settings.author_name = "Anna"
    _click_version(qtbot, editor, 0)

    def own(dialog: Any) -> int:
        assert dialog.author_edit.text() == "Anna"  # the settings' author name by default
        dialog.second_approver_check.setChecked(True)
        dialog.accept()
        return int(dialog.result())

    dialogs.handlers.append(own)
    trigger(editor, "version_approve")
    assert "Anna" in dialogs.messages() and "someone else" in dialogs.messages()
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.requires_second_approver()  # the rule was switched on in the dialog
        assert ws.version("1.0").status == "draft"  # but Anna may not approve her own

    def colleague(dialog: Any) -> int:
        assert dialog.second_approver_check.isChecked()
        dialog.author_edit.setText("Bertil")
        qtbot.keyClicks(dialog.note_edit, "Granskad")
        dialog.accept()
        return int(dialog.result())

    dialogs.handlers.append(colleague)
    trigger(editor, "version_approve")
    assert editor.window.versions_panel.tree.topLevelItem(0).text(1) == "Approved"
    assert _rows(editor)[-1][1:] == ["Approved", "Bertil", "Granskad"]


def test_an_overdue_review_date_shows_a_banner_over_the_editor(
    open_editor: Any, seed_workspace: Path
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.set_review_by("2099-12-31")
    editor = open_editor(seed_workspace)
    assert not editor.window.review_banner.isVisible()
    editor.window.close()
    with Workspace.open(seed_workspace) as ws:
        ws.set_review_by("2020-06-30")
    late = open_editor(seed_workspace)
    assert late.window.review_banner.isVisible()
    assert "2020-06-30" in late.window.review_banner.text()


def test_a_published_version_cannot_be_approved_from_the_panel(
    qtbot: Any, open_editor: Any, seed_workspace: Path
) -> None:
    with Workspace.open(seed_workspace) as ws:
        ws.save_version("1.0", author="Anna")
        ws.publish("1.0", author="Anna")
        ws.save_version("1.1", author="Anna")
    editor = open_editor(seed_workspace)
    approve = editor.window.findChild(QAction, "version_approve")
    _click_version(qtbot, editor, 0)
    assert not approve.isEnabled()
    _click_version(qtbot, editor, 1)
    assert approve.isEnabled()
