"""Loads the spellers and runs the whole-document checks off the window's thread.

Loading the dictionaries takes a second or two (the Swedish word list; the
first time also its expansion into the cache folder): it runs in a worker
thread, in slices, so the window keeps painting and typing, once per process
(every window shares them). The whole-document
check behind the Problems panel runs in a worker thread too, on a copy of the
policy, at most one at a time; a request made while one runs is remembered
and run next with the newest text. Results come back as queued signals, with
the document's spelling context (its names and word counts) built there too:
on a 1 MB document that alone takes ~0.3 s.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal

from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.lint import Finding, Speller, lint_policy, shared_spellers
from policyeditor.core.lint.spelling import SpellingContext
from policyeditor.core.model import Policy


class Linted(NamedTuple):
    """A whole-document check: its findings and the spelling context it used."""

    findings: list[Finding]
    context: SpellingContext


class CheckService(QObject):
    """The spellers of one window and its background checks."""

    ready = Signal()
    failed = Signal(object)  # the PolicyEditorError (a dictionary not installed)
    linted = Signal(object)  # Linted

    def __init__(self, cache: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self.spellers: dict[str, Speller] | None = None
        self._loading = False
        self._running = False
        self._pending: tuple[Policy, frozenset[str]] | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        """Start loading the spellers (once); ``ready`` or ``failed`` follows."""
        if self.spellers is not None or self._loading:
            return
        self._loading = True
        threading.Thread(target=self._load, name="spellers", daemon=True).start()

    def _load(self) -> None:
        try:
            spellers = shared_spellers(cache=self._cache)
        except PolicyEditorError as error:
            self._loading = False
            self._emit(self.failed, error)
            return
        self.spellers = spellers
        self._loading = False
        self._emit(self.ready)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        # RuntimeError: the window closed while this thread worked; nobody is listening
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def lint(self, policy: Policy, user_words: Iterable[str]) -> None:
        """Check a copy of ``policy`` in the background; ``linted`` follows."""
        request = (policy.clone(), frozenset(user_words))
        with self._lock:
            if self._running:
                self._pending = request
                return
            self._running = True
        threading.Thread(target=self._lint, args=(request,), name="lint", daemon=True).start()

    def _lint(self, request: tuple[Policy, frozenset[str]]) -> None:
        while True:
            policy, words = request
            spellers = self.spellers or {}
            context = SpellingContext.for_policy(policy, spellers, words, with_suggestions=False)
            findings = lint_policy(policy, spellers, with_suggestions=False, context=context)
            self._emit(self.linted, Linted(findings, context))
            with self._lock:
                if self._pending is None:
                    self._running = False
                    return
                request, self._pending = self._pending, None
