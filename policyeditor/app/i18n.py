"""Translations: our own ``policyeditor_<lang>.qm`` plus Qt's ``qtbase_<lang>.qm``.

The UI follows the system locale unless the user picked a language in the
settings. Switching at run time removes the old translators and installs the
new ones; Qt then sends every widget a LanguageChange event, on which our
widgets re-read their texts (see ``retranslate`` in the ui package).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SHIPPED = ("sv", "en")


def resolve_language(setting: str, locale: QLocale | None = None) -> str:
    """``sv`` or ``en`` for a setting of ``system``/``sv``/``en``."""
    if setting in SHIPPED:
        return setting
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def qm_dir() -> Path:
    """Folder holding our compiled translations."""
    return Path(str(resources.files("policyeditor.resources") / "i18n"))


class TranslationManager:
    """Installs and swaps the application's translators."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, setting: str) -> str:
        """Install translators for ``setting``; returns the language now in use."""
        language = resolve_language(setting)
        self.clear()
        ours = QTranslator()  # kept alive by self._installed while in use
        if ours.load(str(qm_dir() / f"policyeditor_{language}.qm")):
            self._installed.append(ours)
        if language != "en":
            qt = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
        )
        self.language = language
        return language

    def clear(self) -> None:
        """Remove every translator this manager installed (dropping them frees them)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
