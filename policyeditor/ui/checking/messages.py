"""A finding's sentence in the editor's UI language (Qt's translation, context ``Problems``).

The command line words findings in the document's language from
``core.lint.messages``; the editor speaks its user's language, so the same
codes are worded here through ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from policyeditor.core.lint import Finding

CONTEXT = "Problems"

_TEMPLATES: dict[str, object] = {
    "spelling.unknown": QT_TRANSLATE_NOOP("Problems", "“{word}” is not in the {dictionary}."),
    "reference.missing": QT_TRANSLATE_NOOP(
        "Problems", "“{reference}” points to section {number}, which does not exist."),
    "reference.title": QT_TRANSLATE_NOOP(
        "Problems", "“{reference}”: section {number} is headed “{heading}”, not “{quoted}”."),
    "term.case": QT_TRANSLATE_NOOP(
        "Problems", "The defined term “{term}” is written “{found}” here."),
    "term.unused": QT_TRANSLATE_NOOP("Problems", "“{term}” is defined but never used."),
    "term.undefined": QT_TRANSLATE_NOOP(
        "Problems", "“{term}” is written as a defined term but is never defined."),
    "link.anchor": QT_TRANSLATE_NOOP(
        "Problems", "The link “{label}” points to “#{anchor}”, which is not in the document."),
    "structure.empty": QT_TRANSLATE_NOOP("Problems", "Section {number} has no text."),
    "structure.no-heading": QT_TRANSLATE_NOOP("Problems", "Section {number} has no heading."),
}
_DICTIONARIES: dict[str, object] = {
    "sv": QT_TRANSLATE_NOOP("Problems", "Swedish dictionary"),
    "en": QT_TRANSLATE_NOOP("Problems", "English dictionary"),
}
_KINDS: dict[str, object] = {
    "spelling": QT_TRANSLATE_NOOP("Problems", "Spelling"),
    "cross-reference": QT_TRANSLATE_NOOP("Problems", "Reference"),
    "defined-term": QT_TRANSLATE_NOOP("Problems", "Defined term"),
    "link": QT_TRANSLATE_NOOP("Problems", "Link"),
    "structure": QT_TRANSLATE_NOOP("Problems", "Structure"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def describe(finding: Finding) -> str:
    """``finding`` as a sentence in the UI language."""
    params = dict(finding.params)
    if "dictionary" in params:
        params["dictionary"] = _tr(_DICTIONARIES.get(params["dictionary"], params["dictionary"]))
    template = _TEMPLATES.get(finding.code)
    if template is None:
        return finding.code
    try:
        return _tr(template).format(**params)
    except (KeyError, IndexError, ValueError):
        return _tr(template)


def kind_name(kind: str) -> str:
    """The kind of a finding as the Problems panel shows it."""
    return _tr(_KINDS.get(kind, kind))
