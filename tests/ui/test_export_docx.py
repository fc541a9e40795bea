"""Exporting to Word from the editor: the dialog offers it and writes a real .docx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from tests.core.wordexport.docx_read import headings
from tests.ui.helpers import export_as, trigger


def test_the_draft_exported_as_word_through_the_dialog(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    editor = open_editor(seed_workspace)
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> int:
        combo = dialog.format_combo
        seen["titles"] = [combo.itemText(row) for row in range(combo.count())]
        return export_as(qtbot, tmp_path / "utkast", "docx", page_size="Letter")(dialog)

    dialogs.handlers.append(look)
    trigger(editor, "file_export")
    written = tmp_path / "utkast.docx"  # the dialog adds the format's extension
    qtbot.waitUntil(lambda: written.is_file() and not editor.exporter.busy, timeout=60000)
    assert "Word document (.docx)" in seen["titles"]
    document = docx.Document(str(written))
    found = headings(document)
    assert len(found) == 18 and found[0] == (1, "1. Information som vi samlar in")
    assert round(document.sections[0].page_width.inches, 1) == 8.5
