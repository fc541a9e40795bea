"""Take the drafting-check screenshots: underlines, the spelling menu, the Problems panel.

In Swedish on the seed and in English on a corpus policy, each with planted
typos and a stale reference, 1280×800, into ``docs/screenshots/lint/``. Run
offscreen (or under Xvfb)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_lint_screenshots.py \\
        ../shared/corpus/seed/sekretesspolicy.txt \\
        ../shared/corpus/privacy-policy-histories/Spotify/065_2026-07-01.md
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtCore import QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QContextMenuEvent, QPainter, QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.core.importing import import_file  # noqa: E402
from policyeditor.core.model import walk  # noqa: E402
from policyeditor.core.workspace import Workspace  # noqa: E402
from policyeditor.gui import EditorApp  # noqa: E402
from policyeditor.ui.controller import EditorController  # noqa: E402

OUT = Path(__file__).resolve().parent / "lint"
PLANTED = {
    "sv": ("1.1", [("personuppgifter, exempelvis", "personuppgifer, exempelvis"),
                   ("leveransadress", "leveransadrses"), ("fakturaadress", "fakturaadess")],
           " Se avsnitt 21.", "personuppgifer"),
    "en": ("3", [("information", "informaton"), ("receive", "recieve"),
                 ("account", "acount")], " See section 14.", "informaton"),
}


def planted_workspace(source: str, language: str) -> str:
    policy = import_file(Path(source)).policy
    number, typos, reference, _ = PLANTED[language]
    section = next(ref.section for ref in walk(policy) if ref.number == number)
    for right, wrong in typos:
        section.body = section.body.replace(right, wrong, 1)
    section.body += reference
    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / f"lint-{language}.policy"
    Workspace.create(path, policy).close()
    return str(path)


def wait_ready(app: QApplication, controller: EditorController) -> None:
    panel = controller.window.problems_panel
    while controller.checking.service.spellers is None or panel._state != "ready":
        app.processEvents()
        QTest.qWait(20)


def shoot(editor: EditorApp, source: str, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    editor.translations.apply(language)
    controller = editor.start(planted_workspace(source, language))
    window = controller.window
    window.resize(1280, 800)
    window.move(0, 0)
    QTest.qWaitForWindowExposed(window)
    wait_ready(app, controller)
    number, _, _, word = PLANTED[language]
    target = next(ref.section.id for ref in walk(controller.session.policy)
                  if ref.number == number)
    controller.session.set_current(target)
    window.problems_dock.show()
    window.problems_dock.raise_()
    window.resizeDocks([window.problems_dock], [230], Qt.Orientation.Vertical)
    QTest.qWait(600)  # the debounced check of the section
    wait_ready(app, controller)
    window.grab().save(str(OUT / f"underlines-and-problems-{language}.png"))
    body = window.editor.body_edit
    cursor = QTextCursor(body.document())
    cursor.setPosition(body.toPlainText().index(word) + 2)
    body.setTextCursor(cursor)
    body.ensureCursorVisible()
    QTest.qWait(50)
    where = body.cursorRect(cursor).center()

    def grab_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
        painter.end()
        picture.save(str(OUT / f"spelling-menu-{language}.png"))
        menu.close()

    QTimer.singleShot(300, grab_menu)
    QApplication.sendEvent(body.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, body.viewport().mapToGlobal(where)))
    panel = window.problems_panel
    panel.grab().save(str(OUT / f"problems-panel-{language}.png"))
    window.close_guard = None
    window.close()
    if controller.session is not None:
        close_session(controller.session)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    from policyeditor.gui import make_application

    app = make_application()
    editor = EditorApp(app)
    shoot(editor, sys.argv[1], "sv")
    shoot(editor, sys.argv[2], "en")
    print(f"wrote {sorted(p.name for p in OUT.glob('*.png'))}")


if __name__ == "__main__":
    main()
