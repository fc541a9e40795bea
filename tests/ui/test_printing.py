"""File → Print… and Print Preview: the document on paper with the PDF export's pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QMenu

from policyeditor.app.pdf.policy_pdf import write_policy_pdf
from policyeditor.ui.controller import EditorController
from tests.ui.helpers import action, trigger


def _pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def _page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_printing_breaks_pages_as_the_pdf_export_does(
    seed_editor: EditorController, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    pages = seed_editor.printing.print_to(_pdf_printer(printed))
    exported = tmp_path / "exported.pdf"
    assert write_policy_pdf(seed_editor.session.policy, exported) == pages
    printed_pages, exported_pages = _page_texts(printed), _page_texts(exported)
    assert len(printed_pages) == len(exported_pages) == pages > 1
    # each page starts and ends with the same words, header and "sida X av Y" included
    for on_paper, in_pdf in zip(printed_pages, exported_pages, strict=True):
        assert on_paper.split() == in_pdf.split()


def test_print_is_in_the_file_menu_with_ctrl_p_and_prints_from_its_dialog(
    seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    file_menu = seed_editor.window.findChild(QMenu, "menu_file")
    names = [a.objectName() for a in file_menu.actions()]
    assert {"file_print", "file_print_preview"} <= set(names)
    assert action(seed_editor, "file_print").shortcut() == QKeySequence("Ctrl+P")
    target = tmp_path / "via-dialog.pdf"
    seen: list[QDialog] = []

    def choose_pdf_and_print(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        seen.append(dialog)
        dialog.accept()  # applies the dialog's choices to the printer
        # this machine has no printer: the one chosen is a PDF file
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return int(dialog.result())

    dialogs.handlers.append(choose_pdf_and_print)
    trigger(seed_editor, "file_print")
    assert len(seen) == 1
    assert "Sekretesspolicy" in _page_texts(target)[0]


def test_print_preview_shows_every_page_of_the_pdf(
    qtbot: Any, seed_editor: EditorController, dialogs: Any, tmp_path: Path
) -> None:
    exported = tmp_path / "exported.pdf"
    seed_editor.printing.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    expected = write_policy_pdf(seed_editor.session.policy, exported)
    counted: list[int] = []

    def look_and_close(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintPreviewDialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        dialog.show()
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        counted.append(preview.pageCount())
        dialog.reject()
        return int(dialog.result())

    dialogs.handlers.append(look_and_close)
    trigger(seed_editor, "file_print_preview")
    assert counted == [expected]
