"""Typed errors and warnings of the engine: a stable code and structured parameters.

Deep code never words a sentence for the user (DESIGN.md §10.1). It raises an
error, or reports a warning, that carries a **code** (``input.binary``,
``workspace.damaged``, ...) and its **parameters** (path, label, sizes, line
numbers...). The sentence is made in one place from the code:
:mod:`policyeditor.app.services.errors`, in English for the command line and
in the user's language for the editor. ``docs/errors.md`` lists every code;
codes are a contract and never change meaning.

Every error a user can provoke derives from :class:`PolicyEditorError`. Its
parameters are its public attributes: a subclass sets them in ``__init__``
(typed, for callers that act on them), and extra ones may be given by keyword.
``str(error)`` is technical (code and parameters), for logs and bug reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


def technical_text(code: str, params: Mapping[str, object]) -> str:
    """``code (name=value, ...)``: how an error or warning reads in a log."""
    if not params:
        return code
    shown = ", ".join(f"{name}={value!r}" for name, value in params.items())
    return f"{code} ({shown})"


class Coded(Protocol):
    """Anything the error catalogue can word: an error or a warning."""

    @property
    def code(self) -> str:
        """The stable code (docs/errors.md)."""

    @property
    def params(self) -> Mapping[str, object]:
        """The values the sentence names."""


class PolicyEditorError(Exception):
    """Base of every expected, user-provoked error (bad input, busy file...)."""

    #: The code of this class's errors; classes with several cases set it per instance.
    code: str = "error"

    def __init__(self, code: str | None = None, **params: object) -> None:
        super().__init__(code or self.code)
        if code is not None:
            self.code = code
        for name, value in params.items():
            setattr(self, name, value)

    @property
    def params(self) -> dict[str, object]:
        """The parameters: every public attribute but ``code``."""
        return {
            name: value
            for name, value in vars(self).items()
            if not name.startswith("_") and name != "code"
        }

    def __str__(self) -> str:
        return technical_text(self.code, self.params)


class InputError(PolicyEditorError):
    """A source file cannot be read as a policy (empty, binary, undecodable...).

    ``code`` says why (``input.empty``, ``input.too-large``...); ``path`` is the
    file as the user named it; some codes carry more (``size`` and ``limit``
    in bytes, the invalid ``byte`` and its ``offset``...).
    """

    code = "input.unreadable"

    def __init__(self, path: str, code: str, **params: object) -> None:
        self.path = path
        super().__init__(code, **params)


class InputWarning:
    """Something odd about an imported text that did not stop the import."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params: dict[str, object] = params

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, InputWarning)
            and (self.code, self.params) == (other.code, other.params)
        )

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        return f"InputWarning({technical_text(self.code, self.params)!r})"

    def __str__(self) -> str:
        return technical_text(self.code, self.params)
