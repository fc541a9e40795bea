"""The fixed words of an evidence pack, in the policy's language (sv, en).

Like :mod:`policyeditor.core.render.labels` these belong to the document, not
to the user interface: a Swedish policy's pack is in Swedish whatever the
editor's language. Languages without words of their own get the English.
"""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "pack": "Evidence pack",
        "intro": "The record of a published version: what it said, who reviewed it, "
                 "who released it and why.",
        "fingerprint": "Fingerprint (SHA-256)",
        "saved": "Saved",
        "approved": "Approved",
        "not_approved": "not approved by anyone",
        "published": "Published",
        "override": "Published despite open flags",
        "previous": "Previous published version",
        "no_previous": "none: this is the first published version",
        "note": "Note",
        "written": "This pack was written",
        "by_when": "{who}, {when}",
        "verify": "How to verify the fingerprint",
        "verify_what": "The fingerprint is the SHA-256 hash of the version's canonical "
                       "content: its title, language, metadata, preamble and every section's "
                       "heading, text and place, written as compact UTF-8 JSON with sorted "
                       "keys (section ids and review comments are not part of it). The same "
                       "text always has the same fingerprint; any change gives another.",
        "verify_check": "recomputes the fingerprint of every saved version from its stored "
                        "text and reports any version that does not match.",
        "verify_history": "lists version {label} with its fingerprint, which must equal the "
                          "one printed above.",
        "timeline": "Timeline of events",
        "time_utc": "Time (UTC)",
        "event": "Event",
        "by": "By",
        "details": "Details",
        "kind_saved": "Saved",
        "kind_approved": "Approved",
        "kind_acknowledged": "Flag acknowledged",
        "kind_override": "Gate overridden",
        "kind_published": "Published",
        "flags": "Flags and how each was resolved",
        "flags_count": "{count} flag(s) raised from version {previous} to version {label}: "
                       "{high} high, {medium} medium, {low} low.",
        "no_flags": "No flags were raised from version {previous} to version {label}.",
        "first": "There is no previous published version: this version was the first to be "
                 "published, so there is no redline and no flag.",
        "acknowledged": "Acknowledged by {who}, {when}",
        "withdrawn": "Sign-off withdrawn by {who}, {when}",
        "earlier": "Earlier",
        "overridden": "Not acknowledged; published with the reason: {reason}",
        "open": "Not acknowledged (a {severity} flag does not hold publishing back)",
        "resolution": "Resolution",
        "published_text": "The published text",
        "redline": "Redline against version {previous}",
    },
    "sv": {
        "pack": "Revisionsunderlag",
        "intro": "Underlag för en publicerad version: vad den sa, vem som granskade den, "
                 "vem som publicerade den och varför.",
        "fingerprint": "Fingeravtryck (SHA-256)",
        "saved": "Sparad",
        "approved": "Godkänd",
        "not_approved": "inte godkänd av någon",
        "published": "Publicerad",
        "override": "Publicerad trots öppna flaggor",
        "previous": "Föregående publicerade version",
        "no_previous": "ingen: detta är den första publicerade versionen",
        "note": "Anteckning",
        "written": "Underlaget skrevs",
        "by_when": "{who}, {when}",
        "verify": "Så kontrolleras fingeravtrycket",
        "verify_what": "Fingeravtrycket är SHA-256-hashen av versionens kanoniska innehåll: "
                       "titel, språk, metadata, inledning och varje avsnitts rubrik, text och "
                       "plats, skrivet som kompakt UTF-8-JSON med sorterade nycklar "
                       "(avsnittens id och granskningskommentarer ingår inte). Samma text ger "
                       "alltid samma fingeravtryck; varje ändring ger ett annat.",
        "verify_check": "räknar om fingeravtrycket för varje sparad version från dess lagrade "
                        "text och rapporterar varje version som inte stämmer.",
        "verify_history": "listar version {label} med dess fingeravtryck, som måste vara "
                          "detsamma som ovan.",
        "timeline": "Händelseförlopp",
        "time_utc": "Tid (UTC)",
        "event": "Händelse",
        "by": "Av",
        "details": "Detaljer",
        "kind_saved": "Sparad",
        "kind_approved": "Godkänd",
        "kind_acknowledged": "Flagga kvitterad",
        "kind_override": "Spärr åsidosatt",
        "kind_published": "Publicerad",
        "flags": "Flaggor och hur var och en hanterades",
        "flags_count": "{count} flagg(or) från version {previous} till version {label}: "
                       "{high} hög, {medium} medel, {low} låg.",
        "no_flags": "Inga flaggor från version {previous} till version {label}.",
        "first": "Det finns ingen tidigare publicerad version: detta var den första versionen "
                 "som publicerades, så det finns ingen ändringsjämförelse och inga flaggor.",
        "acknowledged": "Kvitterad av {who}, {when}",
        "withdrawn": "Kvittering återtagen av {who}, {when}",
        "earlier": "Tidigare",
        "overridden": "Inte kvitterad; publicerad med skälet: {reason}",
        "open": "Inte kvitterad (en flagga med allvarlighetsgrad {severity} hindrar inte "
                "publicering)",
        "resolution": "Hantering",
        "published_text": "Den publicerade texten",
        "redline": "Ändringar mot version {previous}",
    },
}


def word(language: str, key: str, **values: object) -> str:
    """The evidence pack's word ``key`` in ``language`` (English when it has none)."""
    text = _WORDS.get(language, _WORDS["en"])[key]
    return text.format(**values) if values else text


def languages() -> tuple[str, ...]:
    """Languages with words of their own (for tests: each must define every key)."""
    return tuple(_WORDS)


def keys(language: str) -> set[str]:
    """The keys ``language`` defines."""
    return set(_WORDS[language])
