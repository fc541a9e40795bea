"""What the command mixins may use of their controller (for type checking only).

``FileCommands`` and ``VersionCommands`` are mixed into ``EditorController``;
this base declares the attributes and methods they rely on so each module is
type-checked on its own without a circular import. At run time it is empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policyeditor.app.autosave import Autosaver
    from policyeditor.app.export_runner import ExportRunner
    from policyeditor.app.i18n import TranslationManager
    from policyeditor.app.recent_files import RecentFiles
    from policyeditor.app.session import DocumentSession
    from policyeditor.app.settings import Settings
    from policyeditor.ui.common.dialogs import Dialogs
    from policyeditor.ui.main_window import MainWindow


class ControllerHost:
    """Attributes and hooks provided by ``EditorController``."""

    window: MainWindow
    session: DocumentSession | None
    settings: Settings
    dialogs: Dialogs
    translations: TranslationManager | None
    open_window: Callable[[DocumentSession], None] | None
    autosaver: Autosaver
    exporter: ExportRunner
    recent: RecentFiles

    if TYPE_CHECKING:

        def set_session(self, session: DocumentSession) -> None: ...
        def document_name(self) -> str: ...
        def save_as_dialog(self) -> bool: ...
        def _update_title(self) -> None: ...
        def _update_actions(self) -> None: ...
        def _update_save_state(self) -> None: ...
