"""The compare view's Export… writes a Word redline with tracked changes, signed by the author."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from tests.core.redline_docx.word_views import W, view_paragraphs
from tests.ui.review_helpers import VENDOR_SENTENCE, open_compare, review_workspace

WORD_REDLINE = "Word document with tracked changes (.docx)"


def _authors(path: Path) -> set[str | None]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return {e.get(f"{W}author") for tag in ("ins", "del") for e in root.iter(f"{W}{tag}")}


def test_compare_saved_as_a_word_redline_through_the_export_dialog(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    editor.settings.author_name = "Cecilia Dataskydd"
    view = open_compare(editor)
    target = tmp_path / "redline"
    seen: dict[str, Any] = {}

    def choose_word(dialog: Any) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        titles = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
        expected = QCoreApplication.translate("Exporters", WORD_REDLINE)
        assert expected in titles  # offered, titled in the UI language
        dialog.format_combo.setCurrentIndex(titles.index(expected))
        author = dialog.findChild(QLineEdit, "export_author")
        seen["default"] = author.text()  # from the settings
        assert author.isEnabled()
        author.selectAll()
        qtbot.keyClicks(author, "Dora Granskare")
        dialog.target_edit.selectAll()
        qtbot.keyClicks(dialog.target_edit, str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    dialogs.handlers.append(choose_word)
    qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "redline.docx"  # the format's extension added
    qtbot.waitUntil(lambda: written.is_file() and not editor.exporter.busy, timeout=20000)
    assert seen["default"] == "Cecilia Dataskydd"
    assert _authors(written) == {"Dora Granskare"}
    accepted = " ".join(view_paragraphs(written, accept=True))
    rejected = " ".join(view_paragraphs(written, accept=False))
    assert VENDOR_SENTENCE in accepted and VENDOR_SENTENCE not in rejected


def test_the_author_field_is_off_for_formats_without_an_author(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    states: dict[str, bool] = {}

    def look(dialog: Any) -> int:
        author = dialog.findChild(QLineEdit, "export_author")
        for row in range(dialog.format_combo.count()):
            dialog.format_combo.setCurrentIndex(row)
            states[dialog.format_combo.itemData(row)] = author.isEnabled()
        dialog.reject()
        return int(dialog.result())

    dialogs.handlers.append(look)
    qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
    assert states == {"text": False, "json": False, "html": False, "pdf": False, "docx": True}
