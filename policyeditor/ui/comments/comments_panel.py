"""The Comments panel: every thread of the document, section by section.

A section with comments is one row (number and heading); under it each thread
shows who wrote it and when, the quoted words and the text, with its replies
under it. Resolved threads are greyed and say so; a thread whose words were
deleted says that too (it stays listed). The buttons act on the chosen
thread: Reply, Resolve/Reopen, Delete; choosing a thread asks the commands to
select its words in the editor. The panel only shows and asks — every change
goes through the session as an undoable edit (``ui.comments.commands``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from policyeditor.core.model import Comment, Policy, walk
from policyeditor.ui.common.naming import named
from policyeditor.ui.versions.versions_panel import local_time

#: Item data: (section id, comment id) of a thread or reply row; None on a section row.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#6b6b6b")


def thread_text(comment: Comment) -> str:
    """A thread's row: who and when, its state, the quoted words, the text."""
    head = " · ".join(p for p in (comment.author, local_time(comment.created)
                                  if comment.created else "") if p)
    state = []
    if comment.resolved:
        state.append(QCoreApplication.translate("CommentsPanel", "Resolved"))
    if comment.detached:
        state.append(QCoreApplication.translate("CommentsPanel", "Words deleted"))
    if state:
        head += f"  [{', '.join(state)}]"
    quote = " ".join(comment.quote.split())
    if len(quote) > 80:
        quote = quote[:78] + "…"
    quoted = QCoreApplication.translate("CommentsPanel", "“%1”").replace("%1", quote)
    lines = [head, quoted if quote else "", comment.text]
    return "\n".join(line for line in lines if line)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column (a tree sizes rows unwrapped)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        # the text's own margins in the row: a few pixels each side
        width = self._tree.viewport().width() - depth * self._tree.indentation() - 12
        text = str(index.data() or "")
        if width <= 40 or not text:
            return hint
        metrics = QFontMetrics(option.font)
        bounds = metrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                      int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


class CommentsPanel(QWidget):
    """Tree of sections → threads → replies, with the thread buttons."""

    thread_chosen = Signal(str, str)  # section id, comment id
    reply_requested = Signal(str, str)
    resolve_requested = Signal(str, str, bool)  # ..., resolved
    delete_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments_panel")
        self.tree = named(QTreeWidget(), "comments_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        # Whole texts, wrapped to the panel's width (rows are re-measured on resize).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        self.tree.viewport().installEventFilter(self)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        # Del on a chosen thread deletes it, as the button does (undoable, so no question).
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_pressed)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.show_resolved = named(QCheckBox(), "comments_show_resolved")
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _on: self._fill())
        self.reply_button = named(QPushButton(), "comment_reply")
        self.resolve_button = named(QPushButton(), "comment_resolve")
        self.delete_button = named(QPushButton(), "comment_delete")
        self.reply_button.clicked.connect(lambda: self._ask(self.reply_requested))
        self.resolve_button.clicked.connect(self._resolve_clicked)
        self.delete_button.clicked.connect(lambda: self._ask(self.delete_requested))
        buttons = QHBoxLayout()
        for widget in (self.reply_button, self.resolve_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.tree, 1)
        box.addLayout(buttons)
        self._policy: Policy | None = None
        self._readonly = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.reply_button.setText(QCoreApplication.translate("CommentsPanel", "&Reply…"))
        self.delete_button.setText(QCoreApplication.translate("CommentsPanel", "&Delete"))
        self.show_resolved.setText(QCoreApplication.translate("CommentsPanel", "Show resolved"))
        self.tree.setAccessibleName(QCoreApplication.translate("CommentsPanel", "Comments"))
        self._update_buttons()
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # wrapped rows get the height of the new width
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -----------------------------------------------------------------
    def set_policy(self, policy: Policy | None, readonly: bool = False) -> None:
        """Show the threads of ``policy`` (None: nothing open)."""
        self._policy, self._readonly = policy, readonly
        self._fill()

    def refresh(self) -> None:
        """Re-read the threads (a comment was added, answered, resolved, deleted…)."""
        self._fill()

    def _fill(self) -> None:
        chosen = self.chosen()
        self.tree.blockSignals(True)
        self.tree.clear()
        again: QTreeWidgetItem | None = None
        for ref in walk(self._policy) if self._policy is not None else []:
            threads = [c for c in ref.section.comments
                       if self.show_resolved.isChecked() or not c.resolved]
            if not threads:
                continue
            heading = QTreeWidgetItem([f"{ref.number}\u2002{ref.section.heading}"])
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            for comment in threads:
                key = (ref.section.id, comment.id)
                item = QTreeWidgetItem(heading, [thread_text(comment)])
                item.setData(0, KEY_ROLE, key)
                item.setToolTip(0, thread_text(comment))
                if comment.resolved or comment.detached:
                    item.setForeground(0, QBrush(MUTED))
                for reply in comment.replies:
                    who = " · ".join(p for p in (reply.author, local_time(reply.created)
                                                 if reply.created else "") if p)
                    child = QTreeWidgetItem(item, [f"↳ {who}\n{reply.text}" if who
                                                   else f"↳ {reply.text}"])
                    child.setData(0, KEY_ROLE, key)
                    if comment.resolved:
                        child.setForeground(0, QBrush(MUTED))
                if key == chosen:
                    again = item
        self.tree.expandAll()
        if again is not None:
            self.tree.setCurrentItem(again)
        self.tree.blockSignals(False)
        self._update_buttons()

    # -- choice and buttons ----------------------------------------------------------
    def chosen(self) -> tuple[str, str] | None:
        """(section id, comment id) of the chosen thread (a reply row counts as its thread)."""
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return (str(key[0]), str(key[1])) if key else None

    def choose(self, section_id: str, comment_id: str) -> None:
        """Make the thread the chosen one (after it was made, or from outside)."""
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            for row in range(heading.childCount() if heading is not None else 0):
                item = heading.child(row) if heading is not None else None
                if item is not None and item.data(0, KEY_ROLE) == (section_id, comment_id):
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return

    def chosen_comment(self) -> Comment | None:
        """The chosen thread itself."""
        key = self.chosen()
        if key is None or self._policy is None:
            return None
        for ref in walk(self._policy):
            if ref.section.id == key[0]:
                return next((c for c in ref.section.comments if c.id == key[1]), None)
        return None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._update_buttons()
        key = current.data(0, KEY_ROLE) if current is not None else None
        if key:
            self.thread_chosen.emit(str(key[0]), str(key[1]))

    def _update_buttons(self) -> None:
        comment = self.chosen_comment()
        editable = comment is not None and not self._readonly
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            button.setEnabled(editable)
        self.resolve_button.setText(
            QCoreApplication.translate("CommentsPanel", "Re&open")
            if comment is not None and comment.resolved
            else QCoreApplication.translate("CommentsPanel", "Re&solve"))

    def _ask(self, signal: SignalInstance) -> None:
        key = self.chosen()
        if key is not None:
            signal.emit(*key)

    def _delete_pressed(self) -> None:
        if self.delete_button.isEnabled():
            self._ask(self.delete_requested)

    def _resolve_clicked(self) -> None:
        comment, key = self.chosen_comment(), self.chosen()
        if comment is not None and key is not None:
            self.resolve_requested.emit(key[0], key[1], not comment.resolved)
