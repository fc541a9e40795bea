"""The editor speaks the UI language about refusals, flags and the publish gate.

The user switches the language in Settings, as they would; every message made
from an error code, and every severity and category shown, follows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from policyeditor.core.importing import import_file
from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from tests.ui.conftest import accept_with
from tests.ui.helpers import trigger
from tests.ui.review_helpers import click_flag, flag_rows, open_compare, review_workspace

# The Swedish sentences of the error catalogue join the .ts files at integration.


def _switch_language(controller: EditorController, dialogs: Any, language: str) -> None:
    """Settings ▸ Language, as the user switches."""
    dialogs.handlers.append(accept_with(lambda d: d.set_language(language)))
    trigger(controller, "edit_settings")
    QApplication.processEvents()


def _damaged_workspace(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "skadad.policy"
    Workspace.create(path, import_file(seed_path).policy).close()
    path.write_bytes(path.read_bytes()[:60])  # cut off inside the header
    return path


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Cannot Open: “skadad.policy” is damaged and cannot be used. "
               "The file was not changed."),
        ("sv", "Kan inte öppna: ”skadad.policy” är skadad och kan inte användas. "
               "Filen har inte ändrats."),
    ],
)
def test_a_damaged_workspace_is_explained_in_the_ui_language(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path, seed_path: Path,
    language: str, expected: str,
) -> None:
    damaged = _damaged_workspace(tmp_path, seed_path)
    before = damaged.read_bytes()
    _switch_language(seed_editor, dialogs, language)
    dialogs.open_paths.append(str(damaged))
    trigger(seed_editor, "file_open")
    assert dialogs.shown[-1] == tuple(expected.split(": ", 1))
    assert "truncated" not in dialogs.messages()  # SQLite's diagnosis is for the command line
    assert damaged.read_bytes() == before


@pytest.mark.parametrize(
    ("language", "blocked", "category"),
    [
        ("en", "Publishing is blocked: ", "Transfers abroad"),
        ("sv", "Publicering är spärrad: ", "Överföring till tredje land"),
    ],
)
def test_the_publish_gate_refuses_without_a_reason_in_the_ui_language(
    open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any,
    language: str, blocked: str, category: str,
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    _switch_language(editor, dialogs, language)
    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, Any] = {}

    def publish_without_reason(dialog: Any) -> int:
        seen["gate"] = dialog.gate_label.text()
        seen["enabled"] = dialog.publish_button.isEnabled()
        dialog.accept()  # refused: the button stays disabled without a reason
        seen["result"] = dialog.result()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(publish_without_reason)
    trigger(editor, "version_publish")
    assert blocked in seen["gate"] and category in seen["gate"]
    assert seen["enabled"] is False and seen["result"] == int(QDialog.DialogCode.Rejected)
    with Workspace.open(path, readonly=True) as ws:
        assert ws.version("2.0").status == "draft"


def test_flag_severities_and_categories_follow_the_ui_language(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    assert "⚑ High" in view.inline_pane.toPlainText()
    rows = flag_rows(view)
    # one flag per change: the planted edits' only low flag is part of a high one
    assert {r["severity"] for r in rows} == {"High", "Medium"}
    assert "Transfers abroad" in {r["category"] for r in rows}

    _switch_language(editor, dialogs, "sv")  # while the compare window is open
    shown = view.inline_pane.toPlainText()
    assert "⚑ Hög" in shown and "⚑ High" not in shown and "⚑ Medium" not in shown
    qtbot.mouseClick(view.bar.side_button, Qt.MouseButton.LeftButton)  # side by side
    assert "⚑ Hög" in view.new_pane.toPlainText()
    rows = flag_rows(view)
    assert {r["severity"] for r in rows} == {"Hög", "Medel"}
    assert view.flags.severity_buttons["low"].text().replace("&", "") == "Låg"
    categories = {r["category"] for r in rows}
    assert {"Överföring till tredje land", "Mottagare"} <= categories
    assert not categories & {"transfers", "recipients", "Transfers abroad", "Recipients"}
    combo = view.flags.category_combo
    assert combo.itemText(combo.findData("transfers")).startswith("Överföring till tredje land")

    row = click_flag(qtbot, view, lambda r: r["category"] == "Överföring till tredje land")
    severity = flag_rows(view)[row]["severity"]
    seen: dict[str, str] = {}

    def read_summary(dialog: QDialog) -> int:
        label = dialog.findChild(QLabel, "signoff_summary")
        assert label is not None
        seen["summary"] = label.text()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(read_summary)
    qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    assert f"{severity} · Överföring till tredje land · Avsnitt 9" in seen["summary"]
