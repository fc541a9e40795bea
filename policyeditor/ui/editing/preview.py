"""The live preview: the whole policy as it will be published, updated per section.

Each section lives in its own QTextFrame of one QTextDocument, holding the
document renderer's HTML of that section for Qt (the same markup and
stylesheet the PDF lays out). Typing in a section replaces only that frame's
content (bodies are rendered cached by content, so the cost is one small
Markdown conversion plus a local relayout);
structural changes rebuild the frames, coalesced to once per event-loop turn.
The pane scrolls to the section being edited.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from policyeditor.app.session import DocumentSession
from policyeditor.core.model import walk
from policyeditor.core.render.document.sections import draft_head_html, section_html
from policyeditor.core.render.style import stylesheet
from policyeditor.core.render.target import Target

DOC_KEY = ""  # frame of the title and preamble
FIRST_CHUNK = 40  # sections laid out before the window shows (a screenful and more)
CHUNK_SECONDS = 0.008  # layout work per later event-loop turn: typing stays fluid


class PreviewPane(QTextBrowser):
    """Read-only rendering of the session's policy."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self._session = session
        self._frames: dict[str, QTextFrame] = {}  # frames of the document on screen
        self._staging: QTextDocument | None = None  # document being laid out
        self._staging_frames: dict[str, QTextFrame] = {}
        self.setOpenLinks(False)  # nothing in a preview may reach the network
        self.setOpenExternalLinks(False)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._pending: list[str] = []
        self._scroll_target = ""
        self._frame_format = QTextFrameFormat()
        self._frame_format.setBottomMargin(4)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill)
        session.section_changed.connect(self.update_section)
        session.preamble_changed.connect(self._update_doc_frame)
        session.metadata_changed.connect(self._update_doc_frame)
        session.structure_changed.connect(self._rebuild_timer.start)
        session.current_changed.connect(self.scroll_to_section)
        self.rebuild()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setAccessibleName(QCoreApplication.translate("Preview", "Preview"))
        self.setAccessibleDescription(
            QCoreApplication.translate("Preview", "The policy as it will be published")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- html of the parts ---------------------------------------------
    def _doc_html(self) -> str:
        # A frame needs some content, even for an untitled policy without preamble.
        return draft_head_html(self._session.policy, Target.QT) or "&nbsp;"

    def _section_html(self, section_id: str) -> str:
        section = self._session.section(section_id)
        number = self._session.number_of(section_id)
        return section_html(number, section.heading, number.count("."), section.body, Target.QT)

    # -- building and updating -----------------------------------------
    def _new_document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDefaultStyleSheet(stylesheet(Target.QT))
        doc.setDocumentMargin(18)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        return doc

    def rebuild(self) -> None:
        """Lay out the preview afresh (start, structure changes).

        The new layout is built in a separate document, a screenful at once and
        the rest in small chunks on later event-loop turns; the visible preview
        stays as it is until the new one is complete and then swaps in,
        scrolled to the section being edited. So opening a large handbook shows
        the window at once, a move never flashes the preview back to the top,
        and typing never waits for sections far away.
        """
        self._rebuild_timer.stop()
        self._fill_timer.stop()
        if self._staging is not None and self._staging is not self.document():
            self._staging.deleteLater()
        self._staging = self._new_document()
        self._staging_frames = {}
        cursor = QTextCursor(self._staging)
        self._staging_frames[DOC_KEY] = cursor.insertFrame(self._frame_format)
        cursor.insertHtml(self._doc_html())
        self._pending = [ref.section.id for ref in walk(self._session.policy)]
        self._pending.reverse()  # pop() from the end is O(1)
        if not self._frames:
            self._swap()  # nothing on screen yet: show it while it fills
        self._fill(FIRST_CHUNK)

    def _swap(self) -> None:
        assert self._staging is not None
        old = self.document()
        ours = old.parent() is self  # the first, built-in document belongs to Qt
        self.setDocument(self._staging)
        self._frames = self._staging_frames
        if ours and old is not self._staging and shiboken6.isValid(old):
            old.deleteLater()  # setDocument keeps it alive: a handbook layout is ~60 MB

    def _fill(self, count: int | None = None) -> None:
        """Lay out ``count`` sections, or as many as fit in one time slice."""
        if self._staging is None:
            return
        cursor = QTextCursor(self._staging)
        deadline = time.perf_counter() + CHUNK_SECONDS
        while self._pending and (count > 0 if count is not None
                                 else time.perf_counter() < deadline):
            section_id = self._pending.pop()
            if count is not None:
                count -= 1
            if not self._session.has_section(section_id):
                continue
            cursor.movePosition(QTextCursor.MoveOperation.End)
            frame = cursor.insertFrame(self._frame_format)
            cursor.insertHtml(self._section_html(section_id))
            self._staging_frames[section_id] = frame
        if self._pending:
            self._fill_timer.start()
            return
        if self._staging is not self.document():
            self._swap()
            self._scroll_target = self._session.current_section_id
        if self._scroll_target in self._frames:
            self.scroll_to_section(self._scroll_target)

    @property
    def complete(self) -> bool:
        """Every section is laid out (no chunk is pending)."""
        return (not self._pending and not self._rebuild_timer.isActive()
                and self._staging is self.document())

    def _replace(self, frame: QTextFrame, content: str) -> None:
        cursor = QTextCursor(frame.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        # The block left behind keeps the format of a removed one, list membership
        # included: without this, a section whose text has a bullet list gets its
        # heading drawn as a bullet after the first keystroke.
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        cursor.insertHtml(content)
        cursor.endEditBlock()

    def _frames_of(self, key: str) -> list[QTextFrame]:
        """The frame of ``key`` on screen and, while a new layout is built, in it too."""
        found = [self._frames.get(key)]
        if self._staging is not None and self._staging is not self.document():
            found.append(self._staging_frames.get(key))
        return [frame for frame in found if frame is not None]

    def update_section(self, section_id: str) -> None:
        """Re-render one section (its heading or body changed)."""
        frames = self._frames_of(section_id)
        if not frames or not self._session.has_section(section_id):
            return
        content = self._section_html(section_id)
        for frame in frames:
            self._replace(frame, content)

    def _update_doc_frame(self) -> None:
        content = self._doc_html()
        for frame in self._frames_of(DOC_KEY):
            self._replace(frame, content)

    def section_text(self, section_id: str) -> str:
        """Plain text the preview shows for one section (tests, accessibility)."""
        frame = self._frames.get(section_id)
        if frame is None:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u00a0", " ")

    def scroll_to_section(self, section_id: str) -> None:
        """Bring the section being edited to the top of the pane."""
        frame = self._frames.get(section_id)
        self._scroll_target = section_id if frame is None else ""
        if frame is None:
            return  # not laid out yet: scrolled there when its chunk arrives
        rect = self.document().documentLayout().frameBoundingRect(frame)
        self.verticalScrollBar().setValue(max(int(rect.top()) - 10, 0))
