"""The review actions: compare, flags, import a revision, release notice, publish."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import ActionCollection, ActionSpec


class ReviewActions(ActionCollection):
    """Actions of the review desk (``ui.review.commands``).

    Publish Version… sits in the Versions menu and panel, but it is the
    review gate's: it refuses while high-severity flags are open.
    """

    SPECS = (
        ActionSpec(
            "review_compare",
            QT_TRANSLATE_NOOP("Actions", "&Compare…"),
            None,
            "Ctrl+Shift+D",
            QT_TRANSLATE_NOOP(
                "Actions", "Compare two versions or the draft and review the changes"
            ),
        ),
        ActionSpec(
            "review_flags",
            QT_TRANSLATE_NOOP("Actions", "&Flags"),
            None,
            "F8",
            QT_TRANSLATE_NOOP("Actions", "Flags raised since the last published version"),
        ),
        ActionSpec(
            "review_import",
            QT_TRANSLATE_NOOP("Actions", "&Import Revision…"),
            "document-import",
            None,
            QT_TRANSLATE_NOOP(
                "Actions",
                "Import a revised text into the draft and compare it with the last published version",  # noqa: E501
            ),
        ),
        ActionSpec(
            "review_notice",
            QT_TRANSLATE_NOOP("Actions", "Release &Notice…"),
            None,
            None,
            QT_TRANSLATE_NOOP(
                "Actions", "Edit the “What has changed” text of the selected version"
            ),
        ),
        ActionSpec(
            "version_publish",
            QT_TRANSLATE_NOOP("Actions", "&Publish Version…"),
            "version-publish",
            None,
            QT_TRANSLATE_NOOP("Actions", "Mark the selected version as published"),
        ),
    )

    review_compare: QAction
    review_flags: QAction
    review_import: QAction
    review_notice: QAction
    version_publish: QAction
