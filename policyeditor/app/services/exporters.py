"""The exporter registry: every output format, its options, extension and writer.

One list (``DOCUMENT_FORMATS`` for ``export``, ``REDLINE_FORMATS`` for
``compare``, ``EVIDENCE_FORMATS`` for ``evidence``) that the command line's
``--format`` choices and options, its ``--help`` and the editor's dialogs are
all built from, so a format added here appears everywhere at once. Writing
goes through :func:`write_export`, which writes a file atomically (a failed
export never leaves half a file) or text to standard output; the same call
serves the CLI and the editor's background export jobs.

Importing this module is cheap: each writer imports its renderer only when it
runs, so ``policyeditor export --format md`` never loads Qt.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Comparison
    from policyeditor.core.model import Policy
    from policyeditor.core.render.stamp import VersionStamp
    from policyeditor.core.workspace.audit import EvidenceFacts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without importing Qt (the CLI starts faster)."""
    return text


_CONTEXT = "Exporters"
PAGE_SIZES = ("A4", "Letter")


OptionKind = Literal["choice", "switch", "text"]


@dataclass(frozen=True)
class ExportOption:
    """One option a format takes: a choice (``--page-size``), a switch (``--pdfa``) or text.

    A text option (``--author NAME``) is a line edit in the dialog; its empty
    default means "the fallback", which ``fallback`` describes for ``--help``.
    """

    name: str  # attribute of ExportSettings and of the CLI's parsed arguments
    flag: str  # the command-line flag
    title: str  # translatable (context "Exporters"): the GUI's label and the CLI's help
    choices: tuple[str, ...] = ()  # empty: an on/off switch (or text, see free_text)
    default: str | bool = False
    free_text: bool = False
    fallback: str = ""  # what an empty text option stands for (CLI help, English)

    @property
    def kind(self) -> OptionKind:
        """How the option is given: one of fixed values, on/off, or free text."""
        if self.free_text:
            return "text"
        return "choice" if self.choices else "switch"


PAGE_SIZE = ExportOption(
    "page_size",
    "--page-size",
    QT_TRANSLATE_NOOP("Exporters", "Page size"),
    choices=PAGE_SIZES,
    default="A4",
)
PDFA = ExportOption("pdfa", "--pdfa", QT_TRANSLATE_NOOP("Exporters", "Archival PDF (PDF/A-1b)"))
AUTHOR = ExportOption(
    "author",
    "--author",
    QT_TRANSLATE_NOOP("Exporters", "Author of the changes"),
    default="",
    free_text=True,
    fallback="the author name in the settings, else the login name",
)
AUTHOR_KEY = "user/author"  # Settings.author_name's key in the settings file


@dataclass(frozen=True)
class ExportSettings:
    """The chosen options of one export (each format reads the ones it declares)."""

    page_size: str = "A4"
    pdfa: bool = False
    color: bool = False  # terminal colours for a text redline on a terminal (CLI only)
    author: str = ""  # who made the tracked changes of a Word redline ("": the login name)


def login_name() -> str:
    """The operating system's user name (never empty: a container may have none)."""
    import getpass

    try:
        return getpass.getuser() or "PolicyEditor"
    except Exception:  # no user database entry, no LOGNAME: any failure means no name
        return "PolicyEditor"


def default_author() -> str:
    """The author of a redline's changes when none is given: the settings' name, else the login.

    Reads the settings file with QtCore's QSettings alone (the key of
    ``Settings.author_name``; the Settings class would also load QtGui, a
    tenth of a second of a command's start), and only when a format takes an
    author.
    """
    from PySide6.QtCore import QSettings

    from policyeditor.app.paths import settings_file

    value = QSettings(str(settings_file()), QSettings.Format.IniFormat).value(AUTHOR_KEY, "")
    name = value.strip() if isinstance(value, str) else ""
    return name or login_name()


@dataclass(frozen=True)
class DocumentExport:
    """What a document export writes: the policy, which version it is, its release notice."""

    policy: Policy
    stamp: VersionStamp | None = None  # None: an unsaved draft or a plain file
    notice: str | None = None


@dataclass(frozen=True)
class EvidenceExport:
    """What an evidence pack writes: the facts of a published version, and the name of
    the workspace file its verification commands name."""

    facts: EvidenceFacts
    workspace: str


