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

from policyeditor.core.errors import Coded, PolicyEditorError

CONTEXT = "Errors"

_SOURCES: dict[str, object] = {
    # -- a file that cannot be read as a policy (InputError) --------------------------
    "input.not-found": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: there is no such file."),
    "input.folder": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: this is a folder, not a file."),
    "input.bad-name": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: this is not a valid file name."),
    "input.not-regular": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: this is not a regular file."),
    "input.permission": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: you do not have permission to read it."),
    "input.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: the file cannot be read."),
    "input.empty": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: the file is empty."),
    "input.blank": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: the file contains only blank space."),
    "input.too-large": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: the file is {size}; "
        "PolicyEditor imports texts up to {limit}."),
    "input.binary": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: this is not a text file (binary data)."),
    "input.database": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: this is a database (such as a .policy "
        "workspace), not a text file; open it as a workspace."),
    "input.pdf": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: this is a PDF file, not a text file; "
        "export it as plain text first."),
    "input.zip": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: this is a ZIP-based file (such as a Word "
        "document), not a text file; save it as plain text or Markdown first."),
    "input.old-office": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: this is an old Office document, not a text file."),
    "input.latin1": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: the text is not UTF-8 (it looks like "
        "Latin-1/Windows-1252); save it as UTF-8 and import again."),
    "input.not-utf8": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: the text is not UTF-8 (invalid byte {byte} "
        "at position {offset}); save it as UTF-8 and import again."),
    "input.web-page-empty": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read as a policy: the web page has no text."),
    "input.web-page-too-deep": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read as a policy: the web page is nested more than {depth} "
        "levels deep."),
    "docx.unsafe-dtd": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: the Word document is unsafe or damaged ({part} declares a "
        "DTD)."),
    "docx.bad-xml": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: the Word document is damaged ({part} is not valid XML)."),
    "docx.empty-part": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read: the Word document is damaged ({part} is empty)."),
    "docx.password": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this Word document is password-protected; remove the "
        "password in Word (File > Info > Protect Document) and import again."),
    "docx.legacy-doc": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this is a legacy Word .doc file; save it as .docx (Word "
        "2007 or later) first."),
    "docx.legacy-office": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this is a legacy Office file, not a .docx; save it as .docx"
        " first."),
    "docx.too-large": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: the Word document is {size}; the limit is {limit}."),
    "docx.zip-bomb": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: the Word document is unsafe or damaged ({part} inflates "
        "beyond {limit})."),
    "docx.not-word": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this is a ZIP file but not a Word document (no {part})."),
    "docx.rtf": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this is an RTF document, not a .docx; save it as .docx "
        "first."),
    "docx.not-zip": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this is not a Word document (.docx): it is not a ZIP file."),
    "docx.damaged-zip": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: the Word document is damaged (not a readable ZIP file)."),
    "docx.too-many-parts": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: the Word document is unsafe or damaged ({count} parts)."),
    "docx.strict": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be read: this is not a Word document (.docx) or it uses an "
        "unsupported variant (Strict Open XML); save it as a normal .docx."),
    "docx.no-body": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read: the Word document is damaged (it has no body)."),
    "docx.no-text": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be read: the Word document contains no text."),
    "input.language": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” cannot be imported: unknown language “{language}”; use one of {choices}."),
    # -- oddities of an imported text (InputWarning) ----------------------------------
    "import.no-title": QT_TRANSLATE_NOOP("Errors", "no title found; the title is empty"),
    "import.no-sections": QT_TRANSLATE_NOOP(
        "Errors", "no section headings found; the whole text is in the preamble"),
    "import.renumbered": QT_TRANSLATE_NOOP(
        "Errors",
        "heading “{heading}” is numbered {written} in the source and becomes {derived} "
        "(numbers follow position)"),
    "import.out-of-sequence": QT_TRANSLATE_NOOP(
        "Errors",
        "line {line} looks like heading {number} but does not follow {previous}; kept as text"),
    "import.out-of-sequence-first": QT_TRANSLATE_NOOP(
        "Errors",
        "line {line} looks like heading {number} but cannot be the first heading; "
        "kept as text"),
    "import.more": QT_TRANSLATE_NOOP("Errors", "… and {count} more"),
    "docx.changes-accepted": QT_TRANSLATE_NOOP(
        "Errors", "{count} tracked change(s) in the Word document were taken as accepted"),
    "docx.images-left-out": QT_TRANSLATE_NOOP(
        "Errors", "{count} image(s) or drawing(s) were not imported"),
    "docx.notes-kept": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} footnote(s) or endnote(s) were kept as numbered notes after their paragraphs"),
    "docx.comments-kept": QT_TRANSLATE_NOOP(
        "Errors", "{count} Word comment(s) kept as review comments on their sections"),
    "docx.comments-moved": QT_TRANSLATE_NOOP(
        "Errors", "{count} comment(s) on the title or preamble were put on the first section"),
    "docx.comments-dropped": QT_TRANSLATE_NOOP(
        "Errors", "{count} comment(s) were dropped: the document has no sections"),
    "import.decoded-as": QT_TRANSLATE_NOOP(
        "Errors", "the file is not UTF-8; decoded as {encoding}"),
    "import.images-left-out": QT_TRANSLATE_NOOP(
        "Errors", "{count} image(s) left out; only text is imported"),
    # -- workspace files (WorkspaceError and its subclasses) --------------------------
    "workspace.missing": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is not a PolicyEditor workspace: there is no such file."),
    "workspace.is-folder": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is not a PolicyEditor workspace: it is a folder."),
    "workspace.empty": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is not a PolicyEditor workspace: the file is empty."),
    "workspace.foreign": QT_TRANSLATE_NOOP("Errors", "“{path}” is not a PolicyEditor workspace."),
    "workspace.other-program": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is not a PolicyEditor workspace: it is a database of another program."),
    "workspace.permission": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be opened: you do not have permission to read it."),
    "workspace.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be opened: the file cannot be read."),
    "workspace.damaged": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is damaged and cannot be used. The file was not changed."),
    "workspace.newer": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” was written by a newer PolicyEditor (format {found}; this version reads "
        "up to {supported}). Please update this program."),
    "workspace.exists": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” already exists. Choose another name."),
    "workspace.in-use": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is already open for editing in another PolicyEditor window ({who}, "
        "process {pid}). Close it there first, or open a copy of the file."),
    "workspace.busy": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is busy: another program is writing to it. Try again in a moment."),
    "workspace.read-only": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” is open read-only; nothing was changed."),
    "workspace.write-failed": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” could not be written; nothing was changed."),
    "workspace.change-refused": QT_TRANSLATE_NOOP(
        "Errors", "The workspace “{path}” refused the change; nothing was changed."),
    "workspace.cannot-create": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” could not be created; nothing was written."),
    "workspace.folder-not-writable": QT_TRANSLATE_NOOP(
        "Errors", "A workspace cannot be created in the folder “{path}”."),
    "workspace.no-folder": QT_TRANSLATE_NOOP(
        "Errors", "“{path}” cannot be created: the folder does not exist."),
    # -- versions and publishing --------------------------------------------------------
    "version.not-found": QT_TRANSLATE_NOOP("Errors", "There is no version labelled “{label}”."),
    "version.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "A version labelled “{label}” already exists. Choose another label."),
    "version.invalid-label": QT_TRANSLATE_NOOP(
        "Errors", "“{label}” cannot be a version label: it must be non-empty and on one line."),
    "version.published": QT_TRANSLATE_NOOP(
        "Errors", "Version “{label}” is published and can no longer change."),
    "version.already-approved": QT_TRANSLATE_NOOP(
        "Errors", "Version “{label}” is already approved."),
    "version.immutable": QT_TRANSLATE_NOOP("Errors", "Version “{label}” cannot be changed."),
    "publish.refused": QT_TRANSLATE_NOOP(
        "Errors",
        "Version “{label}” was not published: {count} high-severity flag(s) raised since "
        "the last published version are not acknowledged; acknowledge them or give a reason."),
    "document.read-only": QT_TRANSLATE_NOOP(
        "Errors", "This version is read-only; it cannot be edited."),
    # -- PDF writing (PdfExportError) -----------------------------------------------------
    "pdf.font": QT_TRANSLATE_NOOP("Errors", "The bundled font {name} could not be loaded."),
    "pdf.page-size": QT_TRANSLATE_NOOP(
        "Errors", "Unknown page size “{name}” (use A4 or Letter)."),
    "pdf.cannot-open": QT_TRANSLATE_NOOP(
        "Errors", "The PDF file could not be opened for writing."),
    "pdf.new-page": QT_TRANSLATE_NOOP("Errors", "The PDF writer could not start a new page."),
    "pdf.incomplete": QT_TRANSLATE_NOOP("Errors", "The PDF file could not be completed."),
    "pdf.empty": QT_TRANSLATE_NOOP("Errors", "Nothing to write: the document is empty."),
    # -- significance rules and flags -----------------------------------------------------
    "rules.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The rule file “{location}” cannot be used: {detail}"),
    "rules.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The rule file “{path}” cannot be read: {detail}"),
    "flags.detector-failed": QT_TRANSLATE_NOOP(
        "Errors", "Significance flags: the {detector} check failed; its flags are missing."),
    # -- drafting checks (lint) ----------------------------------------------------------
    "lint.dictionary-missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The spelling dictionary for “{language}” is not installed; "
        "reinstall PolicyEditor to get it."),
    # -- command-line usage (UsageError) --------------------------------------------------
    "usage.arguments": QT_TRANSLATE_NOOP("Errors", "{detail} (see '{command} --help')"),
    "usage.needs-file": QT_TRANSLATE_NOOP(
        "Errors", "{format} output needs a file name: -o OUT{extension}"),
    "usage.empty-label": QT_TRANSLATE_NOOP("Errors", "--label must not be empty"),
}

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
