"""Light Markdown syntax highlighting for the body editor.

Only what helps while drafting: headings, list markers, emphasis, inline code,
links and quotes are tinted; the text itself stays plain so spelling tools and
copy/paste see exactly what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(
    color: str, *, bold: bool = False, italic: bool = False, mono: bool = False
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if mono:
        fmt.setFontFamilies(["monospace"])
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    """Tints Markdown markup; one regex pass per changed line."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._rules: list[tuple[QRegularExpression, QTextCharFormat]] = [
            (QRegularExpression(r"^#{1,6}\s.*$"), _format("#1f4e79", bold=True)),
            (QRegularExpression(r"^\s*(?:[-*+]|\d+[.)])\s"), _format("#b35900", bold=True)),
            (QRegularExpression(r"^\s*>.*$"), _format("#5d6d7e", italic=True)),
            (QRegularExpression(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), _format("#1b2631", bold=True)),
            (
                QRegularExpression(r"(?<![*\w])\*[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!_)"),
                _format("#1b2631", italic=True),
            ),
            (QRegularExpression(r"`[^`\n]+`"), _format("#7d3c98", mono=True)),
            (QRegularExpression(r"\[[^\]\n]*\]\([^)\n]*\)"), _format("#1a5fb4")),
            (QRegularExpression(r"^\|.*\|\s*$"), _format("#117864")),
        ]

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in self._rules:
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), fmt)
