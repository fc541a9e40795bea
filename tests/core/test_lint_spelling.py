"""Spell check on real policies: planted typos are found with the right suggestion,
clean text gives (almost) no findings (issue 16, "Done when")."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.importing import import_file
from policyeditor.core.lint import Finding, Speller, lint_policy
from policyeditor.core.model import Policy, Section
from tests.core.lint_support import spellers as load

SPOTIFY = "Spotify/065_2026-07-01.md"

# (right word as it reads in the text, planted typo): swapped, missing, doubled letters
SEED_TYPOS = [
    ("dina personuppgifter behandlas", "dina personuppgifer behandlas"),  # missing
    ("Genom att samla in information", "Genom att samla in infromation"),  # swapped
    ("förbättra våra tjänster för alla", "förbättra våra tjännster för alla"),  # doubled
    ("identifiera din webbläsare eller", "identifiera din webbläsrae eller"),  # swapped
    ("andra användare av vår tjänst", "andra anvädare av vår tjänst"),  # missing
]
ENGLISH_TYPOS = [
    ("information", "infromation"),
    ("receive", "recieve"),
    ("personal", "personnal"),
    ("account", "acount"),
]


@pytest.fixture(scope="module")
def spellers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Speller]:
    return load(tmp_path_factory.mktemp("lint-cache"))


def _spelling(policy: Policy, spellers: dict[str, Speller]) -> list[Finding]:
    return [f for f in lint_policy(policy, spellers) if f.kind == "spelling"]


def _planted(source: Path, tmp_path: Path, typos: list[tuple[str, str]]) -> Policy:
    text = source.read_text(encoding="utf-8")
    for right, wrong in typos:
        assert right in text, right
        text = text.replace(right, wrong, 1)
    copy = tmp_path / source.name
    copy.write_text(text, encoding="utf-8")
    return import_file(copy).policy


def _typo(right: str, wrong: str) -> tuple[str, str]:
    """The one word that differs between the two phrases."""
    pairs = [(a, b) for a, b in zip(right.split(), wrong.split(), strict=True) if a != b]
    assert len(pairs) == 1
    return pairs[0]


def test_the_clean_seed_has_at_most_three_spelling_findings(
        seed_path: Path, spellers: dict[str, Speller]) -> None:
    policy = import_file(seed_path).policy
    assert len(_spelling(policy, spellers)) <= 3


def test_every_planted_typo_in_the_seed_is_found_with_the_right_suggestion(
        seed_path: Path, tmp_path: Path, spellers: dict[str, Speller]) -> None:
    found = {f.text: f for f in _spelling(_planted(seed_path, tmp_path, SEED_TYPOS), spellers)}
    for right, wrong in SEED_TYPOS:
        word, typo = _typo(right, wrong)
        assert typo in found, typo
        assert word in found[typo].suggestions[:3], (typo, found[typo].suggestions)


def test_a_clean_english_policy_has_at_most_one_finding_per_thousand_words(
        histories_dir: Path, spellers: dict[str, Speller]) -> None:
    source = histories_dir / SPOTIFY
    policy = import_file(source).policy
    words = len(source.read_text(encoding="utf-8").split())
    assert len(_spelling(policy, spellers)) <= words / 1000


def test_every_planted_typo_in_an_english_policy_is_found_with_the_right_suggestion(
        histories_dir: Path, tmp_path: Path, spellers: dict[str, Speller]) -> None:
    typos = [(f" {right} ", f" {wrong} ") for right, wrong in ENGLISH_TYPOS]
    policy = _planted(histories_dir / SPOTIFY, tmp_path, typos)
    found = {f.text: f for f in _spelling(policy, spellers)}
    for right, wrong in ENGLISH_TYPOS:
        assert wrong in found, wrong
        assert right in found[wrong].suggestions[:3], (wrong, found[wrong].suggestions)


def test_compounds_hyphens_names_links_and_numbers_are_not_findings(
        spellers: dict[str, Speller]) -> None:
    body = ("Vi använder pixeltaggar och Wi-Fi-åtkomstpunkter hos Zyxcorp. "
            "Skriv till dpo@zyxcorp.example eller se https://zyxcorp.example/integritet "
            "och [villkoren](https://example.com/vilkor). Koden `xqzt` och 5G gäller. "
            "GDPR och IMY nämns.")
    policy = Policy(title="Zyxcorp integritetspolicy", language="sv",
                    sections=[Section("Inledning", body)])
    assert _spelling(policy, spellers) == []


def test_a_section_in_the_other_language_is_checked_in_its_own(
        spellers: dict[str, Speller]) -> None:
    english = "We process your personal data when you use the service and we share it."
    swedish = "Vi behandlar dina personuppgifter när du använder tjänsten och delar dem."
    policy = Policy(title="Policy", language="sv",
                    sections=[Section("Inledning", swedish), Section("Scope", english)])
    assert _spelling(policy, spellers) == []
    typo = Policy(title="Policy", language="sv",
                  sections=[Section("Scope", english.replace("process", "proccess"))])
    findings = _spelling(typo, spellers)
    assert [f.text for f in findings] == ["proccess"]
    assert findings[0].params["dictionary"] == "en"
    assert "process" in findings[0].suggestions[:3]


def test_the_workspace_words_are_accepted(spellers: dict[str, Speller]) -> None:
    policy = Policy(title="Policy", language="sv",
                    sections=[Section("Leverantörer", "Vi använder Qwixly för analys.")])
    assert [f.text for f in _spelling(policy, spellers)] == ["Qwixly"]
    assert [f for f in lint_policy(policy, spellers, user_words=["Qwixly"])
            if f.kind == "spelling"] == []


def test_a_policy_in_a_third_language_is_not_spell_checked(
        histories_dir: Path, spellers: dict[str, Speller]) -> None:
    # Telegram's latest version is German; the importer can only call it sv or en
    source = histories_dir / "Telegram" / "017_2026-08-22.md"
    policy = import_file(source).policy
    assert source.read_text(encoding="utf-8").startswith("Telegram Datenschutzerklärung")
    assert _spelling(policy, spellers) == []


def test_english_words_the_dictionary_lacks_but_a_reader_knows_are_not_findings(
        spellers: dict[str, Speller]) -> None:
    body = ("We may reshare noncompliant posts, reidentify nothing and fulfil requests "
            "(fulfilment within a month). Our apps are at bsky.app and bsky.social. "
            "In Brazil, contact the Autoridade Nacional de Proteção de Dados.")
    policy = Policy(title="Privacy Policy", language="en",
                    sections=[Section(heading="Sharing", body=body)])
    assert [f.text for f in _spelling(policy, spellers)] == []


def test_typos_that_look_like_those_words_are_still_findings(
        spellers: dict[str, Speller]) -> None:
    # an unknown rest after a prefix, a short "-il", a capitalised typo in an English title
    body = ("We will unkown share, we wil not sell, see the Terms of Servise "
            "and the Data Protection Oficer.")
    policy = Policy(title="Privacy Policy", language="en",
                    sections=[Section(heading="Sharing", body=body)])
    assert {f.text for f in _spelling(policy, spellers)} == {"unkown", "wil", "Servise", "Oficer"}
