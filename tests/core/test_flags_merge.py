"""One flag per change: merged flags, their JSON, and sign-offs made before merging."""

from __future__ import annotations

from policyeditor.core.compare import compare
from policyeditor.core.compare.json_format import comparison_to_json
from policyeditor.core.compare.result import Comparison, Flag
from policyeditor.core.flags.engine import detect_flags, flag_key
from policyeditor.core.flags.merge import every_flag, merge_changes
from policyeditor.core.review.states import (
    flag_content_hash,
    review_states,
    withdrawal_hash,
)
from policyeditor.core.workspace.records import Acknowledgement
from tests.core.flag_cases.pairs import merged, policy


def _flag(rule: str, category: str, severity: str, change: str) -> Flag:
    return Flag(rule=rule, category=category, severity=severity,  # type: ignore[arg-type]
                section="1", section_id="s1", evidence=f"evidence of {rule}",
                explanation="", reference="", change=change)


def test_cues_on_one_changed_sentence_are_one_flag_led_by_the_strongest() -> None:
    found = merged("Vi delar inte dina uppgifter med andra.",
                   "Vi delar dina uppgifter med våra annonspartner.", "sv")
    assert len(found) == 1
    flag = found[0]
    assert (flag.category, flag.severity) == ("polarity", "high")
    assert "recipients" in flag.secondary
    # every detector's flag is still there behind it
    assert {"negation-removed", "sharing-added"} <= {f.rule for f in every_flag(found)}


def test_separate_sentences_stay_separate_flags() -> None:
    found = merged(["Vi delar inte dina uppgifter.", "Vi krypterar all trafik med TLS."],
                   ["Vi delar dina uppgifter.", "Vi skyddar all trafik."], "sv")
    assert sorted(f.category for f in found) == ["polarity", "security"]
    assert all(not f.secondary or f.category == "polarity" for f in found)


def test_merging_ranks_severity_before_category_and_keeps_order() -> None:
    flags = [_flag("hedge-added", "modality", "medium", "a"),
             _flag("retention-added", "retention", "medium", "b"),
             _flag("sharing-added", "recipients", "high", "a")]
    out = merge_changes(flags)
    assert [(f.rule, f.secondary) for f in out] == [
        ("sharing-added", ["modality"]), ("retention-added", [])]


def test_the_json_carries_secondary_only_when_a_flag_absorbed_others() -> None:
    comparison = compare(policy(["Vi delar inte dina uppgifter med andra.",
                                 "Vi krypterar all trafik med TLS."], "sv"),
                         policy(["Vi delar dina uppgifter med våra annonspartner.",
                                 "Vi skyddar all trafik."], "sv"))
    comparison.flags = detect_flags(comparison).flags
    data = comparison_to_json(comparison)["flags"]
    by_category = {f["category"]: f for f in data}
    assert "recipients" in by_category["polarity"]["secondary"]
    assert "secondary" not in by_category["security"]
    # the contract's keys keep their meaning
    assert set(by_category["security"]) == {"rule", "category", "severity", "section",
                                            "section_id", "evidence", "explanation",
                                            "reference"}


def _ack(flag: Flag, content: str, created: str, comment: str = "ok") -> Acknowledgement:
    return Acknowledgement(flag_key(flag), flag.section_id, content, flag.rule, "Anna",
                           comment, created)


def _merged_comparison() -> tuple[Comparison, Flag, list[Flag]]:
    comparison = compare(policy(["Vi delar inte dina uppgifter med andra."], "sv"),
                         policy(["Vi delar dina uppgifter med våra annonspartner."], "sv"))
    comparison.flags = detect_flags(comparison).flags
    lead = comparison.flags[0]
    return comparison, lead, lead.merged


def test_a_sign_off_of_the_lead_flag_keeps_holding_after_merging() -> None:
    comparison, lead, _absorbed = _merged_comparison()
    content = flag_content_hash(lead, comparison.new)
    states = review_states(comparison, [_ack(lead, content, "2026-01-01")])
    assert states[0].acknowledged and states[0].key == flag_key(lead)


def test_an_older_sign_off_of_an_equally_severe_absorbed_flag_is_not_orphaned() -> None:
    comparison, lead, absorbed = _merged_comparison()
    content = flag_content_hash(lead, comparison.new)
    same = next(f for f in absorbed if f.severity == lead.severity)
    states = review_states(comparison, [_ack(same, content, "2026-01-01")])
    assert states[0].acknowledged and states[0].reviewer == "Anna"
    # a weaker absorbed flag's sign-off does not sign off the stronger change
    weaker = [f for f in absorbed if f.severity != lead.severity]
    assert weaker  # "annonspartner" is a medium recipients cue
    states = review_states(comparison, [_ack(weaker[0], content, "2026-01-01")])
    assert not states[0].acknowledged


def test_withdrawing_the_merged_flag_cancels_an_older_absorbed_sign_off() -> None:
    comparison, lead, absorbed = _merged_comparison()
    content = flag_content_hash(lead, comparison.new)
    same = next(f for f in absorbed if f.severity == lead.severity)
    withdrawal = Acknowledgement(flag_key(lead), lead.section_id, withdrawal_hash(content),
                                 lead.rule, "Per", "fel", "2026-01-02")
    records = [_ack(same, content, "2026-01-01"), withdrawal]
    assert not review_states(comparison, records)[0].acknowledged
    # signed off again after the withdrawal: it counts
    records.append(_ack(lead, content, "2026-01-03"))
    assert review_states(comparison, records)[0].acknowledged