Subject = TypeVar("Subject", "DocumentExport", "Comparison", "EvidenceExport")


@dataclass(frozen=True)
class ExportFormat(Generic[Subject]):
    """One output format: name, title, extension, options and how it is produced.

    A text format has ``text`` (its content as a string, written as UTF-8 or to
    standard output); a binary format has ``write`` (writes a file).
    """

    name: str
    title: str  # translatable (context "Exporters")
    extension: str
    options: tuple[ExportOption, ...] = ()
    text: Callable[[Subject, ExportSettings], str] | None = None
    write: Callable[[Subject, Path, ExportSettings], None] | None = field(default=None)

    @property
    def needs_file(self) -> bool:
        """Binary output: it cannot go to standard output."""
        return self.text is None


# -- document formats -------------------------------------------------------------
def _markdown(doc: DocumentExport, _settings: ExportSettings) -> str:
    from policyeditor.core.textexport import to_markdown

    return to_markdown(doc.policy)


def _plain_text(doc: DocumentExport, _settings: ExportSettings) -> str:
    from policyeditor.core.textexport import to_plain_text

    return to_plain_text(doc.policy)


def _document_json(doc: DocumentExport, _settings: ExportSettings) -> str:
    from policyeditor.core.jsonexport import policy_to_json

    stamp = doc.stamp
    version = (stamp.label, stamp.fingerprint) if stamp and stamp.label is not None else None
    data = policy_to_json(doc.policy, version)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _document_html(doc: DocumentExport, _settings: ExportSettings) -> str:
    from policyeditor.core.render.html_export import policy_to_html

    return policy_to_html(doc.policy, version=doc.stamp, notice=doc.notice)


def _document_pdf(doc: DocumentExport, path: Path, settings: ExportSettings) -> None:
    from policyeditor.app.pdf.policy_pdf import write_policy_pdf

    write_policy_pdf(
        doc.policy,
        path,
        version=doc.stamp,
        page_size=settings.page_size,
        pdfa=settings.pdfa,
        notice=doc.notice,
    )


def _document_docx(doc: DocumentExport, path: Path, settings: ExportSettings) -> None:
    from policyeditor.core.wordexport.document import write_policy_docx

    write_policy_docx(doc.policy, path, version=doc.stamp, notice=doc.notice,
                      page_size=settings.page_size)


DOCUMENT_FORMATS: tuple[ExportFormat[DocumentExport], ...] = (
    ExportFormat("md", QT_TRANSLATE_NOOP("Exporters", "Markdown"), ".md", text=_markdown),
    ExportFormat("txt", QT_TRANSLATE_NOOP("Exporters", "Plain text"), ".txt", text=_plain_text),
    ExportFormat("json", QT_TRANSLATE_NOOP("Exporters", "JSON"), ".json", text=_document_json),
    ExportFormat("html", QT_TRANSLATE_NOOP("Exporters", "Web page (HTML)"), ".html",
                 text=_document_html),
    ExportFormat("pdf", QT_TRANSLATE_NOOP("Exporters", "PDF"), ".pdf", (PAGE_SIZE, PDFA),
                 write=_document_pdf),
    ExportFormat("docx", QT_TRANSLATE_NOOP("Exporters", "Word document (.docx)"), ".docx",
                 (PAGE_SIZE,), write=_document_docx),
)


# -- redline formats ----------------------------------------------------------------
def _redline_text(comparison: Comparison, settings: ExportSettings) -> str:
    from policyeditor.core.compare.text_format import format_text

    return format_text(comparison, color=settings.color)


def _redline_json(comparison: Comparison, _settings: ExportSettings) -> str:
    from policyeditor.core.compare.json_format import comparison_to_json

    return json.dumps(comparison_to_json(comparison), ensure_ascii=False, indent=2) + "\n"


def _redline_html(comparison: Comparison, _settings: ExportSettings) -> str:
    from policyeditor.core.render.redline_html import comparison_to_html

    return comparison_to_html(comparison)


def _redline_pdf(comparison: Comparison, path: Path, settings: ExportSettings) -> None:
    from policyeditor.app.pdf.redline_pdf import write_comparison_pdf

    write_comparison_pdf(comparison, path, page_size=settings.page_size)


def _redline_docx(comparison: Comparison, path: Path, settings: ExportSettings) -> None:
    from policyeditor.core.wordexport.tracked import write_redline_docx

    write_redline_docx(comparison, path, author=settings.author.strip() or login_name())


