"""The settings and help actions: Settings… and About PolicyEditor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import ActionCollection, ActionSpec


class SettingsActions(ActionCollection):
    """Actions of the settings feature (``ui.settings.commands``)."""

    SPECS = (
        ActionSpec(
            "edit_settings",
            QT_TRANSLATE_NOOP("Actions", "&Settings…"),
            "settings",
            "Ctrl+,",
            QT_TRANSLATE_NOOP("Actions", "Language, author name, font, autosave"),
            menu_role=QAction.MenuRole.PreferencesRole,
        ),
        ActionSpec(
            "help_about",
            QT_TRANSLATE_NOOP("Actions", "&About PolicyEditor"),
            "help-about",
            None,
            QT_TRANSLATE_NOOP("Actions", "Version and licences"),
            menu_role=QAction.MenuRole.AboutRole,
        ),
    )

    edit_settings: QAction
    help_about: QAction
