"""The About box: version, Qt/Python versions and the licences we ship under."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from policyeditor import __version__
from policyeditor.ui.common.icons import icon
from policyeditor.ui.common.naming import named

LICENCES = [
    ("PolicyEditor", "GPL-3.0-or-later"),
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("Python-Markdown", "BSD-3-Clause"),
    ("nh3 (ammonia)", "MIT / Apache-2.0"),
    ("diff-match-patch", "Apache-2.0"),
    ("platformdirs", "MIT"),
    ("pypdf", "BSD-3-Clause"),
    ("chunspell (Hunspell)", "MIT / MPL-1.1, GPL-2.0, LGPL-2.1"),
    ("hunspell-sv (Swedish dictionary)", "LGPL-3.0"),
]


class AboutDialog(QDialog):
    """Version and licence information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About PolicyEditor"))
        logo = QLabel()
        logo.setPixmap(icon("policyeditor").pixmap(64, 64))
        title = QLabel(f"<h2>PolicyEditor {__version__}</h2>")
        title.setObjectName("about_version")
        summary = QLabel(
            QCoreApplication.translate(
                "AboutDialog", "Draft, version, compare and publish policies — offline."
            )
        )
        summary.setWordWrap(True)
        rows = "".join(f"<tr><td>{n}</td><td>&nbsp;&nbsp;{lic}</td></tr>" for n, lic in LICENCES)
        details = named(QTextBrowser(), "about_licences")
        details.setOpenLinks(False)
        built = (
            QCoreApplication.translate("AboutDialog", "Built with Python %1, Qt %2 and PySide6 %3.")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
        )
        licences = QCoreApplication.translate("AboutDialog", "Licences")
        warranty = QCoreApplication.translate(
            "AboutDialog", "This program comes with ABSOLUTELY NO WARRANTY."
        )
        details.setHtml(
            f"<p>{built}</p><p><b>{licences}</b></p><table>{rows}</table><p>{warranty}</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(logo)
        box.addWidget(title)
        box.addWidget(summary)
        box.addWidget(details, 1)
        box.addWidget(buttons)
        self.resize(460, 420)
