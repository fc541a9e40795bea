"""Opening and importing a policy saved from a website, as a user does it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from policyeditor.ui.common.dialogs import file_filter
from policyeditor.ui.controller import EditorController
from tests.ui.helpers import heading_of, trigger

SAVED_PAGE = Path(__file__).parents[1] / "core" / "data" / "saved_policy_page.html"


def test_the_open_and_import_dialogs_offer_saved_web_pages() -> None:
    for kind in ("open", "text"):
        first = file_filter(kind).split(";;")[0]  # the filter the dialog starts with
        assert "*.html" in first and "*.htm)" in first and "*.md" in first


def test_file_open_of_a_saved_web_page_shows_its_policy(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    page = tmp_path / "Privacy Policy.htm"
    shutil.copy(SAVED_PAGE, page)
    dialogs.close_answer = "discard"  # the unsaved seed import may go
    dialogs.open_paths.append(str(page))
    trigger(seed_editor, "file_open")
    policy = seed_editor.session.policy
    assert policy.title == "Privacy Policy"
    assert heading_of(seed_editor, "1.1") == "Information you give us"
    assert heading_of(seed_editor, "3") == "Your rights"
    assert "image(s) left out" in seed_editor.window.statusBar().currentMessage()


def test_file_import_of_a_saved_web_page_replaces_the_draft(
    open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    editor = open_editor(seed_workspace)
    page = tmp_path / "policy.html"
    shutil.copy(SAVED_PAGE, page)
    dialogs.open_paths.append(str(page))
    trigger(editor, "file_import")
    assert heading_of(editor, "2") == "How long we keep it"
    trigger(editor, "edit_undo")
    assert heading_of(editor, "2") == "Hur vi använder information som vi samlar in"
