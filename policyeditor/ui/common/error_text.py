"""Typed errors and import warnings, worded in the UI language.

The core words its errors and warnings in plain English, because the command
line prints them as they are. The editor speaks the user's language, so a
Swedish user must not read "kan inte läsas som en policy: this is not a text
file". The reasons the core gives are matched here (exactly, or by pattern
when they carry values such as sizes or line numbers) and translated; a reason
this module does not know is shown as written rather than hidden.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from policyeditor.core.errors import InputError, PolicyEditorError

_CONTEXT = "ErrorText"

# Exact reasons of core.importing.decode / core.sources / app.documents.
_REASONS: dict[str, object] = {
    "no such file": QT_TRANSLATE_NOOP("ErrorText", "there is no such file"),
    "is a folder, not a file": QT_TRANSLATE_NOOP("ErrorText", "this is a folder, not a file"),
    "this is a folder, not a file": QT_TRANSLATE_NOOP(
        "ErrorText", "this is a folder, not a file"
    ),
    "this is not a text file (binary data)": QT_TRANSLATE_NOOP(
        "ErrorText", "this is not a text file (binary data)"
    ),
    "the file is empty": QT_TRANSLATE_NOOP("ErrorText", "the file is empty"),
    "the file contains only blank space": QT_TRANSLATE_NOOP(
        "ErrorText", "the file contains only blank space"
    ),
    "this is not a regular file": QT_TRANSLATE_NOOP("ErrorText", "this is not a regular file"),
    "permission denied": QT_TRANSLATE_NOOP(
        "ErrorText", "you do not have permission to read it"
    ),
    "this is not a valid file name": QT_TRANSLATE_NOOP(
        "ErrorText", "this is not a valid file name"
    ),
    "this is a database (such as a .policy workspace), not a text file": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this is a database (such as a .policy workspace), not a text file; "
        "open it with File ▸ Open",
    ),
    "this is a PDF file, not a text file; export it as plain text first": QT_TRANSLATE_NOOP(
        "ErrorText", "this is a PDF file, not a text file; export it as plain text first"
    ),
    (
        "this is a ZIP-based file (such as a Word document), not a text file; "
        "save it as plain text or Markdown first"
    ): QT_TRANSLATE_NOOP(
        "ErrorText",
        "this is a ZIP-based file (such as a Word document), not a text file; "
        "save it as plain text or Markdown first",
    ),
    "this is an old Office document, not a text file": QT_TRANSLATE_NOOP(
        "ErrorText", "this is an old Office document, not a text file"
    ),
    (
        "the text is not UTF-8 (it looks like Latin-1/Windows-1252); "
        "save it as UTF-8 and import again"
    ): QT_TRANSLATE_NOOP(
        "ErrorText",
        "the text is not UTF-8 (it looks like Latin-1/Windows-1252); "
        "save it as UTF-8 and import again",
    ),
    "no title found; the title is empty": QT_TRANSLATE_NOOP(
        "ErrorText", "no title found; the title is empty"
    ),
    "no section headings found; the whole text is in the preamble": QT_TRANSLATE_NOOP(
        "ErrorText", "no section headings found; the whole text is in the preamble"
    ),
}

# Reasons that carry values: (pattern, translatable text with %1, %2...).
_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(r"the file is (.+ MB); PolicyEditor imports texts up to (.+ MB)"),
        QT_TRANSLATE_NOOP("ErrorText", "the file is %1; PolicyEditor imports texts up to %2"),
    ),
    (
        re.compile(
            r"the text is not UTF-8 \(invalid byte 0x(\w+) at offset (\d+)\); "
            r"save it as UTF-8 and import again"
        ),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "the text is not UTF-8 (invalid byte 0x%1 at position %2); "
            "save it as UTF-8 and import again",
        ),
    ),
    (
        re.compile(r"cannot read the file \((.*)\)"),
        QT_TRANSLATE_NOOP("ErrorText", "the file cannot be read (%1)"),
    ),
    (
        re.compile(
            r"heading (.+) is numbered (\S+) in the source and becomes (\S+) "
            r"\(numbers follow position\)"
        ),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "heading %1 is numbered %2 in the source and becomes %3 (numbers follow position)",
        ),
    ),
    (
        re.compile(r"line (\d+) looks like heading (\S+) but does not follow (.+); kept as text"),
        QT_TRANSLATE_NOOP(
            "ErrorText", "line %1 looks like heading %2 but does not follow %3; kept as text"
        ),
    ),
]


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _fill(template: str, values: tuple[str, ...]) -> str:
    # Highest number first, so %1 never eats the start of %10.
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template


def translate_reason(reason: str) -> str:
    """A core reason or import warning in the UI language (as written when unknown)."""
    known = _REASONS.get(reason)
    if known is not None:
        return _tr(known)
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(reason)
        if match:
            values = tuple(match.groups())
            if values and values[-1] == "the start":
                values = (*values[:-1], _tr(QT_TRANSLATE_NOOP("ErrorText", "the start")))
            return _fill(_tr(template), values)
    return reason


def _workspace_message(error: BaseException, name: str) -> str | None:
    """The sentence for a workspace error, or None when ``error`` is not one."""
    from policyeditor.core.workspace import errors as ws

    translate = QCoreApplication.translate
    label = str(getattr(error, "label", ""))
    if isinstance(error, ws.NotAWorkspace):
        text = translate("FileCommands", "“%1” is not a PolicyEditor workspace.")
    elif isinstance(error, ws.DamagedWorkspace):
        text = translate(
            "FileCommands", "“%1” is damaged and cannot be opened. The file was not changed."
        )
    elif isinstance(error, ws.NewerSchema):
        text = translate(
            "FileCommands", "“%1” was written by a newer PolicyEditor. Please update this program."
        )
    elif isinstance(error, ws.WorkspaceExists):
        text = translate("ErrorText", "“%1” already exists. Choose another name.")
    elif isinstance(error, ws.ReadOnlyWorkspace):
        text = translate("ErrorText", "“%1” is open read-only; nothing was changed.")
    elif isinstance(error, ws.DuplicateLabel):
        return translate(
            "ErrorText", "A version labelled “%1” already exists. Choose another label."
        ).replace("%1", label)
    elif isinstance(error, ws.InvalidLabel):
        return translate(
            "ErrorText",
            "“%1” cannot be a version label: it must be non-empty and on one line.",
        ).replace("%1", label)
    elif isinstance(error, ws.VersionNotFound):
        return translate("ErrorText", "There is no version labelled “%1”.").replace("%1", label)
    elif isinstance(error, ws.VersionImmutable):
        if "published" in error.reason:
            return translate(
                "ErrorText", "Version “%1” is published and can no longer change."
            ).replace("%1", label)
        return (
            translate("ErrorText", "Version “%1” cannot be changed (%2).")
            .replace("%1", label)
            .replace("%2", error.reason)
        )
    else:
        return None
    return text.replace("%1", name)


def describe_error(error: BaseException) -> str:
    """One clear sentence for a typed error, in the UI language."""
    from policyeditor.core.workspace import errors as ws

    name = Path(getattr(error, "path", "") or "").name
    if isinstance(error, ws.WorkspaceInUse):
        if error.pid is None:
            return QCoreApplication.translate(
                "FileCommands",
                "“%1” is busy: another program is writing to it. Try again in a moment.",
            ).replace("%1", name)
        who = f"{error.user}@{error.host}" if error.user else error.host
        return (
            QCoreApplication.translate(
                "FileCommands",
                "“%1” is already open for editing in another PolicyEditor window (%2, "
                "process %3). Close it there first, or open a copy of the file.",
            )
            .replace("%1", name)
            .replace("%2", who)
            .replace("%3", str(error.pid))
        )
    message = _workspace_message(error, name)
    if message is not None:
        return message
    if isinstance(error, InputError):
        return (
            QCoreApplication.translate("FileCommands", "“%1” cannot be read as a policy: %2")
            .replace("%1", name)
            .replace("%2", translate_reason(error.reason))
        )
    return str(error)


def _write_reason(error: BaseException) -> str:
    """Why a file could not be written, in the UI language."""
    translate = QCoreApplication.translate
    cause = error if isinstance(error, OSError) else error.__cause__
    if not isinstance(cause, OSError):
        if "the folder does not exist" in str(error):
            return translate("ErrorText", "the folder does not exist")
        return str(cause or error)
    reasons = {
        errno.ENOENT: lambda: translate("ErrorText", "the folder does not exist"),
        errno.EACCES: lambda: translate("ErrorText", "you do not have permission to write there"),
        errno.EPERM: lambda: translate("ErrorText", "you do not have permission to write there"),
        errno.ENOSPC: lambda: translate("ErrorText", "the disk is full"),
        errno.EROFS: lambda: translate("ErrorText", "the disk is read-only"),
        errno.ENAMETOOLONG: lambda: translate("ErrorText", "the name is too long"),
    }
    known = reasons.get(cause.errno or 0)
    return known() if known is not None else (cause.strerror or str(cause))


def describe_write_error(error: BaseException, target: str) -> str:
    """A failed save or export, naming the file the user chose.

    The writers go through a temporary file next to the target, so the raw
    error names ``.x.policy.123.tmp`` or ``.x.pdf.ab12.part`` and an errno; the
    user chose ``x.pdf`` in a folder, and wants to know what to do about it.
    """
    from policyeditor.core.workspace.errors import WorkspaceError

    plain_write = isinstance(error, OSError) or type(error) is WorkspaceError
    if not plain_write:
        if isinstance(error, PolicyEditorError):
            return describe_error(error)
        if isinstance(error, ValueError):
            return str(error)
        return f"{type(error).__name__}: {error}"  # a bug: show it as it is
    if not target:
        text = QCoreApplication.translate("ErrorText", "The file could not be written: %1.")
        return text.replace("%1", _write_reason(error))
    where = Path(target)
    return (
        QCoreApplication.translate("ErrorText", "“%1” could not be written in %2: %3.")
        .replace("%1", where.name)
        .replace("%2", str(where.parent))
        .replace("%3", _write_reason(error))
    )
