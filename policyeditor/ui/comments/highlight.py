"""Commented words get a soft background in the section editor.

The marks are extra selections of the body field, tagged with a private
format property so selections other features put there are left alone. They
are rebuilt from the model per section — when another section is shown, a
comment changes, or shortly after typing stops — never on the keystroke
itself: between two rebuilds Qt's own cursors carry the marks along with the
text being typed.

Offsets in the model count Python characters, Qt counts UTF-16 units; the
two differ after an emoji, so positions are converted both ways here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from policyeditor.core.comments.anchor import placed
from policyeditor.core.model import Section

#: Marks our selections among the body field's extra selections.
COMMENT_PROPERTY = int(QTextFormat.Property.UserProperty) + 0x18C
OPEN_COLOUR = QColor("#fdeaa8")
CHOSEN_COLOUR = QColor("#f7c948")
RESOLVED_COLOUR = QColor("#ececec")
REFRESH_MS = 300


def qt_offset(text: str, index: int) -> int:
    """Python index into ``text`` → Qt (UTF-16) position."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def py_offset(text: str, position: int) -> int:
    """Qt (UTF-16) position in ``text`` → Python index."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def spans(section: Section) -> list[tuple[str, int, int, bool]]:
    """(comment id, start, end, resolved) of each comment placed on the body."""
    out = []
    for comment in section.comments:
        span = placed(comment, section.body)
        if span is not None:
            out.append((comment.id, span[0], span[1], comment.resolved))
    return out


class CommentHighlight(QObject):
    """Keeps one body field's comment marks in step with one section's comments."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._field: QPlainTextEdit | None = None
        self._section: Section | None = None
        self.chosen = ""  # id of the thread chosen in the panel: marked stronger
        self._marks = False  # whether the field shows marks of ours (to clear them)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def show(self, field: QPlainTextEdit | None, section: Section | None) -> None:
        """Mark ``section``'s comments in ``field`` now (None: clear)."""
        self._field, self._section = field, section
        self.refresh()

    def text_changed(self) -> None:
        """The body was edited: re-read the anchors once typing pauses."""
        if self._section is not None and (self._section.comments or self._marks):
            self._timer.start()

    def refresh(self) -> None:
        """Rebuild the marks from the model."""
        self._timer.stop()
        field = self._field
        if field is None:
            return
        others = [s for s in field.extraSelections()
                  if not s.format.hasProperty(COMMENT_PROPERTY)]
        section = self._section
        text = field.toPlainText()
        mine: list[QTextEdit.ExtraSelection] = []
        if section is not None and text == section.body:
            for comment_id, start, end, resolved in spans(section):
                fmt = QTextCharFormat()
                colour = (CHOSEN_COLOUR if comment_id == self.chosen
                          else RESOLVED_COLOUR if resolved else OPEN_COLOUR)
                fmt.setBackground(colour)
                fmt.setProperty(COMMENT_PROPERTY, comment_id)
                cursor = QTextCursor(field.document())
                cursor.setPosition(qt_offset(text, start))
                cursor.setPosition(qt_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                mine.append(selection)
        elif section is not None and section.comments:
            self._timer.start()  # the field is catching up with the model: try again
            return
        field.setExtraSelections(others + mine)
        self._marks = bool(mine)

    def marked_texts(self) -> list[str]:
        """The words marked now (tests, accessibility)."""
        field = self._field
        if field is None:
            return []
        return [s.cursor.selectedText() for s in field.extraSelections()
                if s.format.hasProperty(COMMENT_PROPERTY)]
