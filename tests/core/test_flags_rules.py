"""Significance rules as data: built-in files, user overrides, broken user files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policyeditor.core.compare.result import CATEGORIES
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.flags.merge import every_flag
from policyeditor.core.flags.rules import RuleFileError, load_rules, parse_rules, user_rule_files
from tests.core.flag_cases.pairs import report, rules_of

SHARE_SV = ("Vi sparar dina uppgifter.", "Vi sparar dina uppgifter och delar dem med partner.")


def test_builtin_rules_cover_every_category_with_both_explanations_and_a_reference() -> None:
    rules = load_rules()
    assert not rules.warnings
    assert {rule.category for rule in rules.rules.values()} == set(CATEGORIES)
    for rule in rules.rules.values():
        assert rule.explanation["sv"] and rule.explanation["en"], rule.key
        assert rule.explanation["sv"] != rule.explanation["en"], rule.key
        assert rule.reference, rule.key
        for pattern in rule.patterns:
            re.compile(pattern)


def test_swedish_and_english_rule_sets_have_the_same_rule_ids() -> None:
    rules = load_rules().rules.values()
    swedish = {rule.id for rule in rules if rule.language == "sv"}
    english = {rule.id for rule in rules if rule.language == "en"}
    assert swedish and swedish == english


def test_a_user_file_overrides_a_builtin_rule_by_id(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('[[rule]]\nid = "sharing"\nadded = "low"\n', encoding="utf-8")
    # the rule's own flag, merged or not with others of the same change
    found = every_flag(report(*SHARE_SV, rule_files=[user]).flags)
    sharing = [f for f in found if f.rule == "sharing-added"]
    assert [f.severity for f in sharing] == ["low"]
    # the override kept everything it did not name
    assert sharing[0].reference == "GDPR art. 13.1 e"


def test_a_user_file_can_switch_a_rule_off_for_one_language(tmp_path: Path) -> None:
    user = tmp_path / "off.toml"
    user.write_text('language = "sv"\n[[rule]]\nid = "sharing"\nenabled = false\n',
                    encoding="utf-8")
    assert "sharing-added" not in rules_of(report(*SHARE_SV, rule_files=[user]).flags)
    english = report("We keep your data.", "We keep your data and share it.", "en",
                     rule_files=[user]).flags
    assert "sharing-added" in rules_of(english)


def test_a_user_file_adds_a_rule_of_its_own(tmp_path: Path) -> None:
    user = tmp_path / "processors.toml"
    user.write_text(
        '[[rule]]\nid = "acme-processor"\ncategory = "recipients"\nadded = "high"\n'
        'words = ["acme"]\nreference = "Avtal 2024-17"\n'
        'explanation.sv = "Acme är inte ett godkänt biträde."\n'
        'explanation.en = "Acme is not an approved processor."\n', encoding="utf-8")
    found = report("Vi anlitar leverantörer.", "Vi anlitar leverantörer som acme.",
                   rule_files=[user]).flags
    acme = [f for f in found if f.rule == "acme-processor-added"]
    assert acme and acme[0].severity == "high" and acme[0].reference == "Avtal 2024-17"
    assert "Acme är inte ett godkänt biträde." in acme[0].explanation


def test_approved_names_from_a_user_file_are_only_low(tmp_path: Path) -> None:
    old, new = "Vi använder olika verktyg.", "Vi använder verktyget Stripe för betalningar."
    assert {f.severity for f in report(old, new).flags if f.rule == "new-name"} == {"medium"}
    user = tmp_path / "approved.toml"
    user.write_text('[[rule]]\nid = "new-name"\napproved = ["Stripe"]\n', encoding="utf-8")
    names = [f for f in report(old, new, rule_files=[user]).flags if f.rule == "new-name"]
    assert [f.severity for f in names] == ["low"]


def test_broken_toml_is_a_warning_naming_file_and_line_and_builtins_still_run(
        tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[rule]]\nid = "x"\ncategory = "recipients\n', encoding="utf-8")
    result = report(*SHARE_SV, rule_files=[broken])
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert isinstance(warning, RuleFileError)
    assert warning.path == str(broken) and warning.line == 3
    assert warning.code == "rules.invalid" and "TOML" in warning.detail
    assert "sharing-added" in rules_of(result.flags)


def test_an_invalid_rule_is_reported_at_its_line_and_its_file_is_skipped_whole(
        tmp_path: Path) -> None:
    user = tmp_path / "bad.toml"
    user.write_text(
        '[[rule]]\nid = "sharing"\nadded = "low"\n\n'
        '[[rule]]\nid = "made-up"\ncategory = "gossip"\n'
        'explanation.sv = "x"\nexplanation.en = "y"\n', encoding="utf-8")
    result = report(*SHARE_SV, rule_files=[user])
    assert all(isinstance(w, RuleFileError) for w in result.warnings)
    assert [(w.line, "gossip" in w.detail) for w in result.warnings  # type: ignore[attr-defined]
            ] == [(6, True)]
    # the valid first rule of the broken file did not apply either
    assert {f.severity for f in result.flags if f.rule == "sharing-added"} == {"high"}


@pytest.mark.parametrize("text, reason", [
    ('[[rule]]\nid = "new-one"\ncategory = "recipients"\n', "explanation"),
    ('[[rule]]\nid = "Bad Id"\n', "id"),
    ('[[rule]]\nid = "sharing"\nadded = "urgent"\n', "urgent"),
    ('[[rule]]\nid = "sharing"\npatterns = ["(unclosed"]\n', "regular expression"),
    ('[[rule]]\nid = "sharing"\nstems = "dela"\nwho = 1\n', "unknown field"),
    ('rule = 3\n', "[[rule]]"),
])
def test_invalid_rules_raise_a_typed_error(text: str, reason: str) -> None:
    with pytest.raises(RuleFileError) as caught:
        parse_rules(text, "user.toml", load_rules().rules)
    assert reason in caught.value.detail
    assert isinstance(caught.value, PolicyEditorError) and caught.value.code == "rules.invalid"


def test_unreadable_user_files_are_warnings(tmp_path: Path) -> None:
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00rule")
    missing = tmp_path / "missing.toml"
    result = load_rules([binary, missing])
    assert [w.path for w in result.warnings] == [str(binary), str(missing)]
    assert [w.code for w in result.warnings] == ["rules.unreadable", "rules.unreadable"]


def test_user_rule_files_lists_toml_files_of_a_folder(tmp_path: Path) -> None:
    assert user_rule_files(tmp_path / "absent") == []
    (tmp_path / "b.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.toml").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    assert [p.name for p in user_rule_files(tmp_path)] == ["a.toml", "b.toml"]