REDLINE_FORMATS: tuple[ExportFormat[Comparison], ...] = (
    ExportFormat("text", QT_TRANSLATE_NOOP("Exporters", "Plain text"), ".txt", text=_redline_text),
    ExportFormat("json", QT_TRANSLATE_NOOP("Exporters", "JSON"), ".json", text=_redline_json),
    ExportFormat("html", QT_TRANSLATE_NOOP("Exporters", "Web page (HTML)"), ".html",
                 text=_redline_html),
    ExportFormat("pdf", QT_TRANSLATE_NOOP("Exporters", "PDF"), ".pdf", (PAGE_SIZE,),
                 write=_redline_pdf),
    ExportFormat("docx",
                 QT_TRANSLATE_NOOP("Exporters", "Word document with tracked changes (.docx)"),
                 ".docx", (AUTHOR,), write=_redline_docx),
)

# -- the evidence pack of a published version ---------------------------------------
def _evidence_pdf(pack: EvidenceExport, path: Path, settings: ExportSettings) -> None:
    from policyeditor.app.pdf.evidence_pdf import write_evidence_pdf

    write_evidence_pdf(pack.facts, path, workspace=pack.workspace, page_size=settings.page_size)


EVIDENCE_FORMATS: tuple[ExportFormat[EvidenceExport], ...] = (
    ExportFormat("pdf", QT_TRANSLATE_NOOP("Exporters", "Evidence pack (PDF)"), ".pdf",
                 (PAGE_SIZE,), write=_evidence_pdf),
)

Kind = Literal["document", "redline", "evidence"]


def formats(kind: Kind) -> tuple[ExportFormat[DocumentExport], ...] | tuple[
    ExportFormat[Comparison], ...
] | tuple[ExportFormat[EvidenceExport], ...]:
    """The formats of ``export`` (``document``), ``compare`` (``redline``) or ``evidence``."""
    if kind == "evidence":
        return EVIDENCE_FORMATS
    return DOCUMENT_FORMATS if kind == "document" else REDLINE_FORMATS


def options_of(kind: Kind) -> tuple[ExportOption, ...]:
    """Every option any format of ``kind`` takes, each once, in registry order."""
    seen: dict[str, ExportOption] = {}
    for fmt in formats(kind):
        for option in fmt.options:
            seen.setdefault(option.name, option)
    return tuple(seen.values())


def document_format(name: str) -> ExportFormat[DocumentExport]:
    """The document format called ``name`` (KeyError when the registry has none)."""
    return _by_name(DOCUMENT_FORMATS, name)


def redline_format(name: str) -> ExportFormat[Comparison]:
    """The redline format called ``name`` (KeyError when the registry has none)."""
    return _by_name(REDLINE_FORMATS, name)


def evidence_format() -> ExportFormat[EvidenceExport]:
    """The evidence pack's one format (a PDF)."""
    return EVIDENCE_FORMATS[0]


def _by_name(
    registry: tuple[ExportFormat[Subject], ...], name: str
) -> ExportFormat[Subject]:
    for fmt in registry:
        if fmt.name == name:
            return fmt
    raise KeyError(name)


def write_export(
    fmt: ExportFormat[Subject],
    subject: Subject,
    target: str | Path | None,
    settings: ExportSettings | None = None,
) -> None:
    """Write ``subject`` as ``fmt`` to ``target`` (None or ``-``: standard output).

    Files are written atomically. Raises ValueError for a binary format sent
    to standard output (callers check :attr:`ExportFormat.needs_file` first).
    """
    from policyeditor.core.atomic import atomic_path, write_bytes_atomic

    settings = settings or ExportSettings()
    to_stdout = target is None or str(target) == "-"
    if fmt.text is not None:
        content = fmt.text(subject, settings)
        if to_stdout:
            sys.stdout.write(content)
            if content and not content.endswith("\n"):
                sys.stdout.write("\n")
            sys.stdout.flush()
        else:
            assert target is not None
            write_bytes_atomic(target, content.encode("utf-8"))
        return
    if to_stdout:
        raise ValueError(f"{fmt.name} output needs a file")
    assert fmt.write is not None and target is not None
    with atomic_path(target) as tmp:
        fmt.write(subject, Path(tmp), settings)
