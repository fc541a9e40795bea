"""A version's audit trail (``core.workspace.audit``) and the second-approver rule,
judged inside ``Workspace`` itself so no caller can skip them."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.model import Policy, Section
from policyeditor.core.review.flagged import flagged_comparison
from policyeditor.core.review.states import flag_content_hash, review_states
from policyeditor.core.workspace import (
    ApprovalRequired,
    OwnVersionApproval,
    VersionImmutable,
    Workspace,
)
from policyeditor.core.workspace.audit import version_trail


def _policy(body: str) -> Policy:
    return Policy(title="Integritetspolicy", language="sv",
                  sections=[Section(heading="Delning", body=body, id="s1")])


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    """1.0 published; 2.0 saved by Anna with a high flag (a negation dropped)."""
    workspace = Workspace.create(tmp_path / "audit.policy",
                                 _policy("Vi delar inte personuppgifter med andra."))
    workspace.save_version("1.0", author="Anna")
    workspace.publish("1.0", author="Anna")
    workspace.save_draft(_policy("Vi delar personuppgifter med andra."))
    workspace.save_version("2.0", author="Anna")
    yield workspace
    workspace.close()


def test_sign_offs_of_the_gates_flags_are_in_the_trail_with_reviewer_and_reason(
    ws: Workspace,
) -> None:
    comparison = flagged_comparison(ws.load_version("1.0"), ws.load_version("2.0")).comparison
    for state in review_states(comparison, []):
        ws.acknowledge(state.key, section_id=state.flag.section_id,
                       content_hash=flag_content_hash(state.flag, comparison.new),
                       rule=state.flag.rule, reviewer="Bertil", comment="Avtal finns.")
    ws.approve("2.0", author="Bertil")
    ws.publish("2.0", author="Anna")
    trail = version_trail(ws, "2.0")
    kinds = [e.kind for e in trail]
    assert kinds[0] == "saved" and kinds[-2:] == ["approved", "published"]
    signed = [e for e in trail if e.kind == "acknowledged"]
    assert signed and all(e.author == "Bertil" for e in signed)
    assert "negation-removed" in " ".join(e.text for e in signed)
    assert all("Avtal finns." in e.text for e in signed)
    assert [e.kind for e in version_trail(ws, "1.0")] == ["saved", "published"]


def test_with_the_rule_on_only_someone_else_can_approve_and_then_publish(ws: Workspace) -> None:
    ws.set_requires_second_approver(True)
    with pytest.raises(ApprovalRequired) as refused:
        ws.publish("2.0", author="Anna", override_reason="DPO agreed")
    assert refused.value.code == "publish.needs-approval"
    assert (refused.value.label, refused.value.author) == ("2.0", "Anna")
    for who in ("Anna", " anna ", ""):
        with pytest.raises(OwnVersionApproval) as own:
            ws.approve("2.0", author=who)
        assert own.value.code == "approve.own-version" and own.value.author == "Anna"
    assert ws.version("2.0").status == "draft"
    assert "override" not in [e.kind for e in ws.events()]  # the refusal wrote nothing
    ws.approve("2.0", author="Bertil")
    assert ws.publish("2.0", author="Anna", override_reason="DPO agreed").status == "published"


def test_an_approval_given_before_the_rule_was_on_by_the_author_does_not_count(
    ws: Workspace,
) -> None:
    ws.approve("2.0", author="Anna")  # allowed: the rule is off
    ws.set_requires_second_approver(True)
    with pytest.raises(ApprovalRequired):
        ws.publish("2.0", author="Anna", override_reason="DPO agreed")
    ws.approve("2.0", author="Bertil")  # the second person can still approve
    with pytest.raises(VersionImmutable):
        ws.approve("2.0", author="Cecilia")  # once there is one, it is approved
    assert ws.publish("2.0", author="Anna", override_reason="DPO agreed").status == "published"
