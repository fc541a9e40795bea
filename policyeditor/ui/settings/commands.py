"""Settings and help commands: the settings dialog, the About box, applying changed settings.

A changed UI language is applied at once (every window re-reads its texts);
a changed editor font reaches the section editor of this window.
"""

from __future__ import annotations

from policyeditor.ui.settings.about_dialog import AboutDialog
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

    def show_settings(self) -> None:
        """The settings dialog."""
        self.dialogs.exec(SettingsDialog(self.settings, self.window))

    def apply_setting(self, key: str) -> None:
        """Apply the changed setting ``key`` to this window."""
        if key == "ui/language" and self.translations is not None:
            self.translations.apply(self.settings.ui_language)
        elif key == "editor/font" and self.window.editor is not None:
            self.window.editor.set_editor_font(self.settings.editor_font)
