"""The few fixed words that appear inside exported documents, in sv, en and de.

These belong to the document (its language is the policy's language), not to
the user interface, so they do not go through Qt's translation: an English
policy exported from a Swedish UI still says "Contents", "page 3 of 9".
"""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "version": "Version",
        "draft": "Draft",
        "fingerprint": "Fingerprint",
        "last_changed": "Last changed",
        "effective": "Effective",
        "status": "Status",
        "status_draft": "draft",
        "status_approved": "approved",
        "status_published": "published",
        "created": "Saved",
        "organisation": "Organisation",
        "what_changed": "What has changed",
        "page_of": "page {page} of {pages}",
        "comparison": "Comparison of versions",
        "old_version": "Previous version",
        "new_version": "New version",
        "source": "Source",
        "title": "Title",
        "summary": "Summary",
        "added": "added",
        "removed": "removed",
        "modified": "modified",
        "moved": "moved",
        "unchanged": "unchanged",
        "sections": "Sections",
        "flags": "Changes that need review",
        "no_flags": "No changes were flagged for review.",
        "severity_high": "High",
        "severity_medium": "Medium",
        "severity_low": "Low",
        "assessment": "Assessment",
        "assessment_editorial": "editorial",
        "assessment_substantive": "substantive",
        "moved_from": "moved from {number}",
        "moved_to": "moved to {number}",
        "split_from": "text from {number}",
        "merged_into": "text now in {number}",
        "removed_section": "removed",
        "added_section": "new section",
        "legend": "Legend",
        "legend_inserted": "inserted text",
        "legend_deleted": "deleted text",
        "legend_moved": "moved section",
        "full_text": "The new version with changes marked",
        "show_unchanged": "Unchanged section",
        "evidence": "Evidence",
        "reference": "Reference",
        "ignore_formatting": "Formatting-only changes are ignored.",
        "preamble": "Introduction",
        "section": "Section",
        "page_ref": "page {page}",
        "signed_off": "Signed off by {reviewer} on {when}",
        "whole_document": "The document as a whole",
    },
    "sv": {
        "contents": "Innehåll",
        "version": "Version",
        "draft": "Utkast",
        "fingerprint": "Fingeravtryck",
        "last_changed": "Senast ändrad",
        "effective": "Gäller från",
        "status": "Status",
        "status_draft": "utkast",
        "status_approved": "godkänd",
        "status_published": "publicerad",
        "created": "Sparad",
        "organisation": "Organisation",
        "what_changed": "Vad har ändrats",
        "page_of": "sida {page} av {pages}",
        "comparison": "Jämförelse av versioner",
        "old_version": "Tidigare version",
        "new_version": "Ny version",
        "source": "Källa",
        "title": "Titel",
        "summary": "Sammanfattning",
        "added": "tillagda",
        "removed": "borttagna",
        "modified": "ändrade",
        "moved": "flyttade",
        "unchanged": "oförändrade",
        "sections": "Avsnitt",
        "flags": "Ändringar som behöver granskas",
        "no_flags": "Inga ändringar flaggades för granskning.",
        "severity_high": "Hög",
        "severity_medium": "Medel",
        "severity_low": "Låg",
        "assessment": "Bedömning",
        "assessment_editorial": "redaktionell",
        "assessment_substantive": "materiell",
        "moved_from": "flyttat från {number}",
        "moved_to": "flyttat till {number}",
        "split_from": "text från {number}",
        "merged_into": "texten finns nu i {number}",
        "removed_section": "borttaget",
        "added_section": "nytt avsnitt",
        "legend": "Teckenförklaring",
        "legend_inserted": "tillagd text",
        "legend_deleted": "borttagen text",
        "legend_moved": "flyttat avsnitt",
        "full_text": "Den nya versionen med ändringarna markerade",
        "show_unchanged": "Oförändrat avsnitt",
        "evidence": "Underlag",
        "reference": "Referens",
        "ignore_formatting": "Ändringar som bara gäller formatering ignoreras.",
        "preamble": "Inledning",
        "section": "Avsnitt",
        "page_ref": "sida {page}",
        "signed_off": "Kvitterad av {reviewer} {when}",
        "whole_document": "Dokumentet som helhet",
    },
    "de": {
        "contents": "Inhalt",
        "version": "Version",
        "draft": "Entwurf",
        "fingerprint": "Fingerabdruck",
        "last_changed": "Zuletzt geändert",
        "effective": "Gültig ab",
        "status": "Status",
        "status_draft": "Entwurf",
        "status_approved": "genehmigt",
        "status_published": "veröffentlicht",
        "created": "Gespeichert",
        "organisation": "Organisation",
        "what_changed": "Was sich geändert hat",
        "page_of": "Seite {page} von {pages}",
        "comparison": "Vergleich der Fassungen",
        "old_version": "Frühere Fassung",
        "new_version": "Neue Fassung",
        "source": "Quelle",
        "title": "Titel",
        "summary": "Zusammenfassung",
        "added": "hinzugefügt",
        "removed": "entfernt",
        "modified": "geändert",
        "moved": "verschoben",
        "unchanged": "unverändert",
        "sections": "Abschnitte",
        "flags": "Zu prüfende Änderungen",
        "no_flags": "Keine Änderung wurde zur Prüfung markiert.",
        "severity_high": "Hoch",
        "severity_medium": "Mittel",
        "severity_low": "Niedrig",
        "assessment": "Bewertung",
        "assessment_editorial": "redaktionell",
        "assessment_substantive": "inhaltlich",
        "moved_from": "verschoben aus {number}",
        "moved_to": "verschoben nach {number}",
        "split_from": "Text aus {number}",
        "merged_into": "Text jetzt in {number}",
        "removed_section": "entfernt",
        "added_section": "neuer Abschnitt",
        "legend": "Legende",
        "legend_inserted": "eingefügter Text",
        "legend_deleted": "gelöschter Text",
        "legend_moved": "verschobener Abschnitt",
        "full_text": "Die neue Fassung mit markierten Änderungen",
        "show_unchanged": "Unveränderter Abschnitt",
        "evidence": "Beleg",
        "reference": "Verweis",
        "ignore_formatting": "Reine Formatierungsänderungen werden ignoriert.",
        "preamble": "Einleitung",
        "section": "Abschnitt",
        "page_ref": "Seite {page}",
        "signed_off": "Abgezeichnet von {reviewer} am {when}",
        "whole_document": "Das Dokument als Ganzes",
    },
}

DEFAULT_LANGUAGE = "en"


def document_language(language: str) -> str:
    """The label language for a policy language (unknown languages fall back to English)."""
    primary = (language or "").split("-")[0].lower()
    return primary if primary in _LABELS else DEFAULT_LANGUAGE


def label(language: str, key: str, **values: object) -> str:
    """The fixed word ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    text = _LABELS[document_language(language)][key]
    return text.format(**values) if values else text


def keys() -> set[str]:
    """Every label key (for tests: both languages must define the same set)."""
    return set(_LABELS[DEFAULT_LANGUAGE])


def languages() -> tuple[str, ...]:
    """Languages with labels."""
    return tuple(_LABELS)


def language_keys(language: str) -> set[str]:
    """Keys defined for one language."""
    return set(_LABELS[language])
