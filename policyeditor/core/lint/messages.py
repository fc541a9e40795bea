"""The sentence of each finding, in Swedish or English.

The command line writes findings in the document's language (a Swedish
policy's drafters read Swedish), so these are data keyed by language rather
than Qt translations; the editor words findings in its own UI language from
the same codes (``ui/checking``).
"""

from __future__ import annotations

from policyeditor.core.lint.findings import Finding

TEMPLATES: dict[str, dict[str, str]] = {
    "spelling.unknown": {
        "en": "“{word}” is not in the {dictionary} dictionary.",
        "sv": "”{word}” finns inte i {dictionary} ordlistan.",
    },
    "reference.missing": {
        "en": "“{reference}” points to section {number}, which does not exist.",
        "sv": "”{reference}” hänvisar till avsnitt {number}, som inte finns.",
    },
    "reference.title": {
        "en": "“{reference}”: section {number} is headed “{heading}”, not “{quoted}”.",
        "sv": "”{reference}”: avsnitt {number} har rubriken ”{heading}”, inte ”{quoted}”.",
    },
    "term.case": {
        "en": "The defined term “{term}” is written “{found}” here.",
        "sv": "Den definierade termen ”{term}” skrivs ”{found}” här.",
    },
    "term.unused": {
        "en": "“{term}” is defined but never used.",
        "sv": "”{term}” definieras men används aldrig.",
    },
    "term.undefined": {
        "en": "“{term}” is written as a defined term but is never defined.",
        "sv": "”{term}” skrivs som en definierad term men definieras aldrig.",
    },
    "link.anchor": {
        "en": "The link “{label}” points to “#{anchor}”, which is not in the document.",
        "sv": "Länken ”{label}” pekar på ”#{anchor}”, som inte finns i dokumentet.",
    },
    "structure.empty": {
        "en": "Section {number} has no text.",
        "sv": "Avsnitt {number} har ingen text.",
    },
    "structure.no-heading": {
        "en": "Section {number} has no heading.",
        "sv": "Avsnitt {number} saknar rubrik.",
    },
}

_DICTIONARY_NAMES = {
    "en": {"sv": "Swedish", "en": "English"},
    "sv": {"sv": "den svenska", "en": "den engelska"},
}


def message(finding: Finding, language: str) -> str:
    """``finding`` as a sentence in ``language`` (``sv``/``en``; English otherwise)."""
    language = language if language in ("sv", "en") else "en"
    template = TEMPLATES[finding.code][language]
    params = dict(finding.params)
    if "dictionary" in params:
        params["dictionary"] = _DICTIONARY_NAMES[language][params["dictionary"]]
    return template.format(**params)
