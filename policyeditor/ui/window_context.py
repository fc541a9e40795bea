"""What the feature commands of one editor window share, handed over in their constructor.

``EditorController`` builds one :class:`WindowContext` per window and gives it
to each feature's commands (files, editing, versions, export, review,
settings): the window, the settings, the dialogs, the current session, the
autosaver, the export runner, the recent-files list and the two things only
the controller can do (show another session; bring the window's title,
action states and save label up to date). :class:`FeatureCommands` is the
small base of those commands; no feature reaches another through it — a
feature that needs another's command gets that feature's object explicitly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from policyeditor.app.autosave import Autosaver
    from policyeditor.app.export_runner import ExportRunner
    from policyeditor.app.i18n import TranslationManager
    from policyeditor.app.recent_files import RecentFiles
    from policyeditor.app.session import DocumentSession
    from policyeditor.app.settings import Settings
    from policyeditor.ui.common.dialogs import Dialogs
    from policyeditor.ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowContext:
    """One window's shared objects and the controller's two hooks."""

    window: MainWindow
    settings: Settings
    dialogs: Dialogs
    autosaver: Autosaver
    exporter: ExportRunner
    recent: RecentFiles
    translations: TranslationManager | None
    open_window: Callable[[DocumentSession], None] | None  # shows a read-only version
    current_session: Callable[[], DocumentSession | None]
    show_session: Callable[[DocumentSession], None]  # the window shows another document
    refresh_window: Callable[[], None]  # title, action states, save label


class FeatureCommands:
    """Base of a feature's commands: the context plus the handles every feature uses."""

    def __init__(self, context: WindowContext) -> None:
        self.context = context
        self.window = context.window
        self.settings = context.settings
        self.dialogs = context.dialogs

    @property
    def session(self) -> DocumentSession | None:
        """The document the window shows now (it changes on New and Open)."""
        return self.context.current_session()

    def update_actions(self) -> None:
        """Enable this feature's actions for the current document and selection."""


def on_trigger(action: QAction, handler: Callable[[], object]) -> None:
    """Run ``handler`` when ``action`` is triggered (its ``checked`` argument dropped)."""
    action.triggered.connect(lambda _checked=False: handler())
