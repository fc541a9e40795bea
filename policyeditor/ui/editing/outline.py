"""The outline: the section tree with derived numbers, kept in step incrementally.

``OutlineModel`` mirrors the session's tree in a QStandardItemModel and follows
the session's fine-grained signals (one inserted, removed or moved subtree;
one renamed heading) instead of rebuilding, so a large handbook stays
responsive. Numbers are derived and refreshed by a cheap walk that touches only
items whose number actually changed. Drops and in-place renames are turned into
session commands: the view never changes the model itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from policyeditor.app.session import DocumentSession
from policyeditor.core.model import Section, walk

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-policyeditor-section"
Index = QModelIndex | QPersistentModelIndex


def label(number: str, heading: str) -> str:
    """What the outline shows for a section."""
    return f"{number}\u2002{heading}" if heading else number


class OutlineModel(QStandardItemModel):
    """Tree of the document (root item) and its sections."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._items: dict[str, QStandardItem] = {}
        self._root = QStandardItem()
        self.updating = False  # True while rows are taken out and put back
        self.rebuild()
        session.section_inserted.connect(self._on_inserted)
        session.section_removed.connect(self._on_removed)
        session.section_moved.connect(self._on_moved)
        session.section_changed.connect(self._on_changed)
        session.metadata_changed.connect(self._update_root)
        session.document_reset.connect(self.rebuild)

    # -- building --------------------------------------------------------
    def rebuild(self) -> None:
        """Build everything from the session (start, whole-document replace)."""
        self.clear()
        self._items.clear()
        self._root = QStandardItem()
        self._root.setData("", ID_ROLE)
        font = self._root.font()
        font.setBold(True)
        self._root.setFont(font)
        self._root.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        self._update_root()
        for section in self._session.policy.sections:
            self._root.appendRow(self._build(section))
        self.invisibleRootItem().appendRow(self._root)
        self.renumber()

    def _build(self, section: Section) -> QStandardItem:
        item = QStandardItem(section.heading)
        item.setData(section.id, ID_ROLE)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        self._items[section.id] = item
        for child in section.children:
            item.appendRow(self._build(child))
        return item

    def _forget(self, item: QStandardItem) -> None:
        self._items.pop(str(item.data(ID_ROLE)), None)
        for row in range(item.rowCount()):
            child = item.child(row)
            if child is not None:
                self._forget(child)

    def _update_root(self) -> None:
        title = self._session.policy.title.strip()
        self._root.setText(title or QCoreApplication.translate("Outline", "Untitled policy"))
        self._root.setToolTip(QCoreApplication.translate("Outline", "Title, preamble and details"))

    def renumber(self) -> None:
        """Refresh labels whose derived number changed."""
        for ref in walk(self._session.policy):
            item = self._items.get(ref.section.id)
            if item is not None:
                text = label(ref.number, ref.section.heading)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)

    # -- incremental updates --------------------------------------------
    def _parent_item(self, parent_id: str) -> QStandardItem:
        return self._items[parent_id] if parent_id else self._root

    def _on_inserted(self, section_id: str) -> None:
        self.updating = True
        try:
            self._insert(section_id)
        finally:
            self.updating = False

    def _on_removed(self, section_id: str, parent_id: str, index: int) -> None:
        self.updating = True
        try:
            self._remove(parent_id, index)
        finally:
            self.updating = False

    def _on_moved(self, section_id: str, old_parent_id: str, old_index: int) -> None:
        self.updating = True
        try:
            self._move(section_id, old_parent_id, old_index)
        finally:
            self.updating = False

    def _insert(self, section_id: str) -> None:
        section = self._session.section(section_id)
        parent = self._parent_item(self._session.parent_id_of(section_id))
        index = self._session.children_ids(self._session.parent_id_of(section_id)).index(section_id)
        parent.insertRow(index, self._build(section))
        self.renumber()

    def _remove(self, parent_id: str, index: int) -> None:
        parent = self._parent_item(parent_id)
        row = parent.takeRow(index)
        for item in row:
            self._forget(item)
        self.renumber()

    def _move(self, section_id: str, old_parent_id: str, old_index: int) -> None:
        row = self._parent_item(old_parent_id).takeRow(old_index)
        new_parent_id = self._session.parent_id_of(section_id)
        index = self._session.children_ids(new_parent_id).index(section_id)
        self._parent_item(new_parent_id).insertRow(index, row)
        self.renumber()

    def _on_changed(self, section_id: str) -> None:
        item = self._items.get(section_id)
        if item is not None:
            text = label(
                self._session.number_of(section_id), self._session.section(section_id).heading
            )
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)

    # -- lookup ------------------------------------------------------------
    def index_of(self, section_id: str) -> QModelIndex:
        """Model index of a section ('' = the document root item)."""
        item = self._items.get(section_id) if section_id else self._root
        return item.index() if item is not None else QModelIndex()

    # -- editing through the session ------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.EditRole:
            section_id = str(super().data(index, ID_ROLE) or "")
            if section_id and self._session.has_section(section_id):
                return self._session.section(section_id).heading
        return super().data(index, role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.EditRole:
            section_id = str(super().data(index, ID_ROLE) or "")
            if section_id and not self._session.readonly:
                self._session.set_heading(section_id, str(value).strip())
            return False  # the session's signal updates the label
        return super().setData(index, value, role)

    # -- drag and drop -----------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(ID_ROLE)) for i in indexes if i.data(ID_ROLE)]
        if ids:
            data.setData(MIME, QByteArray(ids[0].encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME) or self._session.readonly:
            return False
        section_id = bytes(data.data(MIME).data()).decode()
        if not self._session.has_section(section_id):
            return False
        target = str(parent.data(ID_ROLE) or "") if parent.isValid() else ""
        children = self._session.children_ids(target)
        index = len(children) if row < 0 else row
        if section_id in children and children.index(section_id) < index:
            index -= 1  # MoveSection counts positions after taking the section out
        self._session.move_section(section_id, target or None, index)
        # False: the session already moved it; the view must not remove the source.
        return False


class OutlineView(QTreeView):
    """The outline widget: keyboard first, drag and drop as a bonus."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._syncing = False
        self.setObjectName("outline")
        self.outline_model = OutlineModel(session, self)
        self.setModel(self.outline_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setIndentation(16)
        self.expandAll()
        self.selectionModel().currentChanged.connect(self._on_current)
        session.current_changed.connect(self.select_section)
        session.structure_changed.connect(self._after_structure)
        self.outline_model.modelReset.connect(self.expandAll)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setAccessibleName(QCoreApplication.translate("Outline", "Outline"))
        self.setAccessibleDescription(
            QCoreApplication.translate("Outline", "Sections of the policy with their numbers")
        )
        self.outline_model._update_root()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_section_id(self) -> str:
        """Id of the selected section ('' for the document item)."""
        return str(self.currentIndex().data(ID_ROLE) or "")

    def select_section(self, section_id: str) -> None:
        """Select and reveal ``section_id``."""
        index = self.outline_model.index_of(section_id)
        if not index.isValid() or index == self.currentIndex():
            return
        self._syncing = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._syncing = False

    def rename_current(self) -> None:
        """Start in-place editing of the selected heading."""
        if self.current_section_id():
            self.edit(self.currentIndex())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and not self.outline_model.updating:
            self._session.set_current(str(current.data(ID_ROLE) or ""))

    def _after_structure(self) -> None:
        # Moved/inserted subtrees come back collapsed; the outline is short enough to show all.
        current = self._session.current_section_id
        index = self.outline_model.index_of(current)
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        if index.isValid():
            self.expandRecursively(index)
        self._syncing = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._syncing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Delete in the outline deletes the section (asks first, via the window's action).
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            window = self.window()
            action = window.findChild(QAction, "section_delete") if window else None
            if action is not None:
                action.trigger()
                return
        super().keyPressEvent(event)
