"""The export actions: the draft, the selected version, the published version and its
evidence pack; printing.

Each export opens the export dialog (every registered format with its
options) on its subject; Print… and Print Preview print the document shown
with the PDF export's pages. The main window places them in the File,
Versions and Review menus.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import SK, ActionCollection, ActionSpec


class ExportActions(ActionCollection):
    """Actions of the export feature (``ui.export.commands``)."""

    SPECS = (
        ActionSpec(
            "file_export",
            QT_TRANSLATE_NOOP("Actions", "E&xport Draft…"),
            "document-export",
            "Ctrl+E",
            QT_TRANSLATE_NOOP("Actions", "Write the draft to a file in a format of your choice"),
        ),
        ActionSpec(
            "version_export",
            QT_TRANSLATE_NOOP("Actions", "&Export Version…"),
            "document-export",
            None,
            QT_TRANSLATE_NOOP(
                "Actions", "Write the selected version to a file in a format of your choice"
            ),
        ),
        ActionSpec(
            "review_export_published",
            QT_TRANSLATE_NOOP("Actions", "Export &Published Version…"),
            "document-export",
            None,
            QT_TRANSLATE_NOOP(
                "Actions",
                "Write the published version, with its release notice, to a file in a format of your choice",  # noqa: E501
            ),
        ),
        ActionSpec(
            "version_evidence",
            QT_TRANSLATE_NOOP("Actions", "Evidence Pac&k…"),
            None,
            None,
            QT_TRANSLATE_NOOP(
                "Actions",
                "Write one PDF for an auditor about the published version: its text, "
                "fingerprint, approvals, flags, override reason and timeline",
            ),
        ),
        ActionSpec(
            "file_print",
            QT_TRANSLATE_NOOP("Actions", "&Print…"),
            None,
            SK.Print,
            QT_TRANSLATE_NOOP("Actions", "Print the document with the same pages as its PDF"),
        ),
        ActionSpec(
            "file_print_preview",
            QT_TRANSLATE_NOOP("Actions", "Print Pre&view"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Show the printed pages before printing"),
        ),
    )

    file_export: QAction
    version_export: QAction
    review_export_published: QAction
    version_evidence: QAction
    file_print: QAction
    file_print_preview: QAction
