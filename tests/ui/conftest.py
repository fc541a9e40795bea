"""Fixtures for UI tests: a real editor window with scripted answers to dialogs."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from policyeditor.app import documents
from policyeditor.gui import EditorApp, make_application
from policyeditor.ui.common.dialogs import Dialogs
from policyeditor.ui.controller import EditorController


class ScriptedDialogs(Dialogs):
    """Answers modal dialogs from queues instead of blocking; records what was shown."""

    def __init__(self) -> None:
        self.handlers: list[Callable[[QDialog], int]] = []
        self.open_paths: list[str] = []
        self.save_paths: list[str] = []
        self.shown: list[tuple[str, str]] = []  # (kind/title, text)
        self.close_answer = "discard"

    def exec(self, dialog: QDialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        info = dialog.informativeText() if isinstance(dialog, QMessageBox) else ""
        self.shown.append((dialog.windowTitle(), f"{text} {info}".strip()))
        if not self.handlers:
            dialog.reject()
            return int(QDialog.DialogCode.Rejected)
        return self.handlers.pop(0)(dialog)

    def ask_save(self, parent: Any, name: str) -> str:
        self.shown.append(("ask_save", name))
        return self.close_answer

    def open_path(self, parent: Any, title: str, kind: str, folder: str = "") -> str:
        return self.open_paths.pop(0) if self.open_paths else ""

    def save_path(self, parent: Any, title: str, suggested: str, kind: str) -> str:
        return self.save_paths.pop(0) if self.save_paths else ""

    def messages(self) -> str:
        """Everything shown so far, as one string (for assertions)."""
        return "\n".join(f"{t}: {x}" for t, x in self.shown)


def click_button(text: str) -> Callable[[QDialog], int]:
    """Handler that clicks the message-box button whose text contains ``text``."""

    def handler(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        for button in dialog.buttons():
            if text.lower() in button.text().replace("&", "").lower():
                button.click()
                return int(QDialog.DialogCode.Accepted)
        raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.buttons()]}")

    return handler


def accept_with(fill: Callable[[Any], None]) -> Callable[[QDialog], int]:
    """Handler that fills a real dialog's fields and presses OK."""

    def handler(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    return handler


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def editor_app(qapp: Any, dialogs: ScriptedDialogs) -> Iterator[EditorApp]:
    make_application()
    app = EditorApp(qapp, dialogs=dialogs)
    app.translations.apply("en")
    yield app
    for controller in list(app.controllers):
        controller.autosaver.watch(None)
        if controller.session is not None:
            documents.close_session(controller.session)
        controller.window.close_guard = None
        controller.window.close()
        controller.window.deleteLater()
    app.translations.apply("en")
    app.shutdown()
    qapp.processEvents()
    # deleteLater() only runs when control returns to an event loop, which a
    # test never does; without this every test's windows, menus and preview
    # documents pile up and each later test gets slower.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def open_editor(
    editor_app: EditorApp, qtbot: Any
) -> Callable[[str | Path | None], EditorController]:
    """Open the editor on a file (None: the sample), shown and ready."""

    def opener(path: str | Path | None) -> EditorController:
        controller = editor_app.start(str(path) if path else None)
        qtbot.waitExposed(controller.window)
        return controller

    return opener


@pytest.fixture
def seed_editor(open_editor: Callable[[str | Path | None], EditorController],
                seed_path: Path) -> EditorController:
    """The editor showing the imported seed policy."""
    return open_editor(seed_path)


@pytest.fixture
def seed_workspace(tmp_path: Path, seed_path: Path) -> Path:
    """A workspace file holding the seed as its draft."""
    from policyeditor.core.importing import import_file
    from policyeditor.core.workspace import Workspace

    path = tmp_path / "seed.policy"
    Workspace.create(path, import_file(seed_path).policy).close()
    return path
