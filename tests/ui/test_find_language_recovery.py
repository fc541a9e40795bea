"""Find and replace, switching the UI language, starting, and recovering after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from tests.ui.conftest import accept_with
from tests.ui.helpers import action, trigger


def _search(qtbot: Any, editor: EditorController, text: str) -> None:
    trigger(editor, "edit_find")
    panel = editor.window.find_panel
    assert panel.find_edit.hasFocus()
    panel.find_edit.clear()
    qtbot.keyClicks(panel.find_edit, text)
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Return)


def test_find_lists_matches_in_all_sections_and_jumps_to_one(
    qtbot: Any, seed_editor: EditorController
) -> None:
    _search(qtbot, seed_editor, "Google")
    panel = seed_editor.window.find_panel
    numbers = {m.number for m in panel.matches()}
    assert {"1.2", "2"} <= numbers  # found far from the section on screen
    row = next(i for i, m in enumerate(panel.matches()) if m.number == "2")
    item = panel.results.item(row)
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.results.visualItemRect(item).center())
    assert seed_editor.session.number_of(seed_editor.session.current_section_id) == "2"
    assert seed_editor.window.editor.body_edit.textCursor().selectedText() == "Google"


def test_match_case_and_whole_words_narrow_the_search(
    qtbot: Any, seed_editor: EditorController
) -> None:
    _search(qtbot, seed_editor, "data")
    panel = seed_editor.window.find_panel
    loose = len(panel.matches())
    qtbot.mouseClick(panel.words_box, Qt.MouseButton.LeftButton)
    words = len(panel.matches())
    assert 0 < words < loose  # "data" inside "Loggdata" no longer counts
    _search(qtbot, seed_editor, "Cookies")
    any_case = len(panel.matches())
    qtbot.mouseClick(panel.case_box, Qt.MouseButton.LeftButton)
    assert 0 < len(panel.matches()) < any_case


def test_replace_all_is_one_undo_step(qtbot: Any, seed_editor: EditorController) -> None:
    _search(qtbot, seed_editor, "Intensive Code")
    panel = seed_editor.window.find_panel
    count = len(panel.matches())
    assert count >= 3
    qtbot.keyClicks(panel.replace_edit, "Exempel AB")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert panel.matches() == []
    assert f"Replaced {count} occurrences" in panel.count_label.text()
    assert "Exempel AB" in seed_editor.window.preview.toPlainText()
    trigger(seed_editor, "edit_undo")
    panel.find_all()
    assert len(panel.matches()) == count


def test_switching_language_to_swedish_shows_swedish_menus(
    seed_editor: EditorController, dialogs: Any
) -> None:
    menu = seed_editor.window.findChild(QMenu, "menu_file")
    assert menu.title() == "&File"
    dialogs.handlers.append(accept_with(lambda d: d.set_language("sv")))
    trigger(seed_editor, "edit_settings")
    assert seed_editor.settings.ui_language == "sv"
    assert menu.title() == "&Arkiv"
    assert seed_editor.window.findChild(QMenu, "menu_section").title() == "Av&snitt"
    assert action(seed_editor, "section_add").text() == "&Lägg till avsnitt"
    assert seed_editor.window.position_label.text() == "Avsnitt 1 av 18"
    dialogs.handlers.append(accept_with(lambda d: d.set_language("en")))
    trigger(seed_editor, "edit_settings")
    assert menu.title() == "&File"


def test_start_without_file_shows_the_sample_policy(open_editor: Any) -> None:
    editor = open_editor(None)
    assert editor.session.policy.title.startswith("Integritetspolicy")
    assert editor.session.workspace is None
    assert not editor.window.isWindowModified()  # nothing to save until the user types


def test_start_reopens_the_last_workspace(
    open_editor: Any, seed_workspace: Path, editor_app: Any
) -> None:
    editor_app.settings.last_workspace = str(seed_workspace)
    editor = open_editor(None)
    assert editor.session.path == str(seed_workspace.resolve())


def test_last_workspace_busy_elsewhere_is_reported_at_start(
    qtbot: Any, open_editor: Any, seed_workspace: Path, editor_app: Any, dialogs: Any
) -> None:
    editor_app.settings.last_workspace = str(seed_workspace)
    holder = Workspace.open(seed_workspace, exclusive=True)  # another editor has it
    try:
        editor = open_editor(None)
        qtbot.waitUntil(lambda: "already open for editing" in dialogs.messages())
    finally:
        holder.close()
    assert "seed.policy" in dialogs.messages()
    assert editor.session.workspace is None  # a fresh document instead, nothing forced


def run_until_killed(script_text: str, argument: Path, tmp_path: Path) -> None:
    """Run an editor script in its own process and expect it to die by SIGKILL."""
    script = tmp_path / "killed.py"
    script.write_text(script_text, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(script), str(argument)], env=env,
                          cwd=Path(__file__).resolve().parents[2], capture_output=True,
                          timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")[-2000:]


KILLED_EDITOR = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from policyeditor.gui import EditorApp, make_application

    app = make_application()
    editor = EditorApp(app).start(sys.argv[1])
    session = editor.session
    session.set_current(session.ordered_ids()[-1])
    QTest.keyClicks(editor.window.editor.body_edit, "Text skriven strax innan kraschen. ")

    def check() -> None:
        if not session.is_modified:  # autosaved: now die without any cleanup
            os.kill(os.getpid(), signal.SIGKILL)

    timer = QTimer(interval=50)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(20000, lambda: sys.exit(3))
    app.exec()
""")


