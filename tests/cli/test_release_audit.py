"""The release record an auditor accepts: approvals, override reasons and sign-offs
appear in each version's ``events`` (``history --format json``), and the
second-approver rule holds at publishing, from the command line as a script runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner


@pytest.fixture
def workspace(cli: CliRunner, seed_path: Path, tmp_path: Path) -> Path:
    """A workspace of the seed policy, no version saved yet."""
    ws = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", ws).code == 0
    return ws


def _revise(seed_path: Path, tmp_path: Path) -> Path:
    """A revision drafted elsewhere that raises a high flag (personal data now shared)."""
    revised = tmp_path / "revised.txt"
    revised.write_text(
        seed_path.read_text(encoding="utf-8").replace(
            "Vi delar inte personuppgifter", "Vi delar personuppgifter"
        ),
        encoding="utf-8",
    )
    return revised


def _history(cli: CliRunner, workspace: Path) -> list[dict[str, object]]:
    result = cli("history", workspace, "--format", "json")
    assert result.code == 0, result.err
    entries: list[dict[str, object]] = json.loads(result.out)
    return entries


def test_script_release_shows_approval_and_override_reason_in_events(
    cli: CliRunner, workspace: Path, seed_path: Path, tmp_path: Path
) -> None:
    assert cli("save-version", workspace, "--label", "1.0", "--author", "Anna").code == 0
    assert cli("publish", workspace, "1.0", "--author", "Anna").code == 0
    cli("import", _revise(seed_path, tmp_path), "-o", workspace)
    assert cli("save-version", workspace, "--label", "2.0", "--author", "Anna").code == 0
    approved = cli("approve", workspace, "2.0", "--author", "Bertil", "--note", "Read it all")
    assert approved.code == 0, approved.err
    assert cli("publish", workspace, "2.0", "--author", "Anna").code == 1  # the flag gate
    published = cli(
        "publish", workspace, "2.0", "--author", "Anna", "--override-reason", "DPO agreed"
    )
    assert published.code == 0, published.err

    history = _history(cli, workspace)
    assert [h["label"] for h in history] == ["1.0", "2.0"]
    assert set(history[1]) == {
        "label", "status", "author", "created", "note", "fingerprint", "events"
    }
    events = history[1]["events"]
    assert isinstance(events, list)
    assert [e["kind"] for e in events] == ["saved", "approved", "override", "published"]
    by_kind = {e["kind"]: e for e in events}
    assert by_kind["saved"]["author"] == "Anna"
    assert by_kind["approved"] == {**by_kind["approved"], "author": "Bertil",
                                   "text": "Read it all"}
    assert by_kind["override"]["text"] == "DPO agreed"
    assert by_kind["published"]["author"] == "Anna"
    times = [e["time"] for e in events]
    assert times == sorted(times) and all(times)


def test_second_approver_rule_refuses_own_approval_and_unapproved_publication(
    cli: CliRunner, workspace: Path
) -> None:
    assert "require-second-approver: off" in cli("settings", workspace).out.splitlines()
    assert cli("settings", workspace, "--require-second-approver", "on").code == 0
    assert cli("save-version", workspace, "--label", "1.0", "--author", "Anna").code == 0

    refused = cli("publish", workspace, "1.0", "--author", "Anna")
    assert refused.code == 1
    assert "Anna" in refused.err and "approv" in refused.err
    assert len(refused.err.strip().splitlines()) == 1 and "Traceback" not in refused.err

    own = cli("approve", workspace, "1.0", "--author", "anna")  # same person, other case
    assert own.code == 2 and "Anna" in own.err and "Traceback" not in own.err
    assert _history(cli, workspace)[0]["status"] == "draft"

    assert cli("approve", workspace, "1.0", "--author", "Bertil").code == 0
    assert cli("publish", workspace, "1.0", "--author", "Anna").code == 0
    kinds = [e["kind"] for e in _history(cli, workspace)[0]["events"]]  # type: ignore[union-attr]
    assert kinds == ["saved", "approved", "published"]


def test_without_the_rule_the_author_may_approve_and_publish_alone(
    cli: CliRunner, workspace: Path
) -> None:
    assert cli("save-version", workspace, "--label", "1.0", "--author", "Anna").code == 0
    assert cli("publish", workspace, "1.0", "--author", "Anna").code == 0  # no approval needed
    assert cli("save-version", workspace, "--label", "1.1", "--author", "Anna").code == 0
    assert cli("approve", workspace, "1.1", "--author", "Anna").code == 0
    assert [h["status"] for h in _history(cli, workspace)] == ["published", "approved"]


def test_an_overdue_review_date_makes_check_report_one_line(
    cli: CliRunner, workspace: Path
) -> None:
    assert cli("check", workspace).code == 0
    saved = cli("save-version", workspace, "--label", "1.0", "--review-by", "2099-01-31")
    assert saved.code == 0, saved.err
    assert "review-by: 2099-01-31" in cli("settings", workspace).out
    assert cli("check", workspace).code == 0  # not due yet
    assert cli("settings", workspace, "--review-by", "2020-06-30").code == 0
    overdue = cli("check", workspace)
    assert overdue.code == 1
    assert overdue.err.strip().splitlines() == [
        f"policyeditor: {workspace}: the review was due by 2020-06-30"
    ]
    bad = cli("settings", workspace, "--review-by", "31/6")
    assert bad.code == 2 and "Traceback" not in bad.err and len(bad.err.splitlines()) == 1
