"""The settings and help actions: Settings…, User Guide, Keyboard Shortcuts, About."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import SK, ActionCollection, ActionSpec


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
            "help_guide",
            QT_TRANSLATE_NOOP("Actions", "PolicyEditor &User Guide"),
            None,
            SK.HelpContents,
            QT_TRANSLATE_NOOP("Actions", "How to write, review, publish and print (offline)"),
        ),
        ActionSpec(
            "help_shortcuts",
            QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut of the editor"),
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
    help_guide: QAction
    help_shortcuts: QAction
    help_about: QAction
