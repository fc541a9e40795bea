"""Screenshots of issue 18's recovery offer, print preview, user guide and shortcut list (Swedish).

A copy of the seed is opened as a text file and edited; its autosaved
recovery copy is then left behind as a crashed editor would leave it (the
process id in its name is one that no longer runs), and the next start
offers it. Run offscreen::

    QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        docs/screenshots/make_recover_screenshots.py ../shared/corpus/seed/sekretesspolicy.txt
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from policyeditor.app import documents, paths  # noqa: E402
from policyeditor.app.autosave import RECOVERY_PREFIX, SOURCE_KEY  # noqa: E402
from policyeditor.core.model import walk  # noqa: E402
from policyeditor.core.workspace import Workspace  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402
from policyeditor.ui.common.dialogs import Dialogs  # noqa: E402
from policyeditor.ui.files.recovery_dialog import RecoveryDialog  # noqa: E402

OUT = Path(__file__).resolve().parent / "review-comfort"


def shot(widget: QWidget, name: str) -> None:
    """Show ``widget``, let it paint, save it as ``name``."""
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    QTest.qWait(300)
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def leave_recovery(source: Path) -> None:
    """A recovery copy of ``source`` with two edited sections, as a killed editor leaves it."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # its process id now names no running editor
    policy = documents.import_document(str(source)).policy
    sections = {ref.number: ref.section for ref in walk(policy)}
    sections["1"].body += (
        "\n\nVi samlar aldrig in mer information än vad som behövs för ändamålet."
    )
    sections["5"].body += "\n\nBegäran om radering besvaras inom 30 dagar."
    path = paths.recovery_dir() / f"{RECOVERY_PREFIX}{dead.pid}.policy"
    with Workspace.create(path, policy) as ws:
        ws.set_setting(SOURCE_KEY, str(source.resolve()))


class ShotDialogs(Dialogs):
    """Photographs the recovery offer the start shows, then leaves the decision for later."""

    def exec(self, dialog: QDialog) -> int:
        if isinstance(dialog, RecoveryDialog):
            dialog.sections.setCurrentItem(dialog.sections.topLevelItem(1))
            shot(dialog, "recovery-offer-sv.png")
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    source = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.txt"
    shutil.copyfile(sys.argv[1], source)
    leave_recovery(source)
    app = make_application()
    editor = EditorApp(app, dialogs=ShotDialogs())
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(str(source))  # offers the recovery copy: photographed
    window = controller.window
    QTest.qWaitForWindowExposed(window)

    printer = controller.printing.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer here
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle("Förhandsgranska utskrift")
    preview.paintRequested.connect(controller.printing.print_to)
    preview.resize(1000, 900)
    widget = preview.findChild(QPrintPreviewWidget)
    widget.setViewMode(QPrintPreviewWidget.ViewMode.FacingPagesView)
    preview.show()
    QTest.qWaitForWindowExposed(preview)
    QTest.qWait(300)  # the pages are laid out once the dialog shows
    widget.fitInView()
    widget.setCurrentPage(2)  # pages 2 and 3 side by side, as a spread
    shot(preview, "print-preview-sv.png")
    preview.close()

    controller.app_settings.show_guide()
    assert controller.app_settings.guide is not None
    shot(controller.app_settings.guide, "user-guide-sv.png")
    controller.app_settings.show_shortcuts()
    assert controller.app_settings.shortcuts is not None
    shot(controller.app_settings.shortcuts, "shortcuts-sv.png")
    QApplication.processEvents()


if __name__ == "__main__":
    main()
    os._exit(0)  # the editor's windows need no orderly goodbye here
