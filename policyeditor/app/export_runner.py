"""Run exports (HTML, PDF) in a worker thread so the window never freezes.

The job gets a private copy of the policy, so the user can keep typing while
the file is written; the result (or a typed error) comes back as a signal on
the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from policyeditor.core.errors import PolicyEditorError


class _Worker(QThread):
    done = Signal(str)
    error = Signal(object)  # the exception: the window words it for the user

    def __init__(self, job: Callable[[], None], target: str, parent: QObject | None) -> None:
        super().__init__(parent)
        self._job = job
        self._target = target

    def run(self) -> None:
        try:
            self._job()
        except (PolicyEditorError, OSError, ValueError) as exc:
            self.error.emit(exc)
        except Exception as exc:  # a bug must reach the user, not kill the thread silently
            self.error.emit(exc)
        else:
            self.done.emit(self._target)


class ExportRunner(QObject):
    """Starts export jobs one at a time and reports their outcome."""

    started = Signal(str)
    finished = Signal(str)  # target path
    failed = Signal(object)  # the exception that stopped the export

    #: The file the last started export writes (for the message if it fails).
    target = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: _Worker | None = None

    @property
    def busy(self) -> bool:
        """An export is running."""
        return self._worker is not None and self._worker.isRunning()

    def start(self, job: Callable[[], None], target: str) -> bool:
        """Run ``job`` (writes ``target``) in the background; False if one is running."""
        if self.busy:
            return False
        worker = _Worker(job, target, self)
        worker.done.connect(self.finished)
        worker.error.connect(self.failed)
        worker.finished.connect(worker.deleteLater)
        # Forget the worker once it is gone, or ``busy`` would touch a deleted C++ object.
        worker.destroyed.connect(lambda _o=None, w=worker: self._forget(w))
        self._worker = worker
        self.target = target
        self.started.emit(target)
        worker.start()
        return True

    def _forget(self, worker: _Worker) -> None:
        if self._worker is worker:
            self._worker = None

    def wait(self, ms: int = 30000) -> bool:
        """Block until the running job ends (tests, shutdown)."""
        return self._worker.wait(ms) if self._worker is not None else True
