"""Keystroke → preview updated, on a synthetic 1 MB, ~800-section handbook.

Types real key events (QTest) into the body editor of a section in the middle
of the document and times each until the preview shows the new text and all
pending events (layout, repaint requests) are processed. Also reports memory
(RSS) with the handbook open. Prints figures; asserts nothing. With
``--comments`` the section typed in carries five review comments, so every
keystroke also maps their anchors (and the marks follow the text).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_editor_keystroke.py [--comments]
    ... bench_editor_keystroke.py --no-spelling   (spell check off, as before issue 16)

With spell check on (the default), it first waits for the dictionaries to load
in the background and reports the longest the window's event loop went
without running meanwhile, then times the keystrokes (the checks run after a
pause in typing, never on a keystroke) and, after the typing, the debounced
check of the current section and the whole-document check of the Problems panel.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ.setdefault(var, tempfile.mkdtemp(prefix="pe-bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from handbook import make_handbook  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from policyeditor.app.documents import new_document  # noqa: E402
from policyeditor.core.model import (  # noqa: E402
    Comment,
    Policy,
    iter_sections,
    section_count,
    walk,
)
from policyeditor.gui import EditorApp, make_application  # noqa: E402


def rss_mb() -> float:
    """Resident set size of this process in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def autosave_cost(policy: Policy, runs: int = 10) -> None:
    """Time the autosave of the handbook draft after typing in one section (GUI thread)."""
    from policyeditor.core.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp, \
            Workspace.create(Path(tmp) / "handbook.policy", policy) as ws:
        section = policy.sections[len(policy.sections) // 2]
        timings = []
        for i in range(runs):
            section.body += f" ord{i}"
            start = time.perf_counter()
            ws.save_draft(policy)
            timings.append((time.perf_counter() - start) * 1000)
    print(f"autosave of the handbook after a keystroke ({runs} saves): "
          f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")


def add_comments(policy: Policy, count: int = 5) -> None:
    """``count`` comments spread over the body of the section the benchmark types in."""
    refs = list(walk(policy))
    section = refs[len(refs) // 2].section
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", section.body)]
    for n in range(count):
        start, end = words[n * len(words) // count]
        section.comments.append(Comment(author="Bench", quote=section.body[start:end],
                                        text=f"Kommentar {n}", anchor=(start, end)))


def wait_for_dictionaries(app: QApplication, controller: object) -> None:
    """Wait for the background load; report the longest event-loop stall meanwhile."""
    service = controller.checking.service  # type: ignore[attr-defined]
    start = last = time.perf_counter()
    longest = 0.0
    while service.spellers is None and time.perf_counter() - start < 120:
        app.processEvents()
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
        time.sleep(0.001)
    if longest:
        print(f"dictionaries loaded in the background {(time.perf_counter() - start) * 1000:.0f}"
              f" ms later; longest the window's event loop waited meanwhile: "
              f"{longest * 1000:.0f} ms")
    else:
        print("dictionaries already loaded (while the preview was laid out)")
    checking = controller.checking  # type: ignore[attr-defined]
    done: list[object] = []
    checking.service.linted.connect(done.append)
    start = time.perf_counter()
    checking.lint_document()  # the Problems panel's check, so it does not overlap typing
    while service.spellers is not None and not done:
        app.processEvents()
        time.sleep(0.001)
    print(f"whole-handbook check (background) before typing: "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")


def main(keys: int = 300) -> None:
    app = make_application()
    rss_before = rss_mb()
    policy = make_handbook()
    if "--comments" in sys.argv[1:]:
        add_comments(policy)
        print("the section typed in carries 5 comments")
    size = sum(len((s.heading + s.body).encode()) for s in iter_sections(policy.sections))
    print(f"handbook: {section_count(policy)} sections, {size / 1e6:.2f} MB of text")
    editor = EditorApp(app)
    t0 = time.perf_counter()
    controller = editor.new_window(new_document(policy))
    controller.window.show()
    QTest.qWaitForWindowExposed(controller.window)
    app.processEvents()
    print(f"open handbook to window shown: {(time.perf_counter() - t0) * 1000:.0f} ms")
    preview = controller.window.preview
    service = controller.checking.service
    last, stall = time.perf_counter(), 0.0
    while not preview.complete:  # the rest of the preview is laid out in the background
        app.processEvents()
        now = time.perf_counter()
        if service.spellers is None:  # the dictionaries load meanwhile, in a worker thread
            stall = max(stall, now - last)
        last = now
    print(f"open handbook to whole preview laid out: {(time.perf_counter() - t0) * 1000:.0f} ms"
          f" (longest event-loop step while the dictionaries loaded: {stall * 1000:.0f} ms)")
    checking = controller.checking
    spelling = "--no-spelling" not in sys.argv
    checking.actions.view_spelling.setChecked(spelling)
    print(f"spell check: {'on' if spelling else 'off'}")
    wait_for_dictionaries(app, controller)
    session = controller.session
    target = session.ordered_ids()[len(session.ordered_ids()) // 2]
    session.set_current(target)
    app.processEvents()
    body = controller.window.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    print(f"underlined words in the section typed into: {len(body.extraSelections())}")
    timings = []
    letters = "abcdefghijklmnopqrstuvwxyz "
    for i in range(keys):
        char = letters[i % len(letters)]
        start = time.perf_counter()
        QTest.keyClick(body, char)
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
        if i == 0:
            assert preview.section_text(target).rstrip().endswith("a"), "preview not updated"
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"keystroke → preview updated ({keys} keys): median {statistics.median(timings):.2f} ms, "
          f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms")
    if spelling:
        start = time.perf_counter()
        checking.check_current()
        print(f"debounced spell check of the current section: "
              f"{(time.perf_counter() - start) * 1000:.1f} ms")
        panel = controller.window.problems_panel
        done: list[object] = []
        checking.service.linted.connect(done.append)
        start = time.perf_counter()
        checking.lint_document()
        while not done:
            app.processEvents()
            time.sleep(0.001)
        print(f"whole-handbook check in the background: {(time.perf_counter() - start) * 1000:.0f}"
              f" ms, {len(panel.findings())} finding(s)")
    QTest.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app.processEvents()
    print(f"RSS: {rss_before:.0f} MiB before the handbook, {rss_mb():.0f} MiB with it open")
    chapter = session.policy.sections[10].id
    start = time.perf_counter()
    session.move_down(chapter)  # a structural edit: outline incremental, preview relaid out
    outline_ms = (time.perf_counter() - start) * 1000
    while not preview.complete:
        app.processEvents()
    print(f"move a chapter (8 sections) down: outline and editor updated in {outline_ms:.1f} ms, "
          f"preview relaid out in the background in {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"RSS after a structural relayout: {rss_mb():.0f} MiB")
    autosave_cost(policy)
    controller.window.close_guard = None
    session.dispose()
    QApplication.closeAllWindows()


if __name__ == "__main__":
    main()
