"""QUndoCommand wrappers around the invertible edits of ``policyeditor.core.edits``.

A command keeps the edit to (re)do and the inverse the model handed back, so
undo is exact. Typing is merged: consecutive edits of the same text field
(one section's body, one heading, the preamble...) become one undo step while
the user keeps typing; a pause, a paragraph break or an autosave (the clean
state) starts a new step, which matches how word processors chunk typing.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from policyeditor.core.edits import Edit, EditError


class EditTarget(Protocol):
    """What a command applies its edit to (the document session).

    A protocol rather than the session class itself: the session creates the
    commands, so naming it here would tie the two modules in an import circle.
    """

    def execute(self, edit: Edit) -> Edit:
        """Apply ``edit`` to the document and return its inverse."""
        ...

TYPING_ID = 0x7E57  # any fixed id: Qt only merges commands that share it
MERGE_WINDOW_S = 1.5


class EditCommand(QUndoCommand):
    """One undoable document change."""

    def __init__(
        self,
        session: EditTarget,
        edit: Edit,
        text: str,
        merge_key: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._edit = edit
        self._inverse: Edit | None = None
        self._merge_key = merge_key
        self._last_time = time.monotonic()
        self.failed: EditError | None = None

    def id(self) -> int:
        return TYPING_ID if self._merge_key is not None else -1

    def redo(self) -> None:
        try:
            self._inverse = self._session.execute(self._edit)
        except EditError as exc:
            # Refused before anything changed; an obsolete command is dropped by push().
            self.failed = exc
            self.setObsolete(True)

    def undo(self) -> None:
        if self._inverse is not None:
            self._edit = self._session.execute(self._inverse)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._merge_key != self._merge_key:
            return False
        if other._last_time - self._last_time > MERGE_WINDOW_S:
            return False
        if _paragraph_breaks(other._edit) > _paragraph_breaks(self._edit):
            return False
        # Keep our inverse (the value before typing began), take the newest value.
        self._edit = other._edit
        self._last_time = other._last_time
        if self._edit == self._inverse:
            self.setObsolete(True)  # typed and erased back: nothing to undo
        return True


def _paragraph_breaks(edit: Edit) -> int:
    text = getattr(edit, "body", None) or getattr(edit, "preamble", None) or ""
    return text.count("\n\n") if isinstance(text, str) else 0
