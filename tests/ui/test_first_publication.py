"""The publish dialog of a first publication: it is reviewed, and says since which version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from policyeditor.core.importing import import_file
from policyeditor.core.workspace import Workspace
from tests.ui.helpers import trigger
from tests.ui.review_helpers import plant_edits


def _unpublished(tmp_path: Path, seed_path: Path) -> Path:
    """1.0 (the seed) and 2.0 (significant edits) saved; nothing published."""
    path = tmp_path / "forsta.policy"
    with Workspace.create(path, import_file(seed_path).policy) as ws:
        ws.save_version("1.0", author="Jurist")
        ws.save_draft(plant_edits(ws.load_draft()))
        ws.save_version("2.0", author="Jurist")
    return path


def _gate_text(editor: Any, dialogs: Any, label: str) -> tuple[str, bool]:
    editor.window.versions_panel.select_label(label)
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> int:
        seen["text"] = dialog.gate_label.text()
        seen["enabled"] = dialog.publish_button.isEnabled()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(look)
    trigger(editor, "version_publish")
    return seen["text"], seen["enabled"]


def test_first_publication_is_blocked_by_flags_since_the_previous_version(
    open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(_unpublished(tmp_path, seed_path))
    text, enabled = _gate_text(editor, dialogs, "2.0")
    assert "nothing has been published yet" in text
    assert "previous saved version “1.0”" in text
    assert "Negation" in text and not enabled
    # the very first version has nothing before it to be reviewed against
    text, _enabled = _gate_text(editor, dialogs, "1.0")
    assert "first version: there is no earlier version to review it against" in text
