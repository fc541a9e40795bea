"""The document session: one Policy, its undo stack and fine-grained signals.

Widgets never change the model: they call the session's edit methods, which
push undo commands; the commands run ``execute`` and the session announces
exactly what changed (one section, the structure, the preamble...) so each view
redraws only its affected part. "Modified" follows the undo stack's clean state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from policyeditor.app.undo_commands import EditCommand
from policyeditor.core import edits
from policyeditor.core.comments.edits import CommentEdit
from policyeditor.core.edits import Edit, EditError
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy, Section, find, siblings, walk

_TEXT_EDITS = (
    edits.SetBody, edits.SetHeading, edits.SetPreamble, edits.SetTitle, edits.SetLanguage,
    edits.SetMetadata, CommentEdit,
)


class ReadOnlyError(PolicyEditorError):
    """The document is a saved version opened read-only."""

    code = "document.read-only"


class DocumentSession(QObject):
    """A policy being edited (or viewed read-only) with undo/redo."""

    section_changed = Signal(str)  # heading or body of one section (id)
    comments_changed = Signal(str)  # a comment of one section added, answered, resolved...
    section_inserted = Signal(str)  # id; its subtree is in place
    section_removed = Signal(str, str, int)  # id, former parent id ('' = top), index
    section_moved = Signal(str, str, int)  # id, former parent id, former index
    structure_changed = Signal()  # after any insert/remove/move/reset
    preamble_changed = Signal()
    metadata_changed = Signal()  # title, language or a metadata value
    document_reset = Signal()  # the whole policy was replaced
    changed = Signal()  # any document change (autosave, status bar)
    modified_changed = Signal(bool)
    current_changed = Signal(str)  # section id being edited ('' = the document itself)
    file_changed = Signal()  # path, workspace or read-only state changed

    def __init__(
        self,
        policy: Policy,
        *,
        path: str | None = None,
        workspace: Any = None,
        readonly: bool = False,
        version_label: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self.path = path
        self.workspace = workspace
        self.readonly = readonly
        self.version_label = version_label
        self.source_format: str | None = None
        # The file an unsaved document was imported from (or the sample): its crash
        # recovery copy is offered again when that file is opened.
        self.source_path = ""
        self._current = ""
        # id -> (section, number); rebuilt lazily after structural edits only, so a
        # keystroke in an 800-section handbook never walks the whole tree.
        self._index: dict[str, tuple[Section, str]] | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def dispose(self) -> None:
        """Silence the session before it goes away (the undo stack signals while dying)."""
        self.undo_stack.blockSignals(True)
        self.blockSignals(True)

    # -- state ----------------------------------------------------------
    @property
    def policy(self) -> Policy:
        """The live model (read it; change it only through the edit methods)."""
        return self._policy

    @property
    def is_modified(self) -> bool:
        """True when there are changes not yet written to the workspace."""
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        """The current state is on disk."""
        self.undo_stack.setClean()

    def attach(self, path: str | None, workspace: Any) -> None:
        """The document now lives in ``workspace`` at ``path`` (after Save As)."""
        self.path = path
        self.workspace = workspace
        self.file_changed.emit()

    @property
    def current_section_id(self) -> str:
        """Id of the section being edited, '' for the document properties."""
        return self._current

    def set_current(self, section_id: str) -> None:
        """Make ``section_id`` the section being edited ('' for the document)."""
        if section_id and not self.has_section(section_id):
            section_id = ""
        if section_id != self._current:
            self._current = section_id
            self.current_changed.emit(section_id)

    def _lookup(self) -> dict[str, tuple[Section, str]]:
        if self._index is None:
            self._index = {ref.section.id: (ref.section, ref.number) for ref in walk(self._policy)}
        return self._index

    def has_section(self, section_id: str) -> bool:
        """Whether a section with this id exists."""
        return section_id in self._lookup()

    def section(self, section_id: str) -> Section:
        """The section with ``section_id`` (KeyError if absent)."""
        return self._lookup()[section_id][0]

    def number_of(self, section_id: str) -> str:
        """Derived number such as ``1.2`` ('' if absent)."""
        entry = self._lookup().get(section_id)
        return entry[1] if entry else ""

    # -- the single entry point for commands ---------------------------
    def execute(self, edit: Edit) -> Edit:
        """Apply ``edit`` (called by undo commands only), announce it, return the inverse."""
        inverse = self._apply_text(edit) or edit.apply(self._policy)
        if not isinstance(edit, _TEXT_EDITS):
            self._index = None  # numbers or membership may have changed
        self._announce(edit, inverse)
        self.changed.emit()
        return inverse

    def _apply_text(self, edit: Edit) -> Edit | None:
        """Typing goes through the id index instead of a walk over the tree (16 ms
        keystroke budget); the change and its inverse are the core edit's own."""
        if isinstance(edit, edits.SetBody | edits.SetHeading) and edit.section_id in self._lookup():
            return edit.apply_to(self.section(edit.section_id))
        return None

    def _announce(self, edit: Edit, inverse: Edit) -> None:
        if isinstance(edit, edits.SetBody | edits.SetHeading):
            self.section_changed.emit(edit.section_id)
        elif isinstance(edit, edits.InsertSection):
            self.section_inserted.emit(edit.section.id)
            self.structure_changed.emit()
        elif isinstance(edit, edits.RemoveSection) and isinstance(inverse, edits.InsertSection):
            self.section_removed.emit(edit.section_id, inverse.parent_id or "", inverse.index)
            if self._current and not self.has_section(self._current):
                self.set_current("")
            self.structure_changed.emit()
        elif isinstance(edit, edits.MoveSection) and isinstance(inverse, edits.MoveSection):
            self.section_moved.emit(edit.section_id, inverse.parent_id or "", inverse.index)
            self.structure_changed.emit()
        elif isinstance(edit, CommentEdit):
            self.comments_changed.emit(edit.section_id)
        elif isinstance(edit, edits.SetPreamble):
            self.preamble_changed.emit()
        elif isinstance(edit, edits.SetTitle | edits.SetLanguage | edits.SetMetadata):
            self.metadata_changed.emit()
        elif (
            isinstance(edit, edits.Compound)
            and isinstance(inverse, edits.Compound)
            and not any(
                isinstance(e, edits.InsertSection | edits.RemoveSection | edits.MoveSection)
                for e in edit.edits
            )
        ):
            # Text-only batches (replace all) are announced edit by edit: views stay incremental.
            for sub, sub_inverse in zip(edit.edits, reversed(inverse.edits), strict=True):
                self._announce(sub, sub_inverse)
        else:  # structural batches (restore a version) redraw everything once
            if self._current and not self.has_section(self._current):
                self._current = ""
            self.document_reset.emit()
            self.structure_changed.emit()

    def _push(self, edit: Edit, text: str, merge_key: tuple[str, ...] | None = None) -> bool:
        if self.readonly:
            raise ReadOnlyError()
        command = EditCommand(self, edit, text, merge_key)
        self.undo_stack.push(command)
        return command.failed is None

    # -- text edits (merged while typing) ------------------------------
    def set_body(self, section_id: str, body: str) -> None:
        """Replace a section's body (typing)."""
        if self.section(section_id).body != body:
            self._push(edits.SetBody(section_id, body), self.tr("Typing"), ("body", section_id))

    def set_heading(self, section_id: str, heading: str) -> None:
        """Rename a section."""
        if self.section(section_id).heading != heading:
            self._push(
                edits.SetHeading(section_id, heading),
                self.tr("Rename section"),
                ("heading", section_id),
            )

    def set_preamble(self, text: str) -> None:
        """Replace the untitled text before section 1."""
        if self._policy.preamble != text:
            self._push(edits.SetPreamble(text), self.tr("Edit preamble"), ("preamble",))

    def set_title(self, title: str) -> None:
        """Change the policy title."""
        if self._policy.title != title:
            self._push(edits.SetTitle(title), self.tr("Change title"), ("title",))

    def set_language(self, language: str) -> None:
        """Change the document language."""
        if self._policy.language != language:
            self._push(edits.SetLanguage(language), self.tr("Change language"))

    def set_metadata(self, key: str, value: str | None) -> None:
        """Set (None: delete) a metadata value such as ``organisation``."""
        if value == "":
            value = None
        if self._policy.metadata.get(key) != value:
            self._push(edits.SetMetadata(key, value), self.tr("Edit details"), ("meta", key))

    # -- structure -------------------------------------------------------
    def insert_section(
        self, parent_id: str | None, index: int, section: Section | None = None
    ) -> str | None:
        """Insert a (new, empty) section; returns its id or None if refused."""
        section = section or Section(heading=self.tr("New section"))
        ok = self._push(edits.InsertSection(parent_id, index, section), self.tr("Add section"))
        return section.id if ok else None

    def add_sibling_after(self, section_id: str) -> str | None:
        """A new section right after ``section_id`` ('' → at the end of the top level)."""
        if not section_id:
            return self.insert_section(None, len(self._policy.sections))
        ref = find(self._policy, section_id)
        return self.insert_section(ref.parent.id if ref.parent else None, ref.index + 1)

    def add_child(self, section_id: str) -> str | None:
        """A new last child of ``section_id`` ('' → a new top-level section)."""
        if not section_id:
            return self.insert_section(None, len(self._policy.sections))
        return self.insert_section(section_id, len(self.section(section_id).children))

    def remove_section(self, section_id: str) -> bool:
        """Delete a section and its subsections."""
        return self._push(edits.RemoveSection(section_id), self.tr("Delete section"))

    def move_section(self, section_id: str, parent_id: str | None, index: int) -> bool:
        """Move a section (drag and drop); False if the move is impossible."""
        return self._push(edits.MoveSection(section_id, parent_id, index), self.tr("Move section"))

    def _structural(self, helper: Any, section_id: str, text: str) -> bool:
        try:
            move = helper(self._policy, section_id)
        except EditError:
            return False
        return self._push(move, text)

    def indent(self, section_id: str) -> bool:
        """Make the section a subsection of the one before it."""
        return self._structural(edits.indent, section_id, self.tr("Indent section"))

    def outdent(self, section_id: str) -> bool:
        """Move the section one level up."""
        return self._structural(edits.outdent, section_id, self.tr("Outdent section"))

    def move_up(self, section_id: str) -> bool:
        """Swap with the previous sibling."""
        return self._structural(edits.move_up, section_id, self.tr("Move section up"))

    def move_down(self, section_id: str) -> bool:
        """Swap with the next sibling."""
        return self._structural(edits.move_down, section_id, self.tr("Move section down"))

    def replace_document(self, policy: Policy, text: str) -> bool:
        """Replace the whole content by ``policy`` as one undoable step (restore, import)."""
        ops: list[Edit] = [edits.RemoveSection(s.id) for s in list(self._policy.sections)]
        ops += [edits.InsertSection(None, i, s.clone()) for i, s in enumerate(policy.sections)]
        ops += [
            edits.SetTitle(policy.title),
            edits.SetLanguage(policy.language),
            edits.SetPreamble(policy.preamble),
        ]
        keys = set(self._policy.metadata) | set(policy.metadata)
        ops += [edits.SetMetadata(k, policy.metadata.get(k)) for k in sorted(keys)]
        return self._push(edits.Compound(ops), text)

    # -- queries used by several views --------------------------------
    def parent_id_of(self, section_id: str) -> str:
        """Parent's id ('' at top level)."""
        ref = find(self._policy, section_id)
        return ref.parent.id if ref.parent else ""

    def children_ids(self, parent_id: str) -> list[str]:
        """Ids of the children of ``parent_id`` ('' = top level)."""
        parent = self.section(parent_id) if parent_id else None
        return [s.id for s in siblings(self._policy, parent)]

    def ordered_ids(self) -> list[str]:
        """All section ids in document order."""
        return [ref.section.id for ref in walk(self._policy)]

    def apply_edits(self, changes: list[Edit], text: str) -> bool:
        """Several text edits (find/replace) as one undo step."""
        if not changes:
            return False
        if len(changes) == 1:
            return self._push(changes[0], text)
        return self._push(edits.Compound(list(changes)), text)
