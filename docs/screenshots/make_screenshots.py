"""Take the README screenshots: the main window at 1280×800 in Swedish and English.

Run under a display (e.g. ``Xvfb :99 -screen 0 1280x800x24 & DISPLAY=:99``) or
with ``QT_QPA_PLATFORM=offscreen``::

    .venv/bin/python docs/screenshots/make_screenshots.py ../shared/corpus/seed/sekretesspolicy.txt
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtTest import QTest  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402

OUT = Path(__file__).resolve().parent


def workspace_with_history(seed: str) -> str:
    """The seed in a workspace with a published and a saved version, as in daily use."""
    from policyeditor.core.importing import import_file
    from policyeditor.core.workspace import Workspace

    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.policy"
    policy = import_file(seed).policy
    with Workspace.create(path, policy) as ws:
        ws.save_version("1.0", author="Anna Lind", note="Första publicerade versionen")
        ws.publish("1.0", author="Anna Lind")
        policy.sections[6].body += "\n\nVi krypterar all trafik mellan din enhet och våra servrar."
        ws.save_draft(policy)
        ws.save_version("1.1", author="Erik Berg", note="Säkerhetsavsnittet förtydligat")
    return str(path)


def main() -> None:
    seed = workspace_with_history(sys.argv[1])
    app = make_application()
    for language in ("sv", "en"):
        editor = EditorApp(app)
        editor.settings.author_name = "Anna Lind"
        editor.settings.ui_language = language
        editor.translations.apply(language)
        controller = editor.start(seed)
        window = controller.window
        window.resize(1280, 800)
        QTest.qWaitForWindowExposed(window)
        session = controller.session
        session.set_current(session.ordered_ids()[2])  # 1.2, a section with subsections
        QTest.qWait(400)
        window.grab().save(str(OUT / f"main-window-{language}.png"))
        window.close_guard = None
        window.close()
        close_session(session)  # releases the workspace for the next language
    print(f"wrote {OUT}/main-window-sv.png and -en.png")


if __name__ == "__main__":
    main()
