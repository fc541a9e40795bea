"""Work typed into a real editor process that is then killed is offered back at the next start.

The first editor is the real program (``python -m policyeditor``) in its own
process; the test script it runs (``POLICYEDITOR_TEST_SCRIPT``) types like a
user and reports when the autosave has written the text, then the test kills
it with SIGKILL. The next start — without a file, with the same file, or
opening that file again — shows what would be restored and restores or
discards it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from policyeditor.app import paths
from policyeditor.ui.files.recovery_dialog import RecoveryDialog
from tests.ui.helpers import trigger

TYPED = "Texten som skrevs strax innan kraschen. "  # QTest types ASCII keys only

TYPING_SCRIPT = textwrap.dedent(f"""
    from PySide6.QtTest import QTest

    session = controller.session
    session.set_current(session.ordered_ids()[0])
    controller.window.editor.show_section(session.current_section_id)
    body = controller.window.editor.body_edit
    body.setFocus()

    def written() -> None:
        print("AUTOSAVED", flush=True)  # the test kills the editor now

    controller.autosaver.saved.connect(written)
    QTest.keyClicks(body, {TYPED!r})
""")


def type_and_kill(tmp_path: Path, argument: Path | None) -> None:
    """Run the real editor, type into its first section, wait for the autosave, SIGKILL it."""
    script = tmp_path / "type_then_wait.py"
    script.write_text(TYPING_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLICYEDITOR_TEST_SCRIPT=str(script))
    command = [sys.executable, "-m", "policyeditor"] + ([str(argument)] if argument else [])
    proc = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == "AUTOSAVED", proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signal.SIGKILL)  # no cleanup, no dialogs: a crash
        assert proc.wait() == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(paths.recovery_dir().glob("*.policy")), "the autosave left no recovery copy"


@pytest.fixture
def source(tmp_path: Path, seed_path: Path) -> Path:
    """A private copy of the seed, opened as a plain text source."""
    copy = tmp_path / "policy.txt"
    shutil.copyfile(seed_path, copy)
    return copy


def answer(choice: str, seen: list[RecoveryDialog]) -> Any:
    """Dialog handler that records the offer and clicks Restore or Discard."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryDialog)
        seen.append(dialog)
        button = dialog.restore_button if choice == "restore" else dialog.discard_button
        button.click()
        return int(dialog.result())

    return handler


def recovered_sections(dialog: RecoveryDialog) -> list[str]:
    return [dialog.sections.topLevelItem(i).text(0)
            for i in range(dialog.sections.topLevelItemCount())]


def test_start_with_the_same_file_offers_the_typed_text_and_restores_it(
    open_editor: Any, dialogs: Any, source: Path, tmp_path: Path
) -> None:
    type_and_kill(tmp_path, source)
    seen: list[RecoveryDialog] = []
    dialogs.handlers.append(answer("restore", seen))
    editor = open_editor(source)
    [offer] = seen
    assert len(recovered_sections(offer)) == 1  # only the section typed into differs
    offer.sections.setCurrentItem(offer.sections.topLevelItem(0))
    assert TYPED in offer.recovered_text.toPlainText()
    assert TYPED not in offer.saved_text.toPlainText()
    assert editor.session.policy.sections[0].body.startswith(TYPED)
    assert editor.window.isWindowModified()  # restored work is unsaved work
    assert "Recovered unsaved work" in editor.window.statusBar().currentMessage()
    # the dead editor's copy is gone; this editor's own copy now holds the text
    leftovers = [p.name for p in paths.recovery_dir().glob("unsaved-*.policy")]
    assert leftovers == [f"unsaved-{os.getpid()}.policy"]


def test_start_without_a_file_offers_the_sample_edited_before_the_kill(
    open_editor: Any, dialogs: Any, tmp_path: Path
) -> None:
    type_and_kill(tmp_path, None)  # the built-in sample
    seen: list[RecoveryDialog] = []
    dialogs.handlers.append(answer("restore", seen))
    editor = open_editor(None)
    assert len(seen) == 1 and len(recovered_sections(seen[0])) == 1
    assert editor.session.policy.sections[0].body.startswith(TYPED)


def test_discard_removes_the_recovery_and_shows_the_saved_text(
    open_editor: Any, dialogs: Any, source: Path, tmp_path: Path
) -> None:
    type_and_kill(tmp_path, source)
    seen: list[RecoveryDialog] = []
    dialogs.handlers.append(answer("discard", seen))
    editor = open_editor(None)  # no file: any work left behind is offered
    assert len(seen) == 1
    assert not list(paths.recovery_dir().glob("*.policy"))
    assert TYPED not in editor.session.policy.sections[0].body


def test_opening_the_same_source_again_offers_the_recovery(
    qtbot: Any, open_editor: Any, dialogs: Any, source: Path, seed_workspace: Path,
    tmp_path: Path
) -> None:
    type_and_kill(tmp_path, source)
    editor = open_editor(seed_workspace)  # a workspace: nothing of it to recover
    assert dialogs.shown == []
    seen: list[RecoveryDialog] = []
    dialogs.handlers.append(answer("restore", seen))
    dialogs.open_paths.append(str(source))
    trigger(editor, "file_open")
    assert len(seen) == 1
    assert editor.session.policy.sections[0].body.startswith(TYPED)
    assert editor.session.workspace is None


def test_deciding_later_keeps_the_copy_for_the_next_start(
    open_editor: Any, dialogs: Any, source: Path, tmp_path: Path
) -> None:
    type_and_kill(tmp_path, source)
    editor = open_editor(source)  # the scripted dialogs close the offer undecided
    assert [t for t, _x in dialogs.shown] == ["Recover Unsaved Work"]
    assert TYPED not in editor.session.policy.sections[0].body
    assert len(list(paths.recovery_dir().glob("*.policy"))) == 1


def test_start_without_a_file_offers_it_over_the_last_workspace(
    open_editor: Any, dialogs: Any, editor_app: Any, source: Path, seed_workspace: Path,
    tmp_path: Path
) -> None:
    type_and_kill(tmp_path, source)
    editor_app.settings.last_workspace = str(seed_workspace)  # the last session's workspace
    seen: list[RecoveryDialog] = []
    dialogs.handlers.append(answer("restore", seen))
    editor = open_editor(None)
    assert len(seen) == 1
    assert editor.session.policy.sections[0].body.startswith(TYPED)
    assert editor.session.workspace is None  # the workspace is saved; it was let go
