"""The text panes of the compare view: anchors, evidence highlight, synchronised scrolling.

Each pane is a read-only QTextBrowser showing the redline renderer's rich
text (:mod:`policyeditor.core.render.redline.panes`) with the generated Qt
stylesheet; every change carries the anchor ``c<index>`` in every pane. Side
by side, the two panes scroll together section by section: the position
inside the section at the top of one pane is mapped to the same fraction of
that section in the other, so a long insertion on the right does not drag the
left pane out of step.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.panes import TOGGLE_SCHEME, search_variants
from policyeditor.core.render.style import stylesheet
from policyeditor.core.render.target import Target

HIGHLIGHT = QColor(PALETTE.highlight)


def anchor_positions(document: QTextDocument) -> dict[str, int]:
    """Anchor name → character position of the first text carrying it."""
    out: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                for name in fragment.charFormat().anchorNames():
                    out.setdefault(name, fragment.position())
            iterator += 1
        block = block.next()
    return out


class RedlinePane(QTextBrowser):
    """One read-only pane of the redline."""

    toggle_requested = Signal(int)  # index of an unchanged section to fold/unfold

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self._anchors: dict[str, int] | None = None
        self.document().setDocumentMargin(14)
        self.document().setDefaultStyleSheet(stylesheet(Target.QT))

    def show_html(self, text: str) -> None:
        """Replace the content, keeping the scroll position."""
        value = self.verticalScrollBar().value()
        self.setHtml(text)
        self._anchors = None
        self.verticalScrollBar().setValue(value)

    def anchors(self) -> dict[str, int]:
        """Anchor positions of the current content (computed once per content)."""
        if self._anchors is None:
            self._anchors = anchor_positions(self.document())
        return self._anchors

    def anchor_y(self, name: str) -> float | None:
        """Vertical position of an anchor in document pixels (None if absent)."""
        position = self.anchors().get(name)
        if position is None:
            return None
        block = self.document().findBlock(position)
        return float(self.document().documentLayout().blockBoundingRect(block).top())

    def go_to(self, name: str) -> None:
        """Scroll so that the anchor ``name`` is at the top."""
        y = self.anchor_y(name)
        if y is not None:
            self.verticalScrollBar().setValue(int(y))

    def highlight(self, start_anchor: str, end_anchor: str | None, quotes: list[str]) -> bool:
        """Highlight the first quote found between two anchors; True if one was found.

        When no quote is found (diff marks may split the words), the section
        heading is highlighted instead so the reader still sees where to look.
        """
        anchors = self.anchors()
        start = anchors.get(start_anchor)
        if start is None:
            self.setExtraSelections([])
            return False
        end = anchors.get(end_anchor or "", self.document().characterCount())
        found: QTextCursor | None = None
        for quote in quotes:
            for variant in search_variants(quote):
                cursor = self.document().find(variant, start)
                if not cursor.isNull() and cursor.selectionEnd() <= end:
                    found = cursor
                    break
            if found is not None:
                break
        exact = found is not None
        if found is None:
            found = QTextCursor(self.document().findBlock(start))
            found.select(QTextCursor.SelectionType.BlockUnderCursor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selection.format = fmt
        selection.cursor = found
        self.setExtraSelections([selection])
        self.go_to(start_anchor)
        caret = QTextCursor(found)
        caret.setPosition(found.selectionStart())
        self.setTextCursor(caret)
        self.ensureCursorVisible()
        return exact

    def highlighted_text(self) -> str:
        """Text currently highlighted (tests and accessibility)."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == TOGGLE_SCHEME and url.path().isdigit():
            self.toggle_requested.emit(int(url.path()))


class ScrollSync(QObject):
    """Keeps two panes scrolled to the same place, section by section."""

    def __init__(
        self, left: RedlinePane, right: RedlinePane, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.enabled = True
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda v: self._follow(left, right, v))
        right.verticalScrollBar().valueChanged.connect(lambda v: self._follow(right, left, v))

    @staticmethod
    def _marks(pane: RedlinePane, names: list[str]) -> list[float]:
        return [pane.anchor_y(name) or 0.0 for name in names]

    def _follow(self, source: RedlinePane, target: RedlinePane, value: int) -> None:
        if self._busy or not self.enabled:
            return
        names = sorted(set(source.anchors()) & set(target.anchors()),
                       key=lambda n: source.anchors()[n])
        src = [0.0, *self._marks(source, names), float(source.document().size().height())]
        dst = [0.0, *self._marks(target, names), float(target.document().size().height())]
        # Align the middle of the panes, where the reader looks; the ends stay ends.
        source_bar, target_bar = source.verticalScrollBar(), target.verticalScrollBar()
        middle = value + source.viewport().height() / 2
        index = max(0, min(bisect.bisect_right(src, middle) - 1, len(src) - 2))
        span = src[index + 1] - src[index]
        fraction = (middle - src[index]) / span if span > 0 else 0.0
        mapped = dst[index] + fraction * (dst[index + 1] - dst[index])
        wanted = round(mapped - target.viewport().height() / 2)
        if value <= source_bar.minimum():
            wanted = target_bar.minimum()
        elif value >= source_bar.maximum():
            wanted = target_bar.maximum()
        self._busy = True
        try:
            target_bar.setValue(wanted)
        finally:
            self._busy = False
