"""Start the desktop editor: ``run_gui(path)`` (the CLI calls it when no verb is given).

``path`` may name a ``.policy`` workspace (opened for editing) or a ``.md``/
``.txt`` file (imported into a new unsaved document). Without a path the last
workspace is reopened, else the built-in sample policy is shown; then work a
crashed editor left unsaved (of that file, or any without a file) is offered.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from policyeditor import __version__
from policyeditor.app import documents
from policyeditor.app.i18n import TranslationManager
from policyeditor.app.session import DocumentSession
from policyeditor.app.settings import LayoutStore, Settings
from policyeditor.core.errors import PolicyEditorError
from policyeditor.ui.common.dialogs import Dialogs
from policyeditor.ui.common.icons import icon
from policyeditor.ui.controller import EditorController
from policyeditor.ui.main_window import MainWindow


class EditorApp:
    """The running editor: settings, translations and its open windows."""

    def __init__(
        self, app: QApplication, dialogs: Dialogs | None = None, settings: Settings | None = None
    ) -> None:
        self.app = app
        self.settings = settings or Settings()
        self.layout_store = LayoutStore()
        self.dialogs = dialogs or Dialogs()
        self.translations = TranslationManager(app)
        self.translations.apply(self.settings.ui_language)
        self.controllers: list[EditorController] = []
        self._file_open_filter = _FileOpenFilter(self)
        app.installEventFilter(self._file_open_filter)

    def new_window(
        self, session: DocumentSession, *, restore_layout: bool = False
    ) -> EditorController:
        """A window showing ``session``."""
        window = MainWindow(self.layout_store)
        controller = EditorController(
            window,
            self.settings,
            dialogs=self.dialogs,
            translations=self.translations,
            open_window=self._open_viewer,
        )
        if restore_layout:
            window.restore_layout()
        controller.set_session(session)
        window.destroyed.connect(lambda _o=None, c=controller: self._forget(c))
        self.controllers.append(controller)
        return controller

    def shutdown(self) -> None:
        """Detach from the QApplication (it may outlive this editor, as in tests)."""
        self.app.removeEventFilter(self._file_open_filter)
        self._file_open_filter.deleteLater()
        self.translations.clear()

    def _forget(self, controller: EditorController) -> None:
        if controller in self.controllers:
            self.controllers.remove(controller)

    def _open_viewer(self, session: DocumentSession) -> None:
        controller = self.new_window(session)
        controller.window.remember_layout = False
        controller.window.versions_dock.hide()
        controller.window.show()

    def first_session(self, path: str | None) -> tuple[DocumentSession, str]:
        """What to show at start, plus an error message if ``path`` could not be opened."""
        if path:
            try:
                return documents.open_path(path), ""
            except (PolicyEditorError, OSError) as exc:
                from policyeditor.app.services.errors import describe

                message = describe(exc) if isinstance(exc, PolicyEditorError) else str(exc)
                return documents.new_document(), message
        last = self.settings.last_workspace
        if last and Path(last).is_file():
            from policyeditor.core.workspace import WorkspaceInUse

            try:
                return documents.open_workspace(last), ""
            except WorkspaceInUse as exc:
                from policyeditor.app.services.errors import describe

                return documents.new_document(), describe(exc)  # say why, not silently
            except (PolicyEditorError, OSError):
                pass  # gone or damaged since last time: start fresh
        return documents.new_document(), ""

    def start(self, path: str | None) -> EditorController:
        """Open the first window."""
        session, error = self.first_session(path)
        controller = self.new_window(session, restore_layout=True)
        if session.workspace is not None and session.path:
            controller.recent.add(session.path)
        controller.window.show()
        controller.files.show_import_warnings()  # `policyeditor FILE.txt` is an import too
        if error:
            QTimer.singleShot(
                0,
                lambda: self.dialogs.error(
                    controller.window,
                    QCoreApplication.translate("FileCommands", "Cannot Open"),
                    error,
                ),
            )
        elif session.workspace is None or not path:
            # A crash left work behind: offer it (of this file, or any without
            # one) rather than silently showing the last saved state.
            controller.files.offer_recovery(session.source_path if path else None)
        return controller


class _FileOpenFilter(QObject):
    """Opens documents handed over by the desktop as a QFileOpenEvent.

    macOS Finder (double-click on a ``.policy``, a drop on the Dock icon) does
    not pass the file on the command line but sends this event to the running
    application.
    """

    def __init__(self, editor: EditorApp) -> None:
        super().__init__(editor.app)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                if self._editor.controllers:
                    self._editor.controllers[-1].files.open_file(path)
                else:
                    self._editor.start(path)
            return True
        return super().eventFilter(watched, event)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names and icon (reused if one exists)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("PolicyEditor")
    app.setOrganizationName("PolicyEditor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("se.policyeditor.PolicyEditor")  # the .desktop id (Wayland icon)
    app.setWindowIcon(icon("policyeditor"))
    return app


def _no_display() -> bool:
    """True on a Linux machine with no desktop to show a window on.

    Qt would abort there with a misleading "reinstalling may fix this".
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# Libraries Qt's xcb platform plugin loads but PySide6's wheels do not bundle,
# with the Debian/Ubuntu package of each (the names most users will search for).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loadable(soname: str) -> bool:
    """The dynamic loader finds ``soname`` (as Qt's plugin will look for it)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _missing_xcb_packages() -> list[str]:
    """Packages to install when Qt would use its xcb plugin and a library it needs is missing.

    Without them Qt aborts with "could not load the Qt platform plugin xcb …
    reinstalling the application may fix this", which sends users the wrong
    way; checked before the QApplication exists, since Qt aborts inside it.
    Each library is opened as the plugin would open it: a millisecond in all
    (``ctypes.util.find_library`` runs ldconfig once per name, ~40 ms).
    """
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []  # wayland, offscreen …: the xcb plugin is not loaded
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return []  # Qt picks its Wayland plugin first
    return [package for soname, package in XCB_LIBRARIES.items() if not _loadable(soname)]


def run_gui(path: str | None) -> int:
    """Run the editor until its last window closes; returns the exit status."""
    if _no_display():
        print(
            "policyeditor: no display to open the editor on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set); the other verbs work without one: policyeditor --help",
            file=sys.stderr,
        )
        return 2
    missing = _missing_xcb_packages()
    if missing:
        print(
            "policyeditor: the editor cannot open a window: Qt's X11 (xcb) plugin needs system "
            f"libraries that are missing; install them (Debian/Ubuntu: sudo apt install "
            f"{' '.join(missing)}) — the other verbs work without them: policyeditor --help",
            file=sys.stderr,
        )
        return 2
    app = make_application()
    editor = EditorApp(app)
    controller = editor.start(path)
    _save_on_terminate(app, editor)
    _run_test_script(editor, controller)
    return app.exec()


def _run_test_script(editor: EditorApp, controller: EditorController) -> None:
    """Test hook: run the Python file named by ``POLICYEDITOR_TEST_SCRIPT`` in the editor.

    Only the end-to-end tests set it (e.g. type into a real editor process and
    kill it); the script gets ``editor`` and ``controller``. Unset, nothing happens.
    """
    script = os.environ.get("POLICYEDITOR_TEST_SCRIPT")
    if script:
        code = compile(Path(script).read_text(encoding="utf-8"), script, "exec")
        exec(code, {"editor": editor, "controller": controller})  # the test hook itself


def _save_on_terminate(app: QApplication, editor: EditorApp) -> None:
    """On SIGTERM (logout, shutdown) write every draft and quit without asking.

    Unsaved documents go to their recovery file, which the next start offers
    back. Python runs signal handlers only between bytecodes, so a light timer
    gives the interpreter a turn while Qt's event loop waits.
    """

    def terminate(_signum: int, _frame: object) -> None:
        for controller in list(editor.controllers):
            controller.autosaver.flush()
            # Qt 6 quits by closing windows: skip the "save changes?" question, keep
            # the recovery file, release the workspace lock.
            controller.window.close_guard = None
            if controller.session is not None and controller.session.workspace is not None:
                documents.close_session(controller.session)
        app.quit()

    signal.signal(signal.SIGTERM, terminate)
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


if __name__ == "__main__":  # pragma: no cover - manual start
    sys.exit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None))
