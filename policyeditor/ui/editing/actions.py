"""The editing actions: undo/redo, find, the section structure and the preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import SK, ActionCollection, ActionSpec


class EditingActions(ActionCollection):
    """Actions of the editing feature (``ui.editing.commands``).

    Section moves use Word's outline keys (Alt+Shift+arrows): Ctrl+Shift+arrows
    select words and paragraphs in text fields and must keep doing so.
    """

    SPECS = (
        ActionSpec(
            "edit_undo",
            QT_TRANSLATE_NOOP("Actions", "&Undo"),
            "edit-undo",
            SK.Undo,
            QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
            window_shortcut=True,
        ),
        ActionSpec(
            "edit_redo",
            QT_TRANSLATE_NOOP("Actions", "&Redo"),
            "edit-redo",
            SK.Redo,
            QT_TRANSLATE_NOOP("Actions", "Redo the change you undid"),
            window_shortcut=True,
            extra_shortcuts=("Ctrl+Y",),  # as in Word, on every platform
        ),
        ActionSpec(
            "edit_find",
            QT_TRANSLATE_NOOP("Actions", "&Find and Replace…"),
            "edit-find",
            SK.Find,
            QT_TRANSLATE_NOOP("Actions", "Search and replace across all sections"),
        ),
        ActionSpec(
            "edit_find_next",
            QT_TRANSLATE_NOOP("Actions", "Find &Next"),
            None,
            SK.FindNext,
            QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
        ),
        ActionSpec(
            "section_add",
            QT_TRANSLATE_NOOP("Actions", "&Add Section"),
            "section-add",
            "Ctrl+Return",
            QT_TRANSLATE_NOOP("Actions", "Add a section after the current one"),
        ),
        ActionSpec(
            "section_add_child",
            QT_TRANSLATE_NOOP("Actions", "Add &Subsection"),
            "section-add-child",
            "Ctrl+Shift+Return",
            QT_TRANSLATE_NOOP("Actions", "Add a subsection inside the current section"),
        ),
        ActionSpec(
            "section_delete",
            QT_TRANSLATE_NOOP("Actions", "&Delete Section…"),
            "section-delete",
            "Ctrl+Shift+Delete",
            QT_TRANSLATE_NOOP("Actions", "Delete the current section and its subsections"),
        ),
        ActionSpec(
            "section_rename",
            QT_TRANSLATE_NOOP("Actions", "&Rename Section"),
            "section-rename",
            "F2",
            QT_TRANSLATE_NOOP("Actions", "Edit the current heading"),
        ),
        ActionSpec(
            "section_move_up",
            QT_TRANSLATE_NOOP("Actions", "Move &Up"),
            "go-up",
            "Alt+Shift+Up",
            QT_TRANSLATE_NOOP("Actions", "Move the section before the previous one"),
        ),
        ActionSpec(
            "section_move_down",
            QT_TRANSLATE_NOOP("Actions", "Move Do&wn"),
            "go-down",
            "Alt+Shift+Down",
            QT_TRANSLATE_NOOP("Actions", "Move the section after the next one"),
        ),
        ActionSpec(
            "section_indent",
            QT_TRANSLATE_NOOP("Actions", "&Indent"),
            "format-indent-more",
            "Alt+Shift+Right",
            QT_TRANSLATE_NOOP("Actions", "Make the section a subsection of the one before"),
        ),
        ActionSpec(
            "section_outdent",
            QT_TRANSLATE_NOOP("Actions", "&Outdent"),
            "format-indent-less",
            "Alt+Shift+Left",
            QT_TRANSLATE_NOOP("Actions", "Move the section one level up"),
        ),
        ActionSpec(
            "view_preview",
            QT_TRANSLATE_NOOP("Actions", "&Preview"),
            "view-preview",
            "F9",
            QT_TRANSLATE_NOOP("Actions", "Show or hide the preview"),
            checkable=True,
        ),
    )

    edit_undo: QAction
    edit_redo: QAction
    edit_find: QAction
    edit_find_next: QAction
    section_add: QAction
    section_add_child: QAction
    section_delete: QAction
    section_rename: QAction
    section_move_up: QAction
    section_move_down: QAction
    section_indent: QAction
    section_outdent: QAction
    view_preview: QAction

    def section_actions(self) -> list[QAction]:
        """The section commands, in menu order (the Section menu and the outline's menu)."""
        return [
            self.section_add,
            self.section_add_child,
            self.section_rename,
            self.section_delete,
            self.section_move_up,
            self.section_move_down,
            self.section_indent,
            self.section_outdent,
        ]
