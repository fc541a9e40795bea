"""The drafting-check actions: spell check on/off, show the Problems panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import ActionCollection, ActionSpec


class CheckingActions(ActionCollection):
    """View ▸ Check Spelling, View ▸ Problems."""

    SPECS = (
        ActionSpec(
            "view_spelling",
            QT_TRANSLATE_NOOP("Actions", "Check &Spelling"),
            None,
            "F7",
            QT_TRANSLATE_NOOP("Actions", "Underline misspelt words as you type"),
            checkable=True,
        ),
        ActionSpec(
            "view_problems",
            QT_TRANSLATE_NOOP("Actions", "Pro&blems"),
            None,
            "Ctrl+Shift+M",
            QT_TRANSLATE_NOOP("Actions",
                              "List spelling, references, defined terms, links and empty sections"),
        ),
    )

    view_spelling: QAction
    view_problems: QAction
