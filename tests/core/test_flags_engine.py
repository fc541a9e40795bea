"""detect_flags as the command line and UI use it: order, keys, assessment."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.compare import compare
from policyeditor.core.compare.result import CATEGORIES, SEVERITIES
from policyeditor.core.flags import FlagReport, detect_flags, flag_key
from policyeditor.core.model import Policy, Section
from tests.core.flag_cases.pairs import comparison, flags, policy


def test_flags_come_in_reading_order_most_severe_first_within_a_section() -> None:
    found = flags(["Vi sparar namn.", "Vi sparar adress."],
                  ["Vi sparar namn och delar det med partner i USA.",
                   "Vi sparar adress och skickar marknadsföring."])
    sections = [f.section for f in found]
    assert sections == sorted(sections)
    first = [f.severity for f in found if f.section == "1"]
    assert first == sorted(first, key=["high", "medium", "low"].index)


def test_assessment_is_substantive_only_with_a_medium_or_high_flag() -> None:
    quiet = comparison("Vi skall radera uppgifterna.", "Vi ska radera uppgifterna.")
    report = detect_flags(quiet)
    assert report.flags == [] and report.assessment == "editorial"
    loud = comparison("Vi raderar uppgifterna.", "Vi säljer uppgifterna.")
    loud_report = detect_flags(loud)
    assert loud_report.assessment == "substantive"
    loud.flags = loud_report.flags
    assert loud.assessment == "substantive"
    only_low = FlagReport([f for f in loud_report.flags if f.severity == "low"])
    assert only_low.assessment == "editorial"


def test_flag_key_ignores_numbering_and_spacing_but_not_rule_or_section() -> None:
    flag = flags("Vi sparar namn.", "Vi sparar namn och säljer dem.")[0]
    key = flag_key(flag)
    assert key == flag_key(replace(flag, section="7.3"))
    assert key == flag_key(replace(flag, evidence=flag.evidence.replace(" ", "  ")))
    assert key == flag_key(replace(flag, explanation="other words"))
    assert key != flag_key(replace(flag, rule="other-rule"))
    assert key != flag_key(replace(flag, section_id="elsewhere"))
    assert key != flag_key(replace(flag, evidence=flag.evidence + " mer"))
    # the same edit compared twice gives the same keys (sign-off survives a re-run)
    again = flags("Vi sparar namn.", "Vi sparar namn och säljer dem.")[0]
    assert flag_key(again) == key


def test_a_change_in_the_preamble_is_flagged_without_a_section_number() -> None:
    old = Policy(title="P", language="en", preamble="We keep your data.",
                 sections=[Section("About", "Text.", id="a")])
    new = Policy(title="P", language="en", preamble="We keep and sell your data.",
                 sections=[Section("About", "Text.", id="a")])
    found = detect_flags(compare(old, new)).flags
    assert [(f.rule, f.section, f.section_id) for f in found] == [("selling-added", "", "")]


def test_unchanged_and_renumbered_sections_raise_nothing() -> None:
    old = policy(["Vi delar uppgifter med partner.", "Vi sparar loggar i 30 dagar."], "sv")
    new = old.clone()
    new.sections.insert(0, Section("Inledning", "Välkommen.", id="intro"))
    found = detect_flags(compare(old, new)).flags
    assert [f.rule for f in found] == ["section-added"]
    assert found[0].severity == "low"


def test_unknown_document_language_uses_both_rule_sets() -> None:
    old = policy(["We keep data."], "de")
    new = policy(["We keep and sell data. Vi säljer data."], "de")
    rules = {f.rule for f in detect_flags(compare(old, new)).flags}
    assert "selling-added" in rules


_WORDS = st.sampled_from([
    "Vi", "delar", "inte", "uppgifter", "med", "USA", "samtycke", "kan", "ska", "30", "dagar",
    "We", "share", "not", "data", "may", "will", "cookies", "Acme", "t.ex.", "e.g.", "-", "*",
    "[länk](https://x.se/a)", "**fet**", ".", ",", ":", "\n", "\n\n", "  ", "\u2011", "“", "’s",
])
_TEXTS = st.lists(_WORDS, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(old=st.lists(_TEXTS, min_size=1, max_size=3), new=st.lists(_TEXTS, max_size=3),
       language=st.sampled_from(["sv", "en", "xx"]))
def test_any_edit_gives_well_formed_flags_and_identical_texts_give_none(
        old: list[str], new: list[str], language: str) -> None:
    comparison = compare(policy(old, language), policy(new, language))
    found = detect_flags(comparison).flags
    numbers = {c.number for c in comparison.sections} | {""}
    for flag in found:
        assert flag.category in CATEGORIES and flag.severity in SEVERITIES
        assert flag.section in numbers
        assert flag.explanations["sv"] and flag.explanations["en"] and flag.reference
    assert len({flag_key(f) for f in found}) == len(found)
    assert detect_flags(compare(policy(old, language), policy(old, language))).flags == []


def test_a_failing_check_is_a_warning_and_the_other_flags_remain(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from policyeditor.core.flags import engine

    def broken(ctx: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "_DETECTORS", (broken, *engine._DETECTORS))
    report = detect_flags(comparison("Vi sparar namn.", "Vi säljer namn."))
    assert "selling-added" in {f.rule for f in report.flags}
    [warning] = report.warnings
    assert warning.code == "flags.detector-failed" and "boom" in warning.params["detail"]


def test_rule_sets_are_reused_until_a_user_file_changes(tmp_path: Path) -> None:
    from policyeditor.core.flags.rules import load_rules

    user = tmp_path / "mine.toml"
    user.write_text('[[rule]]\nid = "sharing"\nadded = "low"\n', encoding="utf-8")
    first = load_rules([user])
    assert load_rules([user]) is first
    user.write_text('[[rule]]\nid = "sharing"\nadded = "medium"\n\n', encoding="utf-8")
    assert load_rules([user]) is not first
