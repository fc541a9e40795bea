"""The English template of every error and warning code, marked for Qt translation.

The catalogue's data, kept apart from :mod:`policyeditor.app.services.errors`
(which turns a code and its parameters into a sentence) so each stays small;
``docs/errors.md`` lists the same table and a test keeps them equal.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SOURCES: dict[str, object] = {
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
        "Errors", "“{path}” cannot be read as a policy: you do not have permission to read it."),
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
        "Errors", "“{path}” cannot be read: the Word document is {size}; the limit is {limit}."),
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
        "Errors", "“{path}” is not a PolicyEditor workspace: it is a database of another program."),
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
    "version.not-published": QT_TRANSLATE_NOOP(
        "Errors", "Version “{label}” is not published; an evidence pack is made only for a "
        "published version."),
    "publish.refused": QT_TRANSLATE_NOOP(
        "Errors",
        "Version “{label}” was not published: {count} high-severity flag(s) raised since "
        "the last published version are not acknowledged; acknowledge them or give a reason."),
    "publish.needs-approval": QT_TRANSLATE_NOOP(
        "Errors",
        "Version “{label}” was not published: this workspace requires an approval by someone "
        "other than its author {author}; ask a colleague to approve it first."),
    "approve.own-version": QT_TRANSLATE_NOOP(
        "Errors",
        "Version “{label}” was not approved: it was saved by {author}, and this workspace "
        "requires the approval of someone else, by name."),
    "publish.refused-first": QT_TRANSLATE_NOOP(
        "Errors",
        "Version “{label}” was not published: nothing has been published yet, and {count} "
        "high-severity flag(s) raised since the previous saved version “{base}” are not "
        "acknowledged; acknowledge them or give a reason."),
    "document.read-only": QT_TRANSLATE_NOOP(
        "Errors", "This version is read-only; it cannot be edited."),
    # -- PDF writing (PdfExportError) -----------------------------------------------------
    "pdf.font": QT_TRANSLATE_NOOP("Errors", "The bundled font {name} could not be loaded."),
    "pdf.page-size": QT_TRANSLATE_NOOP("Errors", "Unknown page size “{name}” (use A4 or Letter)."),
    "pdf.cannot-open": QT_TRANSLATE_NOOP("Errors", "The PDF file could not be opened for writing."),
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
