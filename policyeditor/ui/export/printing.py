"""Print… and Print Preview: the document shown, on paper, with the PDF export's pages.

Both lay the document out with the one PDF engine
(:mod:`policyeditor.app.pdf.printing`), so what comes out of the printer
breaks pages, numbers them and heads them exactly as the exported PDF does.
A version window prints its version, stamped with its label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from policyeditor.app.pdf.printing import print_policy
from policyeditor.core.errors import PolicyEditorError
from policyeditor.ui.common.naming import named
from policyeditor.ui.versions.commands import VersionCommands
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger


class PrintCommands(FeatureCommands):
    """File → Print… (Ctrl+P) and File → Print Preview."""

    def __init__(self, context: WindowContext, versions: VersionCommands) -> None:
        super().__init__(context)
        self.versions = versions
        # One printer per window: the choices made in the print dialog (printer,
        # copies, paper) are still there the next time.
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        a = self.window.export_actions
        on_trigger(a.file_print, self.print_dialog)
        on_trigger(a.file_print_preview, self.print_preview)

    def update_actions(self) -> None:
        a = self.window.export_actions
        a.file_print.setEnabled(self.session is not None)
        a.file_print_preview.setEnabled(self.session is not None)

    def print_to(self, printer: QPrinter) -> int:
        """Print the document shown on ``printer``; the number of pages (0: refused)."""
        s = self.session
        if s is None:
            return 0
        label = s.version_label
        try:
            return print_policy(
                s.policy.clone(),
                printer,
                printer.resolution(),
                version=getattr(s, "version_stamp", None),
                notice=self.versions.version_notice(label),
            )
        except PolicyEditorError as exc:
            self.dialogs.refused(
                self.window, QCoreApplication.translate("PrintCommands", "Cannot Print"), exc
            )
            return 0

    def print_dialog(self) -> None:
        """Choose a printer and print."""
        dialog = named(QPrintDialog(self.printer, self.window), "print_dialog")
        dialog.setWindowTitle(QCoreApplication.translate("PrintCommands", "Print"))
        if self.dialogs.exec(dialog) == int(QDialog.DialogCode.Accepted):
            self.print_to(self.printer)

    def print_preview(self) -> None:
        """The printed pages on screen, with printing from there."""
        dialog = named(QPrintPreviewDialog(self.printer, self.window), "print_preview")
        dialog.setWindowTitle(QCoreApplication.translate("PrintCommands", "Print Preview"))
        dialog.paintRequested.connect(self.print_to)
        dialog.resize(900, 1000)
        self.dialogs.exec(dialog)
