"""A workspace's first publication is reviewed too: against the version saved before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.app.services.errors import describe
from policyeditor.app.services.publishing import review_base
from policyeditor.core.review.flagged import flagged_comparison
from policyeditor.core.review.states import flag_content_hash, review_states
from policyeditor.core.workspace import Workspace
from policyeditor.core.workspace.errors import PublishRefused
from tests.core.test_publish_gate import PUBLISHED, REVISED, _policy

CONTROLLER = "Personuppgiftsansvarig är Exempel AB, kontakta oss på info@exempel.se."


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    """1.0 and 2.0 saved, nothing published; 2.0 drops a negation."""
    workspace = Workspace.create(tmp_path / "first.policy", _policy(PUBLISHED))
    workspace.save_version("1.0", author="Bo")
    workspace.save_draft(_policy(REVISED))
    workspace.save_version("2.0", author="Bo")
    yield workspace
    workspace.close()


def test_first_publication_is_checked_against_the_previous_saved_version(ws: Workspace) -> None:
    assert review_base(ws, "2.0") == "1.0"
    with pytest.raises(PublishRefused) as refused:
        ws.publish("2.0", author="Eva")
    error = refused.value
    assert error.code == "publish.refused-first" and error.base == "1.0"  # type: ignore[attr-defined]
    assert "negation-removed" in {f.rule for f in error.flags}
    assert ws.version("2.0").status == "draft"
    assert describe(error) == (
        "Version “2.0” was not published: nothing has been published yet, and "
        f"{error.count} high-severity flag(s) raised since the previous saved version “1.0” "
        "are not acknowledged; acknowledge them or give a reason."
    )


def test_the_very_first_version_has_nothing_to_compare_with(ws: Workspace) -> None:
    assert review_base(ws, "1.0") is None
    assert ws.open_high_flags("1.0") == []
    assert ws.publish("1.0", author="Bo").status == "published"
    # from now on 2.0 is reviewed against the publication, with the usual wording
    with pytest.raises(PublishRefused) as refused:
        ws.publish("2.0", author="Eva")
    assert refused.value.code == "publish.refused"


def test_acknowledging_the_flags_lets_the_first_publication_through(ws: Workspace) -> None:
    comparison = flagged_comparison(ws.load_version("1.0"), ws.load_version("2.0")).comparison
    for state in review_states(comparison, []):
        ws.acknowledge(state.key, section_id=state.flag.section_id,
                       content_hash=flag_content_hash(state.flag, comparison.new),
                       rule=state.flag.rule, reviewer="Eva", comment="Checked with the DPO")
    assert ws.open_high_flags("2.0") == []
    assert ws.publish("2.0", author="Eva").status == "published"


def test_completeness_items_removed_before_the_first_publication_block_it(
    tmp_path: Path,
) -> None:
    with Workspace.create(tmp_path / "gdpr.policy", _policy([CONTROLLER, PUBLISHED[1]])) as ws:
        ws.save_version("1.0")
        ws.save_draft(_policy(["Vi bryr oss om din integritet.", PUBLISHED[1]]))
        ws.save_version("1.1")
        flags = ws.open_high_flags("1.1")
        assert {f.category for f in flags} >= {"completeness"}
        # the controller's sentence named the contact too: one flag for that one change
        assert [f.rule for f in flags] == ["missing-controller"]
