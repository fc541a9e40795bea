"""Section and find commands of the editor window (a mixin of EditorController).

Add, delete (asking first, naming the section), rename, move and indent the
current section through the session, and jump to find results. Every change
is an undo command; the outline and editor follow the session's signals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from policyeditor.app import search
from policyeditor.core.model import find, iter_sections
from policyeditor.ui.controller_host import ControllerHost


class SectionCommands(ControllerHost):
    """Structure of the document and find/replace navigation."""

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
