"""Dropping files onto the editor window, and opening Word documents with File ▸ Open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from policyeditor.ui.common.dialogs import file_filter
from policyeditor.ui.controller import EditorController
from tests.ui.helpers import outline_labels, trigger

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docx"
SWEDISH_OUTLINE = ["1 Inledning", "1.1 Vilka uppgifter", "2 Mottagare", "3 Lagring"]


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(target: QWidget, mime: QMimeData) -> bool:
    """Drag ``mime`` over ``target`` and drop it, as a file manager does; accepted?"""
    point = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _sections(controller: EditorController) -> list[str]:
    return [label for label in outline_labels(controller) if label[:1].isdigit()]


def test_a_dropped_word_document_opens_with_its_sections(
    seed_editor: EditorController, qtbot: Any
) -> None:
    window = seed_editor.window
    assert _drop(window, _mime(FIXTURES / "swedish.docx"))
    qtbot.waitUntil(lambda: _sections(seed_editor)[:4] == SWEDISH_OUTLINE)
    assert seed_editor.session.policy.title == "Integritetspolicy"


def test_a_file_dropped_on_the_section_editor_opens_instead_of_pasting_its_name(
    seed_editor: EditorController, qtbot: Any, tmp_path: Path
) -> None:
    text = tmp_path / "revision.md"
    text.write_text("# Policy\n\n## 1. Allmänt\n\nText.\n\n## 2. Kontakt\n\nMejla oss.\n",
                    encoding="utf-8")
    # a text editor takes drops in its viewport, where a file manager drops
    editors = [w for name in ("body_edit", "preamble_edit")
               for w in seed_editor.window.findChildren(QPlainTextEdit, name) if w.isVisible()]
    assert editors
    assert _drop(editors[0].viewport(), _mime(text))
    qtbot.waitUntil(lambda: _sections(seed_editor) == ["1 Allmänt", "2 Kontakt"])


def test_other_files_are_not_taken(seed_editor: EditorController, tmp_path: Path) -> None:
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG")
    before = _sections(seed_editor)
    assert not _drop(seed_editor.window, _mime(picture))
    QApplication.processEvents()
    assert _sections(seed_editor) == before


def test_file_open_offers_and_opens_word_documents(
    seed_editor: EditorController, dialogs: Any, qtbot: Any
) -> None:
    assert "*.docx" in file_filter("open").split(";;")[0]
    dialogs.open_paths.append(str(FIXTURES / "swedish.docx"))
    trigger(seed_editor, "file_open")
    qtbot.waitUntil(lambda: _sections(seed_editor)[:4] == SWEDISH_OUTLINE)
