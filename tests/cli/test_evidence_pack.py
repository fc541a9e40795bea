"""The evidence pack an auditor is handed, made by a script as a release pipeline runs it.

A version is saved by one person, approved by another, a revision with a high
flag (a new recipient, "vi delar inte" → "vi delar") is published with an
override reason; the history JSON shows the approval and the reason, and the
PDF from ``policyeditor evidence`` holds — as text a reader can search — the
full fingerprint, the reason, both people, the previous published label and
the changed words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import CliRunner, assert_clean_failure

REASON = "Dataskyddsombudet har granskat avtalet med Analytix AB"


@pytest.fixture
def workspace(cli: CliRunner, seed_path: Path, tmp_path: Path) -> Path:
    """A workspace of the seed policy, the two-person rule on, no version saved yet."""
    ws = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", ws).code == 0
    assert cli("settings", ws, "--require-second-approver", "on").code == 0
    return ws


def _revision(seed_path: Path, tmp_path: Path) -> Path:
    """The seed with personal data now shared, and with a new recipient named."""
    text = seed_path.read_text(encoding="utf-8")
    assert "Vi delar inte personuppgifter" in text
    revised = tmp_path / "revised.txt"
    revised.write_text(
        text.replace("Vi delar inte personuppgifter", "Vi delar personuppgifter").replace(
            "6.1 Med ditt samtycke",
            "Vi delar kontaktuppgifter med Analytix AB för kundanalys.\n\n6.1 Med ditt samtycke",
        ),
        encoding="utf-8",
    )
    return revised


def _text(pdf: Path) -> str:
    """The PDF's text as a reader searches it (one space for every run of blanks)."""
    pages = PdfReader(pdf).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def _history(cli: CliRunner, ws: Path) -> dict[str, dict[str, object]]:
    result = cli("history", ws, "--format", "json")
    assert result.code == 0, result.err
    return {entry["label"]: entry for entry in json.loads(result.out)}


def test_a_scripted_release_leaves_a_record_and_an_evidence_pack(
    cli: CliRunner, workspace: Path, seed_path: Path, tmp_path: Path
) -> None:
    ws = workspace
    assert cli("save-version", ws, "--label", "1.0", "--author", "Anna").code == 0
    assert cli("approve", ws, "1.0", "--author", "Bertil").code == 0
    assert cli("publish", ws, "1.0", "--author", "Anna").code == 0

    assert cli("import", _revision(seed_path, tmp_path), "-o", ws).code == 0
    assert cli("save-version", ws, "--label", "2.0", "--author", "Anna").code == 0
    # the two-person rule: the author may not approve her own version
    assert_clean_failure(cli("approve", ws, "2.0", "--author", "Anna"))
    approved = cli("approve", ws, "2.0", "--author", "Bertil", "--note", "Avtalet läst")
    assert approved.code == 0, approved.err
    gate = cli("publish", ws, "2.0", "--author", "Anna")
    assert gate.code == 1 and "high-severity" in gate.err  # the flag gate holds
    published = cli("publish", ws, "2.0", "--author", "Anna", "--override-reason", REASON)
    assert published.code == 0, published.err

    entry = _history(cli, ws)["2.0"]
    events = entry["events"]
    assert isinstance(events, list)
    assert [e["kind"] for e in events] == ["saved", "approved", "override", "published"]
    approval, override = events[1], events[2]
    assert (approval["author"], approval["text"]) == ("Bertil", "Avtalet läst")
    assert (override["author"], override["text"]) == ("Anna", REASON)

    pack = tmp_path / "pack.pdf"
    made = cli("evidence", ws, "2.0", "-o", pack)
    assert made.code == 0, made.err
    text = _text(pack)
    fingerprint = str(entry["fingerprint"])
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", fingerprint)
    assert fingerprint in text  # in full, checkable against `history` / `check`
    assert f"policyeditor check {ws.name}" in text
    assert REASON in text
    assert "Anna" in text and "Bertil" in text and "Avtalet läst" in text
    assert "Ändringar mot version 1.0" in text  # the redline names the previous publication
    assert str(_history(cli, ws)["1.0"]["fingerprint"]) in text
    assert "Analytix AB för kundanalys" in text  # the changed words, in the redline
    assert "Spärr åsidosatt" in text and "Godkänd" in text  # the timeline, in Swedish
    assert len(PdfReader(pack).pages) > 4
    assert cli("check", ws).code == 0  # the fingerprint the pack prints is the one verified


def test_the_first_publication_says_there_is_nothing_to_compare(
    cli: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    assert cli("save-version", workspace, "--label", "1.0", "--author", "Anna").code == 0
    assert cli("approve", workspace, "1.0", "--author", "Bertil").code == 0
    assert cli("publish", workspace, "1.0", "--author", "Anna").code == 0
    pack = tmp_path / "first.pdf"
    assert cli("evidence", workspace, "1.0", "-o", pack).code == 0
    text = _text(pack)
    assert "ingen: detta är den första publicerade versionen" in text
    assert "Ändringar mot version" not in text


def test_a_missing_or_unpublished_version_is_refused_in_one_line_and_nothing_is_written(
    cli: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    assert cli("save-version", workspace, "--label", "1.0", "--author", "Anna").code == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    missing = cli("evidence", workspace, "9.9", "-o", tmp_path / "pack.pdf")
    assert_clean_failure(missing)
    assert "9.9" in missing.err
    draft = cli("evidence", workspace, "1.0", "-o", tmp_path / "pack.pdf")
    assert_clean_failure(draft)
    assert "“1.0” is not published" in draft.err
    to_stdout = cli("evidence", workspace, "1.0", "-o", "-")
    assert_clean_failure(to_stdout)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no pack, no half a pack
