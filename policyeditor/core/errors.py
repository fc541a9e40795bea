"""Typed exceptions raised by the engine.

Deep code raises these with structured fields; the command line and the UI
turn them into one clear sentence for the user. Every exception a user can
provoke with bad input derives from :class:`PolicyEditorError`.
"""

from __future__ import annotations


class PolicyEditorError(Exception):
    """Base of every expected, user-provoked error (bad input, busy file...)."""


class InputError(PolicyEditorError):
    """A source file cannot be read as a policy (empty, binary, undecodable...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
