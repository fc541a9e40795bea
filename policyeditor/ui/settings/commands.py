"""Settings and help commands: settings dialog, user guide, shortcut list, About, applying settings.

A changed UI language is applied at once (every window re-reads its texts);
a changed editor font reaches the section editor of this window.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from policyeditor.ui.settings.about_dialog import AboutDialog
from policyeditor.ui.settings.help_windows import ShortcutsWindow, UserGuideWindow
from policyeditor.ui.settings.settings_dialog import SettingsDialog
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


class SettingsCommands(FeatureCommands):
    """Settings… and About PolicyEditor."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context)
        self.translations = context.translations
        a = self.window.settings_actions
        on_trigger(a.edit_settings, self.show_settings)
        on_trigger(a.help_about, lambda: self.dialogs.exec(AboutDialog(self.window)))
        on_trigger(a.help_guide, self.show_guide)
        on_trigger(a.help_shortcuts, self.show_shortcuts)
        # Help windows stay open beside the work; one of each per editor window.
        self.guide: UserGuideWindow | None = None
        self.shortcuts: ShortcutsWindow | None = None

    def show_guide(self) -> None:
        """The offline user guide in the UI language."""
        if self.guide is None:
            translations = self.translations
            self.guide = UserGuideWindow(
                lambda: translations.language if translations is not None else "en", self.window
            )
        self.guide.show()
        self.guide.raise_()

    def show_shortcuts(self) -> None:
        """Every shortcut of this window's actions, read from the actions themselves."""
        if self.shortcuts is None:
            self.shortcuts = ShortcutsWindow(self._all_actions, self.window)
        else:
            self.shortcuts.retranslate()  # shortcuts may differ since it was last shown
        self.shortcuts.show()
        self.shortcuts.raise_()

    def _all_actions(self) -> list[QAction]:
        return [action for collection in self.window.collections for action in collection]

    def show_settings(self) -> None:
        """The settings dialog."""
        self.dialogs.exec(SettingsDialog(self.settings, self.window))

    def apply_setting(self, key: str) -> None:
        """Apply the changed setting ``key`` to this window."""
        if key == "ui/language" and self.translations is not None:
            self.translations.apply(self.settings.ui_language)
        elif key == "editor/font" and self.window.editor is not None:
            self.window.editor.set_editor_font(self.settings.editor_font)
