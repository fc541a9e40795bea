"""The comments actions: a new comment on the selected words; show the Comments panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from policyeditor.ui.common.action_collection import ActionCollection, ActionSpec


class CommentActions(ActionCollection):
    """Actions of the comments feature (``ui.comments.commands``).

    Reply, resolve and delete act on the thread chosen in the panel, so they
    are the panel's buttons rather than window actions.
    """

    SPECS = (
        ActionSpec(
            "comment_new",
            QT_TRANSLATE_NOOP("Actions", "New Co&mment…"),
            None,
            "Ctrl+Alt+M",  # Word's key for a new comment
            QT_TRANSLATE_NOOP("Actions", "Comment on the selected words"),
        ),
        ActionSpec(
            "view_comments",
            QT_TRANSLATE_NOOP("Actions", "C&omments"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Show or hide the comments panel"),
            checkable=True,
        ),
    )

    comment_new: QAction
    view_comments: QAction
