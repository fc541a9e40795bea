"""Qt set-up for PDF writing: a GUI application object and the bundled font.

PDF export runs from the headless CLI as well as from the editor. Qt's text
layout needs a QGuiApplication; when none exists (the CLI) one is created on
Qt's offscreen platform (unless QT_QPA_PLATFORM says otherwise). The body font (DejaVu
Serif, full Swedish coverage, licence beside it in ``resources/fonts``) is
registered from the package itself so a PDF looks the same on every machine,
whatever fonts are installed.
"""

from __future__ import annotations

import os
import sys
import threading
from importlib.resources import as_file, files

from PySide6.QtGui import QFontDatabase, QGuiApplication

from policyeditor.core.errors import PolicyEditorError

FONT_FILES = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
              "DejaVuSerif-BoldItalic.ttf")
FALLBACK_FAMILY = "DejaVu Serif"

_app: QGuiApplication | None = None
_family: str | None = None
# Exports may run in a worker thread (the editor's export runner).
_lock = threading.Lock()


class PdfExportError(PolicyEditorError):
    """A PDF could not be produced: ``pdf.font`` (``name``), ``pdf.page-size``
    (``name``), ``pdf.cannot-open``, ``pdf.new-page``, ``pdf.incomplete``, ``pdf.empty``."""

    code = "pdf.incomplete"


def ensure_gui_application() -> None:
    """Create a QGuiApplication if the process has none (offscreen when headless)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    argv = [sys.argv[0] if sys.argv else "policyeditor"]
    # Writing a PDF never needs a window: unless the user chose a platform,
    # use offscreen, which works without (or despite a broken) display.
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)


def body_font_family() -> str:
    """Register the bundled fonts once; return their family name."""
    global _family
    with _lock:
        if _family is None:
            _family = _register()
        return _family


def _register() -> str:
    ensure_gui_application()
    family: str | None = None
    folder = files("policyeditor.resources") / "fonts"
    for name in FONT_FILES:
        with as_file(folder / name) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise PdfExportError("pdf.font", name=name)
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and family is None:
            family = families[0]
    return family or FALLBACK_FAMILY
