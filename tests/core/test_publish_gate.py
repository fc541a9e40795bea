"""The publish gate in ``Workspace.publish`` itself: no caller can publish past open flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.model import Policy, Section
from policyeditor.core.review.flagged import flagged_comparison
from policyeditor.core.review.states import flag_content_hash, review_states
from policyeditor.core.workspace import Workspace, WorkspaceError
from policyeditor.core.workspace.errors import PublishRefused

PUBLISHED = ["Vi delar inte personuppgifter med andra företag.", "Vi sparar loggar i ett år."]
# Negation dropped in section 1 (built-in high flags); a processor the user's own
# rule forbids in section 2 (no built-in rule cares about that name).
REVISED = [
    "Vi delar personuppgifter med andra företag.",
    "Vi sparar loggar i ett år. Acme lagrar loggarna.",
]
USER_RULE = (
    'language = "sv"\n\n[[rule]]\nid = "banned-processor"\ncategory = "recipients"\n'
    'added = "high"\nwords = ["acme"]\nreference = "Avtal 2024-17"\n'
    'explanation.sv = "Acme är inte godkänt."\nexplanation.en = "Acme is not approved."\n'
)


def _policy(bodies: list[str]) -> Policy:
    sections = [
        Section(heading=f"Avsnitt {i + 1}", body=body, id=f"s{i + 1}")
        for i, body in enumerate(bodies)
    ]
    return Policy(title="Integritetspolicy", language="sv", sections=sections)


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    """1.0 published; 2.0 saved with high-severity changes since."""
    workspace = Workspace.create(tmp_path / "gate.policy", _policy(PUBLISHED))
    workspace.save_version("1.0", author="Bo")
    workspace.publish("1.0", author="Bo")  # a first publication has nothing to review
    workspace.save_draft(_policy(REVISED))
    workspace.save_version("2.0", author="Bo")
    yield workspace
    workspace.close()


@pytest.fixture
def rule_file(tmp_path: Path) -> Path:
    path = tmp_path / "rules" / "processors.toml"
    path.parent.mkdir()
    path.write_text(USER_RULE, encoding="utf-8")
    return path


def _events(ws: Workspace) -> list[tuple[str, str | None, str, str]]:
    return [(e.kind, e.label, e.author, e.detail) for e in ws.events()]


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_publishing_past_an_open_high_flag_is_refused_and_changes_nothing(
    ws: Workspace, reason: str | None
) -> None:
    before = _events(ws)
    with pytest.raises(PublishRefused) as refused:
        ws.publish("2.0", author="Eva", override_reason=reason)
    error = refused.value
    assert isinstance(error, WorkspaceError) and error.code == "publish.refused"
    assert error.label == "2.0"
    assert {f.rule for f in error.flags} >= {"negation-removed"}
    assert {f.severity for f in error.flags} == {"high"}
    assert "2.0" in str(error)
    assert ws.version("2.0").status == "draft"
    assert _events(ws) == before


def test_a_reason_publishes_and_is_recorded_as_an_override(ws: Workspace) -> None:
    info = ws.publish("2.0", author="Eva", override_reason="Approved by the DPO")
    assert info.status == "published" and ws.version("2.0").status == "published"
    events = _events(ws)
    override = events.index(("override", "2.0", "Eva", "Approved by the DPO"))
    assert events[override + 1] == ("publish", "2.0", "Eva", "")


def test_signed_off_flags_open_the_gate_without_a_reason(ws: Workspace) -> None:
    assert ws.open_high_flags("2.0")
    comparison = flagged_comparison(ws.load_version("1.0"), ws.load_version("2.0")).comparison
    for state in review_states(comparison, []):
        ws.acknowledge(
            state.key,
            section_id=state.flag.section_id,
            content_hash=flag_content_hash(state.flag, comparison.new),
            rule=state.flag.rule,
            reviewer="Anna",
            comment="Granskat.",
        )
    assert ws.open_high_flags("2.0") == []
    assert ws.publish("2.0", author="Eva").status == "published"
    assert "override" not in [kind for kind, *_ in _events(ws)]


def test_a_withdrawn_sign_off_closes_the_gate_again_until_signed_off_anew(
    ws: Workspace
) -> None:
    from policyeditor.app.services.review import acknowledge, withdraw_acknowledgement

    comparison = flagged_comparison(ws.load_version("1.0"), ws.load_version("2.0")).comparison
    states = review_states(comparison, [])
    for state in states:
        acknowledge(ws, comparison, state.flag, state.key, reviewer="Anna", comment="Granskat.")
    assert ws.open_high_flags("2.0") == []
    negation = next(s for s in states if s.flag.rule == "negation-removed")
    withdraw_acknowledgement(ws, comparison, negation.flag, negation.key, reviewer="Anna",
                             comment="Avtalet är inte klart.")
    assert [f.rule for f in ws.open_high_flags("2.0")] == ["negation-removed"]
    acknowledge(ws, comparison, negation.flag, negation.key, reviewer="Bo", comment="Klart nu.")
    assert ws.open_high_flags("2.0") == []
    signed = {s.key: s for s in review_states(comparison, ws.acknowledgements())}
    assert signed[negation.key].reviewer == "Bo"


def test_the_users_own_rules_gate_like_the_built_in_ones(
    tmp_path: Path, rule_file: Path
) -> None:
    old = _policy(["Vi sparar loggar i ett år."])
    with Workspace.create(tmp_path / "rules.policy", old) as ws:
        ws.save_version("1.0")
        ws.publish("1.0")
        ws.save_draft(_policy(["Vi sparar loggar i ett år. Acme lagrar loggarna."]))
        ws.save_version("2.0")
        ws.save_version("2.1")
        assert ws.open_high_flags("2.0") == []  # the built-in rules alone see nothing high
        with pytest.raises(PublishRefused) as refused:
            ws.publish("2.0", rule_files=[rule_file])
        assert [f.rule for f in refused.value.flags] == ["banned-processor-added"]
        assert ws.version("2.0").status == "draft"
        ws.publish("2.1")  # without the user's rules the same change goes through
        assert ws.version("2.1").status == "published"


def test_an_unknown_or_published_version_is_refused_before_the_gate(ws: Workspace) -> None:
    from policyeditor.core.workspace import VersionImmutable, VersionNotFound

    with pytest.raises(VersionNotFound):
        ws.publish("9.9")
    with pytest.raises(VersionNotFound):
        ws.open_high_flags("9.9")
    with pytest.raises(VersionImmutable):
        ws.publish("1.0")

