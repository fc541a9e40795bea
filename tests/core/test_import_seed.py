"""Importing the Swedish seed policy: title, preamble, 18 sections, date."""

from __future__ import annotations

from pathlib import Path

from policyeditor.core.importing import import_file
from policyeditor.core.model import walk

SEED_SECTIONS = [
    ("1", "Information som vi samlar in"),
    ("1.1", "Information som du uppger"),
    ("1.2", "Information vi får när du använder våra tjänster"),
    ("1.2.1", "Enhetsinformation"),
    ("1.2.2", "Logginformation"),
    ("1.2.3", "Platsinformation"),
    ("1.2.4", "Lokal lagring"),
    ("1.2.5", "Cookies och liknande teknik"),
    ("2", "Hur vi använder information som vi samlar in"),
    ("3", "Öppenhet och valmöjlighet"),
    ("4", "Information som du delar"),
    ("5", "Komma åt och uppdatera personuppgifter"),
    ("6", "Information som vi delar"),
    ("6.1", "Med ditt samtycke"),
    ("6.2", "För extern behandling"),
    ("6.3", "Av juridiska skäl"),
    ("7", "Informationssäkerhet"),
    ("8", "Förändringar"),
]


def test_seed_has_the_18_numbered_sections_with_their_headings(seed_path: Path) -> None:
    result = import_file(seed_path)
    got = [(ref.number, ref.section.heading) for ref in walk(result.policy)]
    assert got == SEED_SECTIONS
    assert result.warnings == []
    assert result.format == "txt"


def test_seed_title_preamble_language_and_date(seed_path: Path) -> None:
    policy = import_file(seed_path).policy
    assert policy.title == "Sekretesspolicy"
    assert policy.preamble.startswith("När du använder våra tjänster")
    assert policy.preamble.endswith("radera dina personuppgifter.")
    assert policy.language == "sv"
    assert policy.metadata == {"last_changed": "2021-01-24"}


def test_seed_bodies_keep_lists_and_lose_the_date_line_only(seed_path: Path) -> None:
    policy = import_file(seed_path).policy
    refs = {ref.number: ref.section for ref in walk(policy)}
    assert refs["1.2.2"].body.endswith("- Cookies som kan identifiera din webbläsare.")
    assert "\n- IP-adress.\n" in refs["1.2.2"].body
    # The closing "Integritetspolicy" line is not a heading (no number) and not
    # metadata we could name: it stays, as written, at the end of section 8.
    assert refs["8"].body.endswith("meddelande.\n\nIntegritetspolicy")
    assert all("Senast ändrad" not in ref.section.body for ref in walk(policy))
    # Headings never keep their numbers: numbers are derived.
    assert all(not ref.section.heading[:1].isdigit() for ref in walk(policy))