def test_killed_editor_loses_nothing_and_the_workspace_reopens(
    open_editor: Any, seed_workspace: Path, tmp_path: Path
) -> None:
    run_until_killed(KILLED_EDITOR, seed_workspace, tmp_path)
    editor = open_editor(seed_workspace)  # the dead editor's lock does not block us
    assert editor.session.workspace is not None
    last = editor.session.policy.sections[-1]
    assert last.body.startswith("Text skriven strax innan kraschen. ")
    with Workspace.open(seed_workspace, readonly=True) as ws:
        assert ws.load_draft().sections[-1].body == last.body


KILLED_UNSAVED = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from policyeditor.app import paths
    from policyeditor.gui import EditorApp, make_application

    app = make_application()
    editor = EditorApp(app).start(sys.argv[1])  # a text file: imported, not saved anywhere
    session = editor.session
    session.set_current(session.ordered_ids()[0])
    QTest.keyClicks(editor.window.editor.body_edit, "Ny mening som inte far forsvinna. ")

    def check() -> None:
        if list(paths.recovery_dir().glob("*.policy")) and not editor.autosaver.pending:
            os.kill(os.getpid(), signal.SIGKILL)

    timer = QTimer(interval=50)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(20000, lambda: sys.exit(3))
    app.exec()
""")


def test_unsaved_import_is_recovered_after_a_kill(
    open_editor: Any, seed_path: Path, tmp_path: Path, dialogs: Any
) -> None:
    run_until_killed(KILLED_UNSAVED, seed_path, tmp_path)
    dialogs.handlers.append(_restore)
    editor = open_editor(None)  # no file given: the crashed work is offered and restored
    assert editor.session.policy.sections[0].body.startswith("Ny mening som inte far forsvinna.")
    assert editor.session.workspace is None and editor.window.isWindowModified()
    assert "Recovered unsaved work" in editor.window.statusBar().currentMessage()


TERMINATED_EDITOR = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from policyeditor import gui

    original_start = gui.EditorApp.start

    def start(self, path):
        controller = original_start(self, path)
        session = controller.session

        def edit() -> None:
            session.set_body(session.ordered_ids()[0], "Skrivet strax innan utloggningen.")
            print("READY", flush=True)

        QTimer.singleShot(100, edit)
        return controller

    gui.EditorApp.start = start
    sys.exit(gui.run_gui(sys.argv[1]))
""")


def _restore(dialog: Any) -> int:
    dialog.restore_button.click()  # the offer of recovered work (test_crash_recovery.py)
    return int(dialog.result())


def test_sigterm_keeps_unsaved_work_for_the_next_start(
    open_editor: Any, seed_path: Path, tmp_path: Path, dialogs: Any
) -> None:
    script = tmp_path / "terminated_editor.py"
    script.write_text(TERMINATED_EDITOR, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(script), str(seed_path)], env=env,
                            cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        proc.send_signal(signal.SIGTERM)  # logout: no time for dialogs
        assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
    dialogs.handlers.append(_restore)
    editor = open_editor(None)
    assert editor.session.policy.sections[0].body == "Skrivet strax innan utloggningen."
