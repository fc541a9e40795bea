"""The versions actions: save, open, restore and approve a version; the release settings;
show the versions panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import ActionCollection, ActionSpec


class VersionActions(ActionCollection):
    """Actions of the versions feature (``ui.versions.commands``).

    Publishing a version is the review feature's (it goes through the gate).
    """

    SPECS = (
        ActionSpec(
            "view_versions",
            QT_TRANSLATE_NOOP("Actions", "&Versions"),
            None,
            "F10",
            QT_TRANSLATE_NOOP("Actions", "Show or hide the versions panel"),
            checkable=True,
        ),
        ActionSpec(
            "version_save",
            QT_TRANSLATE_NOOP("Actions", "Save &Version…"),
            "version-save",
            "Ctrl+Alt+S",
            QT_TRANSLATE_NOOP("Actions", "Save the draft as a named version"),
        ),
        ActionSpec(
            "version_open",
            QT_TRANSLATE_NOOP("Actions", "&Open Version"),
            "version-open",
            None,
            QT_TRANSLATE_NOOP("Actions", "View the selected version read-only"),
        ),
        ActionSpec(
            "version_restore",
            QT_TRANSLATE_NOOP("Actions", "&Restore into Draft"),
            "version-restore",
            None,
            QT_TRANSLATE_NOOP(
                "Actions", "Replace the draft with the selected version (undoable)"
            ),
        ),
        ActionSpec(
            "version_approve",
            QT_TRANSLATE_NOOP("Actions", "&Approve Version…"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Record that the selected version was reviewed"),
        ),
        ActionSpec(
            "version_settings",
            QT_TRANSLATE_NOOP("Actions", "Release &Settings…"),
            None,
            None,
            QT_TRANSLATE_NOOP(
                "Actions",
                "Who must approve before publishing, and when the policy is next to be reviewed",
            ),
        ),
    )

    view_versions: QAction
    version_save: QAction
    version_open: QAction
    version_restore: QAction
    version_approve: QAction
    version_settings: QAction
