"""The file actions: New, Open, Import Text, Save, Save As, Close Window, Quit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import SK, ActionCollection, ActionSpec


class FileActions(ActionCollection):
    """Actions of the files feature (``ui.files.commands``)."""

    SPECS = (
        ActionSpec(
            "file_new",
            QT_TRANSLATE_NOOP("Actions", "&New"),
            "document-new",
            SK.New,
            QT_TRANSLATE_NOOP("Actions", "Start a new, empty policy"),
        ),
        ActionSpec(
            "file_open",
            QT_TRANSLATE_NOOP("Actions", "&Open…"),
            "document-open",
            SK.Open,
            QT_TRANSLATE_NOOP("Actions", "Open a policy workspace or a text file"),
        ),
        ActionSpec(
            "file_import",
            QT_TRANSLATE_NOOP("Actions", "&Import Text…"),
            "document-import",
            "Ctrl+I",
            QT_TRANSLATE_NOOP(
                "Actions", "Import a revised Markdown or text file into this workspace"
            ),
        ),
        ActionSpec(
            "file_save",
            QT_TRANSLATE_NOOP("Actions", "&Save"),
            "document-save",
            SK.Save,
            QT_TRANSLATE_NOOP("Actions", "Write the draft to its workspace now"),
        ),
        ActionSpec(
            "file_save_as",
            QT_TRANSLATE_NOOP("Actions", "Save &As…"),
            "document-save-as",
            SK.SaveAs,
            QT_TRANSLATE_NOOP("Actions", "Save the document as a new workspace file"),
        ),
        ActionSpec(
            "file_close",
            QT_TRANSLATE_NOOP("Actions", "&Close Window"),
            None,
            SK.Close,
            QT_TRANSLATE_NOOP("Actions", "Close this window"),
        ),
        ActionSpec(
            "file_quit",
            QT_TRANSLATE_NOOP("Actions", "&Quit"),
            "application-exit",
            SK.Quit,
            QT_TRANSLATE_NOOP("Actions", "Quit PolicyEditor"),
            menu_role=QAction.MenuRole.QuitRole,
        ),
    )

    file_new: QAction
    file_open: QAction
    file_import: QAction
    file_save: QAction
    file_save_as: QAction
    file_close: QAction
    file_quit: QAction
