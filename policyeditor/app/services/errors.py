"""Every sentence the user reads about an error or a warning, made from its code.

Deep code raises typed errors and reports typed warnings with a stable code
and parameters (``policyeditor.core.errors``); this module is the one place
where they become sentences (DESIGN.md §9, docs/errors.md):

- :func:`describe`: for the editor, in the UI language (Qt's translation,
  context ``Errors``); a file is named by its name alone.
- :func:`describe_for_cli`: for the command line, in English; a file is named
  as the user gave it, and technical details (what SQLite or the OS said) are
  appended, since whoever reads a terminal may need them for a bug report.
- :func:`describe_write_error`: a failed save or export, naming the file the
  user chose and why it failed, from the errno (not from the message text).

The command line imports this module only when it has something to report:
it loads Qt's core module, which a successful command should not pay for.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from policyeditor.app.services.error_texts import SOURCES as _SOURCES
from policyeditor.core.errors import Coded, PolicyEditorError

CONTEXT = "Errors"


# Every code and its English template (named parameters in braces).
CATALOGUE: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

# Why a file could not be written, by errno (the OS's own text is the fallback).
_WRITE_REASONS: dict[int, object] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "the folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "you do not have permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "you do not have permission to write there"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the disk reported a read or write error"),
}
_WRITTEN_IN = QT_TRANSLATE_NOOP("Errors", "“{name}” could not be written in {folder}: {reason}.")
_NOT_WRITTEN = QT_TRANSLATE_NOOP("Errors", "The file could not be written: {reason}.")

# Workspace errors that are a plain failure to write: worded like an OSError.
_WRITE_CODES = frozenset({
    "workspace.write-failed", "workspace.cannot-create", "workspace.folder-not-writable",
    "workspace.no-folder",
})
# Parameters that are technical text (English, from SQLite, the OS or a parser):
# never translated; the command line appends them unless the sentence names them.
_DETAILS = ("detail", "problems")


def _megabytes(size: int, localised: bool) -> str:
    value = size / (1024 * 1024)
    number = QLocale().toString(value, "f", 1) if localised else f"{value:.1f}"
    return f"{number} MB"


def _shown(name: str, value: object, for_gui: bool) -> str:
    """A parameter as the sentence shows it."""
    if name == "path" and for_gui:
        return Path(str(value)).name or str(value)  # the editor names files by name
    if name in ("size", "limit") and isinstance(value, int):
        return _megabytes(value, for_gui)
    if name == "byte" and isinstance(value, int):
        return f"0x{value:02x}"
    if name == "problems" and isinstance(value, list):
        return "; ".join(map(str, value[:3])) + (" ..." if len(value) > 3 else "")
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


class _Values(dict[str, str]):
    """Parameters for ``str.format_map``; one the error lacks shows as its name
    (a message with a gap beats a crash while reporting an error)."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def _values(params: Mapping[str, object], for_gui: bool) -> _Values:
    """The parameters as shown, plus the few the sentences derive from them."""
    values = _Values({name: _shown(name, value, for_gui) for name, value in params.items()})
    if "host" in params:  # who holds a workspace
        user, host = params.get("user") or "", params["host"]
        values["who"] = f"{user}@{host}" if user else str(host)
    if "flags" in params and isinstance(params["flags"], list | tuple):
        values.setdefault("count", str(len(params["flags"])))
    if "path" in params and "line" in params:  # a place in a rule file
        line = params["line"]
        values["location"] = f"{values['path']}:{line}" if line else values["path"]
    return values


def _fill(template: str, fallback: str, values: _Values) -> str:
    try:
        return template.format_map(dict(values))
    except (KeyError, ValueError, IndexError):
        # A translation with a misspelt parameter or a stray brace: the English is right.
        return fallback.format_map(values)


def describe(problem: Coded) -> str:
    """One clear sentence for an error or warning, in the UI language."""
    english = CATALOGUE.get(problem.code)
    if english is None:
        return str(problem)  # a code without a sentence is shown, not hidden
    values = _values(problem.params, for_gui=True)
    return _fill(QCoreApplication.translate(CONTEXT, english), english, values)


def describe_for_cli(problem: Coded) -> str:
    """The sentence in English, with the technical details the editor leaves out."""
    english = CATALOGUE.get(problem.code)
    if english is None:
        return str(problem)
    values = _values(problem.params, for_gui=False)
    text = english.format_map(values)
    details = [
        values[name] for name in _DETAILS
        if values.get(name) and "{" + name + "}" not in english
    ]
    return f"{text} ({'; '.join(details)})" if details else text


def _write_reason(error: BaseException) -> str:
    """Why a file could not be written, in the UI language, from the errno."""
    params = error.params if isinstance(error, PolicyEditorError) else {}
    cause = error if isinstance(error, OSError) else error.__cause__
    number = params.get("os_errno")
    if isinstance(error, PolicyEditorError) and error.code == "workspace.no-folder":
        number = errno.ENOENT
    elif number is None and isinstance(cause, OSError):
        number = cause.errno
    known = _WRITE_REASONS.get(number) if isinstance(number, int) else None
    if known is not None:
        return QCoreApplication.translate(CONTEXT, str(known))
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror  # the OS's own words: better than none
    return str(params.get("detail") or cause or error)


def describe_write_error(error: BaseException, target: str) -> str:
    """A failed save or export, naming the file the user chose, in the UI language.

    The writers go through a temporary file next to the target, so the raw
    error names ``.x.policy.123.tmp`` or ``.x.pdf.ab12.part`` and an errno; the
    user chose ``x.pdf`` in a folder, and wants to know what to do about it.
    """
    if isinstance(error, PolicyEditorError) and error.code not in _WRITE_CODES:
        return describe(error)
    if not isinstance(error, OSError | PolicyEditorError):
        if isinstance(error, ValueError):
            return str(error)
        return f"{type(error).__name__}: {error}"  # a bug: show it as it is
    values = _Values(reason=_write_reason(error))
    if not target:
        template = str(_NOT_WRITTEN)
    else:
        where = Path(target)
        values |= {"name": where.name, "folder": str(where.parent)}
        template = str(_WRITTEN_IN)
    return _fill(QCoreApplication.translate(CONTEXT, template), template, values)
