"""The review actions: compare, flags, import a revision, release notice, publish,
accept or reject changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

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


class DecideActions(ActionCollection):
    """Accept or reject the changes shown in the compare view (``ui.review.decide``).

    Made on the compare window (its own top-level window), so their keys work
    there. Word has no default keys for these (its ribbon has Alt+R, A / J),
    so they follow one pattern: Ctrl+Shift and the verb's letter, A for
    accept, R for reject, N and P for the next and previous change; Accept
    and Reject move on to the next open change, as Word's "Accept and Move to
    Next" does. Alt+Up/Down stay the change list's section steps.
    """

    SPECS = (
        ActionSpec(
            "review_accept_change",
            QT_TRANSLATE_NOOP("Actions", "&Accept Change"),
            None,
            "Ctrl+Shift+A",
            QT_TRANSLATE_NOOP("Actions", "Accept the selected change and go to the next one"),
        ),
        ActionSpec(
            "review_reject_change",
            QT_TRANSLATE_NOOP("Actions", "&Reject Change"),
            None,
            "Ctrl+Shift+R",
            QT_TRANSLATE_NOOP("Actions", "Reject the selected change and go to the next one"),
        ),
        ActionSpec(
            "review_accept_section",
            QT_TRANSLATE_NOOP("Actions", "Accept All in &Section"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Accept every change in the selected change's section"),
        ),
        ActionSpec(
            "review_reject_section",
            QT_TRANSLATE_NOOP("Actions", "Reject All in S&ection"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Reject every change in the selected change's section"),
        ),
        ActionSpec(
            "review_accept_all",
            QT_TRANSLATE_NOOP("Actions", "Accept A&ll Changes"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Accept every change of this comparison"),
        ),
        ActionSpec(
            "review_reject_all",
            QT_TRANSLATE_NOOP("Actions", "Reject All C&hanges"),
            None,
            None,
            QT_TRANSLATE_NOOP("Actions", "Reject every change of this comparison"),
        ),
        ActionSpec(
            "review_next_change",
            QT_TRANSLATE_NOOP("Actions", "&Next Change"),
            None,
            "Ctrl+Shift+N",
            QT_TRANSLATE_NOOP("Actions", "Select and show the next change"),
        ),
        ActionSpec(
            "review_previous_change",
            QT_TRANSLATE_NOOP("Actions", "&Previous Change"),
            None,
            "Ctrl+Shift+P",
            QT_TRANSLATE_NOOP("Actions", "Select and show the previous change"),
        ),
        ActionSpec(
            "review_apply_decisions",
            QT_TRANSLATE_NOOP("Actions", "Appl&y to Draft"),
            None,
            "Ctrl+Shift+Return",
            QT_TRANSLATE_NOOP(
                "Actions",
                "Make the draft from the decisions, as one step that Undo takes back",
            ),
        ),
    )

    review_accept_change: QAction
    review_reject_change: QAction
    review_accept_section: QAction
    review_reject_section: QAction
    review_accept_all: QAction
    review_reject_all: QAction
    review_next_change: QAction
    review_previous_change: QAction
    review_apply_decisions: QAction

    def translate_ui(self) -> None:
        """Texts in the current UI language; a tooltip names the action's key."""
        super().translate_ui()
        for action in self:
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key:
                action.setToolTip(f"{action.toolTip()} ({key})")
