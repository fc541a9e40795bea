"""The export dialog: the same formats and options as the command line, and real exports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit

from policyeditor.cli import build_parser
from policyeditor.ui.controller import EditorController
from tests.ui.helpers import export_as, trigger
from tests.ui.review_helpers import open_compare, review_workspace

# The help of a registry option: "Page size (pdf; default: A4)", "Archival PDF (PDF/A-1b) (pdf)",
# "Author of the changes (docx; default: the author name in the settings, else the login name)".
OPTION_HELP = re.compile(
    r"^(?P<title>.+) \((?P<users>[\w, ]+?)(?:; default: (?P<default>[^()]+))?\)$"
)


def _cli_offer(verb: str) -> dict[str, Any]:
    """What ``policyeditor VERB --help`` offers: formats (name → title) and options."""
    parser = build_parser()
    verbs = next(a for a in parser._actions if a.dest == "verb")
    sub = verbs.choices[verb]
    fmt = next(a for a in sub._actions if "--format" in a.option_strings)
    listed = dict(part.split(": ", 1) for part in fmt.help.split(" (default")[0].split("; "))
    assert list(listed) == list(fmt.choices)
    options = {}
    for action in sub._actions:
        match = OPTION_HELP.match(action.help or "") if action is not fmt else None
        if match:
            options[match["title"]] = {
                "choices": list(action.choices) if action.choices else None,
                # a text option's default is a fallback described in words, not a value
                "default": match["default"] if action.choices else None,
                "formats": set(match["users"].split(", ")),
            }
    return {"formats": listed, "options": options}


def _dialog_offer(dialog: Any) -> dict[str, Any]:
    """What the export dialog shows: its format list and, per format, the options it enables."""
    combo = dialog.format_combo
    listed = {combo.itemData(row): combo.itemText(row) for row in range(combo.count())}
    options: dict[str, Any] = {}
    edits = [w for w in dialog.findChildren(QLineEdit) if w in dialog.option_widgets.values()]
    for widget in dialog.findChildren(QComboBox) + dialog.findChildren(QCheckBox) + edits:
        if widget is combo:
            continue
        if isinstance(widget, QCheckBox):
            title, choices, default = widget.text(), None, None
        elif isinstance(widget, QLineEdit):
            title = next(
                label.text().rstrip(":") for label in dialog.option_labels.values()
                if label.buddy() is widget
            )
            choices, default = None, None
        else:
            title = next(
                label.text().rstrip(":") for label in dialog.option_labels.values()
                if label.buddy() is widget
            )
            choices = [widget.itemText(i) for i in range(widget.count())]
            default = widget.currentText()
        options[title] = {"choices": choices, "default": default, "formats": set(), "w": widget}
    for row in range(combo.count()):
        combo.setCurrentIndex(row)  # as a user picks each format in turn
        for option in options.values():
            if option["w"].isEnabled():
                option["formats"].add(combo.itemData(row))
    for option in options.values():
        del option["w"]
    return {"formats": listed, "options": options}


def _inspect(shown: list[dict[str, Any]]) -> Any:
    def handler(dialog: QDialog) -> int:
        shown.append(_dialog_offer(dialog))
        dialog.reject()
        return int(dialog.result())

    return handler


def test_the_export_dialog_offers_what_export_help_offers(
    seed_editor: EditorController, dialogs: Any
) -> None:
    shown: list[dict[str, Any]] = []
    dialogs.handlers.append(_inspect(shown))
    trigger(seed_editor, "file_export")
    assert shown == [_cli_offer("export")]
    assert shown[0]["options"]["Page size"]["choices"] == ["A4", "Letter"]  # not an empty match


def test_the_redline_export_dialog_offers_what_compare_help_offers(
    open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any, qtbot: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    shown: list[dict[str, Any]] = []
    dialogs.handlers.append(_inspect(shown))
    qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
    assert shown == [_cli_offer("compare")]
    assert "text" in shown[0]["formats"] and shown[0]["options"]
    assert shown[0]["options"]["Author of the changes"]["formats"] == {"docx"}


def test_draft_exported_as_archival_letter_pdf_through_the_dialog(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    editor = open_editor(seed_workspace)
    target = tmp_path / "utkast"  # the dialog adds the extension
    dialogs.handlers.append(export_as(qtbot, target, "pdf", page_size="Letter", pdfa=True))
    trigger(editor, "file_export")
    written = tmp_path / "utkast.pdf"
    qtbot.waitUntil(lambda: written.is_file() and not editor.exporter.busy, timeout=60000)
    reader = pypdf.PdfReader(str(written))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="B"' in xmp


def test_the_dialog_remembers_the_last_choice_and_the_name_follows_the_format(
    qtbot: Any, open_editor: Any, seed_workspace: Path, dialogs: Any, tmp_path: Path
) -> None:
    editor = open_editor(seed_workspace)
    written = tmp_path / "a.pdf"
    dialogs.handlers.append(export_as(qtbot, written, "pdf", page_size="Letter"))
    trigger(editor, "file_export")
    qtbot.waitUntil(lambda: written.is_file() and not editor.exporter.busy, timeout=60000)
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> int:
        page_size = dialog.findChild(QComboBox, "export_page_size")
        seen["again"] = (dialog.format_combo.currentData(), page_size.currentText())
        seen["pdf name"] = Path(dialog.target_edit.text()).name
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
        seen["md name"] = Path(dialog.target_edit.text()).name
        seen["page size for md"] = page_size.isEnabled()
        dialog.reject()
        return int(dialog.result())

    dialogs.handlers.append(look)
    trigger(editor, "file_export")
    assert seen["again"] == ("pdf", "Letter")
    assert seen["pdf name"] == "Sekretesspolicy.pdf"
    assert seen["md name"] == "Sekretesspolicy.md"
    assert seen["page size for md"] is False
