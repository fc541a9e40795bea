"""Import plain text and Markdown into a Policy, losing nothing.

Public API::

    import_file(path, *, language=None) -> ImportResult
    import_text(text, *, fmt=None, language=None, name="<text>") -> ImportResult
    detect_language(text) -> "sv" | "en"

Bad input (empty, binary, text no encoding explains, larger than 4 MB, not a
regular file) raises :class:`policyeditor.core.errors.InputError` and nothing
else. Text that is not UTF-8 (Windows-1252, Latin-1, UTF-16) is decoded with
a warning naming the encoding.
Oddities that do not stop an import (numbering that skips or repeats, a
numbered line that does not fit and stays text, no title, no sections) are
reported in :attr:`ImportResult.warnings`.

Format: ``.md``/``.markdown`` files are Markdown, ``.txt`` plain text,
``.docx`` Word (:mod:`.docx`; so is a file with another suffix that starts
like a ZIP or an OLE Office file, which then gets a precise error if it is
not a .docx), ``.html``/``.htm`` a saved web page (its main content, see
:mod:`.html`), other
suffixes are sniffed (Markdown when the text has Markdown headings). Plain
text is taken as written; in Markdown, heading text loses its inline markup
(links keep their text, emphasis and escapes go) because headings are plain.
Numbers in headings are always stripped: numbers derive from position.

What :mod:`policyeditor.core.textexport` writes, this reads back to the same
title, preamble, sections and dates (see tests/core/test_text_export.py for
the exact contract). Known limits: plain text needs a title and headings that
start with a capital letter or digit; a body line that itself looks like a
numbered heading or a date line may be read as one when re-imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing.assemble import parse
from policyeditor.core.importing.decode import (
    MAX_BYTES,
    decode_bytes,
    decode_source,
    normalise_text,
    read_bytes,
)
from policyeditor.core.importing.docx import DOCX_SUFFIXES, is_office_file, read_docx
from policyeditor.core.importing.html import HTML_SUFFIXES, read_web_page
from policyeditor.core.importing.language import detect_language
from policyeditor.core.model import LANGUAGES, Policy

__all__ = [
    "MAX_BYTES",
    "ImportResult",
    "InputError",
    "InputWarning",
    "decode_bytes",
    "detect_language",
    "import_file",
    "import_text",
]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})


@dataclass
class ImportResult:
    """The imported policy, what was odd about the source, and its format."""

    policy: Policy
    warnings: list[InputWarning] = field(default_factory=list)
    format: str = "txt"  # "txt", "md", "html" or "docx"


def _check_language(language: str | None, name: str) -> None:
    if language is not None and language not in LANGUAGES:
        raise InputError(name, "input.language", language=language, choices=list(LANGUAGES))


def import_text(
    text: str, *, fmt: str | None = None, language: str | None = None, name: str = "<text>"
) -> ImportResult:
    """Import ``text``; ``fmt`` is ``"txt"``, ``"md"`` or None (sniffed)."""
    _check_language(language, name)
    if fmt not in (None, "txt", "md"):
        raise ValueError(f"fmt must be 'txt', 'md' or None, not {fmt!r}")
    normalised = normalise_text(text, name)
    parsed = parse(normalised, fmt)
    policy = Policy(
        title=parsed.title,
        language=language or detect_language(normalised),
        metadata=parsed.metadata,
        preamble=parsed.preamble,
        sections=parsed.sections,
    )
    return ImportResult(policy, parsed.warnings, parsed.fmt)


def import_file(path: str | Path, *, language: str | None = None) -> ImportResult:
    """Import a plain-text, Markdown or Word (.docx) file (the format follows
    the suffix; other suffixes are sniffed)."""
    name = str(path)
    _check_language(language, name)
    suffix = Path(path).suffix.lower()
    # A file named as text keeps the text checks (and their hint to save as
    # text); any other name is sniffed, so a .docx without its suffix works.
    known_text = suffix in MARKDOWN_SUFFIXES or suffix in TEXT_SUFFIXES
    if suffix in DOCX_SUFFIXES or (not known_text and is_office_file(path)):
        docx = read_docx(path, language=language)
        return ImportResult(docx.policy, docx.warnings, "docx")
    if suffix in HTML_SUFFIXES:
        # a saved web page: its main content as Markdown, imported as Markdown
        page = read_web_page(read_bytes(path), name)
        result = import_text(page.markdown, fmt="md", language=language or page.language, name=name)
        result.warnings[:0] = page.warnings
        result.format = "html"
        return result
    decoded = decode_source(read_bytes(path), name)
    fmt = "md" if suffix in MARKDOWN_SUFFIXES else "txt" if suffix in TEXT_SUFFIXES else None
    result = import_text(decoded.text, fmt=fmt, language=language, name=name)
    if decoded.warning:
        result.warnings.insert(0, decoded.warning)
    return result
