"""Red wavy underlines under the misspelt words of the body editor, as in Word.

Extra selections, not a syntax highlighter: they are set once per check (after
a pause in typing), so no keystroke pays for them, and the Markdown
highlighter's colours stay as they are.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from policyeditor.core.lint import tokens

MISSPELT = QColor("#d0021b")


def underline(edit: QPlainTextEdit, words: list[tokens.Word]) -> None:
    """Underline ``words`` (offsets into ``edit``'s text); every other underline goes."""
    selections = []
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(MISSPELT)
    text = edit.toPlainText()
    for word in words:
        if text[word.start:word.end] != word.text:
            continue  # the text changed since the check; the next one corrects it
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(qt_offset(text, word.start))
        cursor.setPosition(qt_offset(text, word.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    edit.setExtraSelections(selections)


def qt_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 units: a character beyond the BMP (an emoji) counts twice."""
    head = text[:index]
    return index + sum(1 for c in head if ord(c) > 0xFFFF)


def word_at(words: list[tokens.Word], position: int) -> tokens.Word | None:
    """The underlined word at a text position, if any."""
    for word in words:
        if word.start <= position <= word.end:
            return word
    return None
