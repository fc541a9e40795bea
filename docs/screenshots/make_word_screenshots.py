"""Screenshots of the Word round trip: a .docx opened in the editor and the Export dialog.

Run offscreen (or under Xvfb) from the checkout::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_word_screenshots.py \\
        ../shared/corpus/seed/sekretesspolicy.txt

Writes ``word-open-sv.png`` (the seed, exported to .docx with a review comment
and opened again) and ``word-export-sv.png`` (the Export dialog on Word) in
``docs/screenshots/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.core.importing import import_file  # noqa: E402
from policyeditor.core.model import Comment, walk  # noqa: E402
from policyeditor.core.wordexport.document import write_policy_docx  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402
from policyeditor.ui.export.dialog import ExportDialog  # noqa: E402

OUT = Path(__file__).resolve().parent


def commented_docx(seed: str) -> Path:
    """The seed as a .docx, with one reviewer's comment on section 6."""
    policy = import_file(seed).policy
    section = next(r.section for r in walk(policy) if r.number == "6")
    section.comments.append(Comment(author="Eva Holm", created="2026-12-01T10:00:00Z",
                                    quote="personuppgifter",
                                    text="Stämmer detta med biträdesavtalen?"))
    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.docx"
    write_policy_docx(policy, path)
    return path


def grab_dialog(name: str, fmt: str) -> None:
    """Choose format ``fmt`` in the open Export dialog and save a picture of it."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ExportDialog):
            combo = widget.findChild(QComboBox, "export_format")
            for index in range(combo.count()):
                if fmt in combo.itemText(index):
                    combo.setCurrentIndex(index)
            QTest.qWait(200)
            widget.grab().save(str(OUT / name))
            widget.reject()


def main() -> None:
    docx = commented_docx(sys.argv[1])
    app = make_application()
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(str(docx))
    window = controller.window
    window.resize(1280, 800)
    QTest.qWaitForWindowExposed(window)
    session = controller.session
    session.set_current(session.ordered_ids()[12])
    QTest.qWait(400)
    window.grab().save(str(OUT / "word-open-sv.png"))
    # the dialog is modal: take its picture from a timer while it runs
    QTimer.singleShot(500, lambda: grab_dialog("word-export-sv.png", "Word"))
    window.findChild(QAction, "file_export").trigger()
    window.close_guard = None
    window.close()
    close_session(session)
    print(f"wrote {OUT}/word-open-sv.png and word-export-sv.png")


if __name__ == "__main__":
    main()
