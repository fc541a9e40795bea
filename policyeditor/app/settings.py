"""One typed registry over QSettings for the user's preferences.

Every preference has a key, a type and a default in one place (``Settings``);
widgets receive the registry in their constructor and never touch QSettings
themselves. The window layout (geometry, dock state) is kept in a separate
file by :class:`LayoutStore` so "reset settings" never scrambles the window and
a broken layout never loses the user's preferences.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtGui import QFont, QFontDatabase

from policyeditor.app import paths

UI_LANGUAGES = ("system", "sv", "en")
AUTOSAVE_MIN_MS = 250
AUTOSAVE_MAX_MS = 2000  # the promise: at most ~2 s of typing lost in a crash
AUTOSAVE_DEFAULT_MS = 1000
RECENT_LIMIT = 10


class Settings(QObject):
    """Typed access to the user's preferences; emits ``changed(key)`` on writes."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        file = path or paths.settings_file()
        self._qs = QSettings(str(file), QSettings.Format.IniFormat)

    # -- generic helpers -------------------------------------------------
    def _str(self, key: str, default: str) -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: object) -> None:
        if self._qs.value(key) == value:
            return
        self._qs.setValue(key, value)
        self._qs.sync()
        self.changed.emit(key)

    # -- preferences -----------------------------------------------------
    @property
    def ui_language(self) -> str:
        """``system`` (follow the locale), ``sv`` or ``en``."""
        value = self._str("ui/language", "system")
        return value if value in UI_LANGUAGES else "system"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        if value not in UI_LANGUAGES:
            raise ValueError(f"unknown UI language {value!r}")
        self._set("ui/language", value)

    @property
    def author_name(self) -> str:
        """Default author recorded with saved versions."""
        return self._str("user/author", "")

    @author_name.setter
    def author_name(self, value: str) -> None:
        self._set("user/author", value.strip())

    @property
    def editor_font(self) -> QFont:
        """Font of the body editor (the system's fixed-pitch font by default)."""
        spec = self._str("editor/font", "")
        font = QFont()
        if spec and font.fromString(spec):
            return font
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSize(max(font.pointSize(), 11))
        return font

    @editor_font.setter
    def editor_font(self, font: QFont) -> None:
        self._set("editor/font", font.toString())

    @property
    def autosave_interval_ms(self) -> int:
        """Delay after the last change before the draft is written."""
        try:
            value = int(self._qs.value("editor/autosave_ms", AUTOSAVE_DEFAULT_MS))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            value = AUTOSAVE_DEFAULT_MS
        return min(max(value, AUTOSAVE_MIN_MS), AUTOSAVE_MAX_MS)

    @autosave_interval_ms.setter
    def autosave_interval_ms(self, value: int) -> None:
        self._set("editor/autosave_ms", min(max(int(value), AUTOSAVE_MIN_MS), AUTOSAVE_MAX_MS))

    @property
    def preview_visible(self) -> bool:
        """Whether the preview pane is shown."""
        return self._str("ui/preview", "true") != "false"

    @preview_visible.setter
    def preview_visible(self, value: bool) -> None:
        self._set("ui/preview", "true" if value else "false")

    @property
    def spell_check(self) -> bool:
        """Whether misspelt words are underlined as you type (View ▸ Check Spelling)."""
        return self._str("ui/spell_check", "true") != "false"

    @spell_check.setter
    def spell_check(self, value: bool) -> None:
        self._set("ui/spell_check", "true" if value else "false")

    # -- files -------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        """Most recently opened workspaces, newest first."""
        value = self._qs.value("files/recent", [])
        items: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        return [v for v in items if isinstance(v, str)][:RECENT_LIMIT]

    @recent_files.setter
    def recent_files(self, value: list[str]) -> None:
        self._set("files/recent", list(value)[:RECENT_LIMIT])

    @property
    def last_workspace(self) -> str:
        """The workspace open when the editor was last closed ('' for none)."""
        return self._str("files/last", "")

    @last_workspace.setter
    def last_workspace(self, value: str) -> None:
        self._set("files/last", value)

    def sync(self) -> None:
        """Flush to disk."""
        self._qs.sync()


class LayoutStore:
    """Window geometry and dock/splitter state, stored apart from settings."""

    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or paths.layout_file()), QSettings.Format.IniFormat)

    def load(self, key: str) -> QByteArray | None:
        """Saved state for ``key`` or None."""
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, key: str, value: QByteArray) -> None:
        """Remember state for ``key``."""
        self._qs.setValue(key, value)
        self._qs.sync()
