"""Cross-references, defined terms, broken in-page links and empty sections (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.importing import import_file
from policyeditor.core.lint import Finding, Speller, lint_policy, message
from policyeditor.core.model import Policy, Section
from tests.core.lint_support import spellers as load


@pytest.fixture(scope="module")
def spellers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Speller]:
    return load(tmp_path_factory.mktemp("lint-cache"))


def _kind(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def test_a_dangling_reference_planted_in_the_seed_is_found(
        seed_path: Path, tmp_path: Path, spellers: dict[str, Speller]) -> None:
    text = seed_path.read_text(encoding="utf-8")
    anchor = "Loggdata innehåller följande:"
    assert anchor in text
    copy = tmp_path / "seed.txt"
    copy.write_text(text.replace(anchor, "Se avsnitt 21. " + anchor, 1), encoding="utf-8")
    clean = _kind(lint_policy(import_file(seed_path).policy, spellers), "cross-reference")
    assert clean == []
    found = _kind(lint_policy(import_file(copy).policy, spellers), "cross-reference")
    assert [(f.section, f.text, f.code) for f in found] == [
        ("1.2.2", "avsnitt 21", "reference.missing")]
    assert message(found[0], "sv") == "”avsnitt 21” hänvisar till avsnitt 21, som inte finns."


def test_a_corpus_reference_whose_number_no_longer_matches_its_title_is_found(
        histories_dir: Path, spellers: dict[str, Speller]) -> None:
    # No version in the corpus has a stale reference, so one is made the way it
    # happens: a new section is inserted before section 3 and nobody updates
    # "Section 3 ‘Personal data we collect about you’".
    policy = import_file(histories_dir / "Spotify" / "065_2026-07-01.md").policy
    assert _kind(lint_policy(policy, spellers), "cross-reference") == []
    policy.sections.insert(2, Section("Your choices about marketing", "You may opt out."))
    found = _kind(lint_policy(policy, spellers), "cross-reference")
    stale = [f for f in found if "Personal data we collect about you" in f.text]
    assert stale and all(f.code == "reference.title" for f in stale)
    assert stale[0].suggestions == ("4",)  # where that title now is
    assert "section 3 is headed “Your choices about marketing”" in message(stale[0], "en")


def test_references_to_other_documents_are_left_alone(spellers: dict[str, Speller]) -> None:
    body = ("As set out in Section 7027(m) of the CCPA Regulations and in Section 2 "
            "of this Policy; se även avsnitt 3 i lagen.")
    policy = Policy(language="en", sections=[Section("Scope", body), Section("Rights", "x")])
    assert _kind(lint_policy(policy, spellers), "cross-reference") == []


def test_defined_terms_used_with_another_case_or_never_used(
        spellers: dict[str, Speller]) -> None:
    policy = Policy(language="sv", sections=[
        Section("Definitioner", "Våra digitala tjänster (”Tjänsterna”) och vår butik "
                "(”Butiken”) beskrivs här."),
        Section("Användning", "När du använder Tjänsterna sparas loggar. Vi förbättrar "
                "tjänsterna löpande."),
    ])
    found = _kind(lint_policy(policy, spellers), "defined-term")
    assert [(f.code, f.text, f.section) for f in found] == [
        ("term.case", "tjänsterna", "2"), ("term.unused", "Butiken", "1")]


def test_a_capitalised_term_never_defined_is_found_only_where_terms_are_defined(
        spellers: dict[str, Speller]) -> None:
    body = ("The Platform (the “Platform”) is ours. Use the Services responsibly. "
            "We improve the Services. The Platform logs use.")
    policy = Policy(language="en", sections=[Section("Terms", body)])
    found = _kind(lint_policy(policy, spellers), "defined-term")
    assert [(f.code, f.text) for f in found] == [("term.undefined", "Services")]
    undefined_only = Policy(language="en", sections=[Section("Terms", "Use the Services. "
                                                                      "We run the Services.")])
    assert _kind(lint_policy(undefined_only, spellers), "defined-term") == []


def test_broken_in_page_links_and_empty_sections(spellers: dict[str, Speller]) -> None:
    policy = Policy(language="en", sections=[
        Section("Scope", "See [your rights](#s-2), [contact](#contact-us) and [old](#_x1y2z3)."),
        Section("Rights", ""),
        Section("Contact us", "Write to us."),
    ])
    links = _kind(lint_policy(policy, spellers), "link")
    assert [f.params["anchor"] for f in links] == ["_x1y2z3"]
    empty = _kind(lint_policy(policy, spellers), "structure")
    assert [(f.code, f.section) for f in empty] == [("structure.empty", "2")]


def test_references_follow_their_sections_to_new_numbers() -> None:
    from policyeditor.core.lint.references import retarget
    from policyeditor.core.model import numbers

    policy = Policy(language="sv", sections=[
        Section("Inledning", "Se avsnitt 3 och avsnitt 2.1 samt avsnitt 9."),
        Section("Uppgifter", "x", children=[Section("Cookies", "y")]),
        Section("Rättigheter", "Läs punkt 2 först."),
    ])
    before = numbers(policy)
    policy.sections[1], policy.sections[2] = policy.sections[2], policy.sections[1]
    changed = dict(retarget(policy, before))
    assert changed == {
        policy.sections[0].id: "Se avsnitt 2 och avsnitt 3.1 samt avsnitt 9.",
        policy.sections[1].id: "Läs punkt 3 först.",
    }
