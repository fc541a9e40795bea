"""Editing commands of the editor window: undo/redo, sections, find, the preview.

Add, delete (asking first, naming the section), rename, move and indent the
current section through the session, and jump to find results. Every change
is an undo command; the outline and editor follow the session's signals. The
Undo and Redo actions name the step they undo ("Undo Typing").
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication

from policyeditor.app import search
from policyeditor.core.model import find, iter_sections
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


class EditingCommands(FeatureCommands):
    """Undo/redo, structure of the document, find/replace navigation, preview."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context)
        a = self.window.editing_actions
        on_trigger(a.edit_undo, self.undo)
        on_trigger(a.edit_redo, self.redo)
        on_trigger(a.edit_find, self.show_find)
        on_trigger(a.edit_find_next, self.find_next)
        on_trigger(a.section_add, self.add_section)
        on_trigger(a.section_add_child, self.add_subsection)
        on_trigger(a.section_delete, self.delete_section)
        on_trigger(a.section_rename, self.rename_section)
        on_trigger(a.section_move_up, lambda: self._structural("move_up"))
        on_trigger(a.section_move_down, lambda: self._structural("move_down"))
        on_trigger(a.section_indent, lambda: self._structural("indent"))
        on_trigger(a.section_outdent, lambda: self._structural("outdent"))
        a.view_preview.toggled.connect(self.toggle_preview)
        self.window.find_panel.match_activated.connect(self.go_to_match)
        a.view_preview.setChecked(self.settings.preview_visible)

    # -- action states ---------------------------------------------------------
    def update_actions(self) -> None:
        s = self.session
        a = self.window.editing_actions
        editable = s is not None and not s.readonly
        current = s.current_section_id if s else ""
        ref = find(s.policy, current) if s and current else None
        siblings = (
            (ref.parent.children if ref and ref.parent else s.policy.sections) if ref and s else []
        )
        a.section_add.setEnabled(editable)
        a.section_add_child.setEnabled(editable)
        for action in (a.section_delete, a.section_rename):
            action.setEnabled(editable and ref is not None)
        a.section_move_up.setEnabled(editable and ref is not None and ref.index > 0)
        a.section_indent.setEnabled(editable and ref is not None and ref.index > 0)
        a.section_move_down.setEnabled(
            editable and ref is not None and ref.index + 1 < len(siblings)
        )
        a.section_outdent.setEnabled(editable and ref is not None and ref.parent is not None)
        self.window.find_panel.set_readonly(not editable)

    def update_undo(self) -> None:
        """Undo/Redo enabled and named after the step they would take."""
        # RuntimeError: the stack is being destroyed together with its session.
        with contextlib.suppress(RuntimeError):
            self._show_undo_state()

    def _show_undo_state(self) -> None:
        s = self.session
        a = self.window.editing_actions
        stack = s.undo_stack if s else None
        a.edit_undo.setEnabled(bool(stack and stack.canUndo()))
        a.edit_redo.setEnabled(bool(stack and stack.canRedo()))
        undo_text = stack.undoText() if stack else ""
        redo_text = stack.redoText() if stack else ""
        a.edit_undo.setText(
            QCoreApplication.translate("Controller", "&Undo %1").replace("%1", undo_text).strip()
            if undo_text
            else QCoreApplication.translate("Actions", "&Undo")
        )
        a.edit_redo.setText(
            QCoreApplication.translate("Controller", "&Redo %1").replace("%1", redo_text).strip()
            if redo_text
            else QCoreApplication.translate("Actions", "&Redo")
        )

    def undo(self) -> None:
        """Undo the last document change."""
        if self.session is not None:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last undone change."""
        if self.session is not None:
            self.session.undo_stack.redo()

    def toggle_preview(self, visible: bool) -> None:
        """Show or hide the preview pane (remembered in the settings)."""
        if self.window.preview is not None:
            self.window.preview.setVisible(visible)
        if self.settings.preview_visible != visible:
            self.settings.preview_visible = visible

    # -- sections -----------------------------------------------------------
    def _after_insert(self, new_id: str | None) -> None:
        if new_id and self.session is not None:
            self.session.set_current(new_id)
            if self.window.editor is not None:
                self.window.editor.focus_heading()

    def add_section(self) -> None:
        """New section after the current one (at the end when on the document item)."""
        if self.session is not None:
            self._after_insert(self.session.add_sibling_after(self.session.current_section_id))

    def add_subsection(self) -> None:
        """New last child of the current section."""
        if self.session is not None:
            self._after_insert(self.session.add_child(self.session.current_section_id))

    def delete_section(self) -> None:
        """Delete the current section after asking, naming it."""
        s = self.session
        if s is None or not s.current_section_id or s.readonly:
            return
        ref = find(s.policy, s.current_section_id)
        below = sum(1 for _ in iter_sections(ref.section.children))
        text = (
            QCoreApplication.translate("Controller", "Delete section %1 “%2”?")
            .replace("%1", ref.number)
            .replace("%2", ref.section.heading)
        )
        if below:
            text += " " + (
                QCoreApplication.translate("Controller", "Its subsection will be deleted too.")
                if below == 1
                else QCoreApplication.translate(
                    "Controller", "Its %n subsections will be deleted too."
                ).replace("%n", str(below))
            )
        text += " " + QCoreApplication.translate("Controller", "You can undo this.")
        if not self.dialogs.confirm(
            self.window,
            QCoreApplication.translate("Controller", "Delete Section"),
            text,
            QCoreApplication.translate("Controller", "Delete"),
        ):
            return
        siblings = ref.parent.children if ref.parent else s.policy.sections
        neighbour = (
            siblings[ref.index - 1].id
            if ref.index > 0
            else siblings[1].id
            if len(siblings) > 1
            else (ref.parent.id if ref.parent else "")
        )
        if s.remove_section(ref.section.id):
            s.set_current(neighbour)

    def rename_section(self) -> None:
        """Edit the current heading (in the editor's heading field)."""
        if self.window.editor is not None and self.session and self.session.current_section_id:
            self.window.editor.focus_heading()

    def _structural(self, name: str) -> None:
        s = self.session
        if s is not None and s.current_section_id and not s.readonly:
            getattr(s, name)(s.current_section_id)
            if self.window.outline is not None:
                self.window.outline.setFocus()

    # -- find ---------------------------------------------------------------
    def show_find(self) -> None:
        """Open the find panel, seeded with the selection."""
        self.window.find_dock.show()
        self.window.find_dock.raise_()
        selected = ""
        if self.window.editor is not None:
            selected = self.window.editor.body_edit.textCursor().selectedText()
        self.window.find_panel.start(selected)

    def find_next(self) -> None:
        """Jump to the next match in the list."""
        panel = self.window.find_panel
        if not panel.matches():
            self.show_find()
            return
        row = (panel.results.currentRow() + 1) % panel.results.count()
        panel.results.setCurrentRow(row)
        self.go_to_match(panel.matches()[row])

    def go_to_match(self, match: search.Match) -> None:
        """Show the section of ``match`` with the match selected."""
        s = self.session
        if s is None or self.window.editor is None:
            return
        s.set_current(match.section_id)
        editor = self.window.editor
        if match.field == search.BODY:
            editor.select_in_body(match.start, match.length)
            editor.body_edit.setFocus()
        elif match.field == search.HEADING:
            editor.heading_edit.setSelection(match.start, match.length)
            editor.heading_edit.setFocus()
