"""The command-line contract (DESIGN.md §5) exercised as a script would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner, assert_clean_failure

HISTORY_KEYS = ["label", "status", "author", "created", "note", "fingerprint", "events"]


@pytest.fixture
def workspace(cli: CliRunner, seed_path: Path, tmp_path: Path) -> Path:
    ws = tmp_path / "seed.policy"
    run = cli("import", seed_path, "-o", ws)
    assert run.code == 0, run.err
    return ws


def test_import_save_history_round_trip(cli: CliRunner, workspace: Path) -> None:
    assert (
        cli("save-version", workspace, "--label", "1.0", "--note", "first", "--author", "Anna").code
        == 0
    )
    assert cli("save-version", workspace, "--label", "1.1").code == 0
    run = cli("history", workspace, "--format", "json")
    assert run.code == 0, run.err
    rows = json.loads(run.out)
    assert [list(r) for r in rows] == [HISTORY_KEYS, HISTORY_KEYS]
    assert [r["label"] for r in rows] == ["1.0", "1.1"]  # oldest first
    assert rows[0]["author"] == "Anna" and rows[0]["note"] == "first"
    assert rows[0]["status"] == "draft"
    assert rows[0]["fingerprint"].startswith("sha256:")
    text = cli("history", workspace)
    assert "1.0" in text.out and "first" in text.out


def test_duplicate_label_is_refused(cli: CliRunner, workspace: Path) -> None:
    assert cli("save-version", workspace, "--label", "1.0").code == 0
    assert_clean_failure(cli("save-version", workspace, "--label", "1.0"))


def test_export_json_of_a_version_carries_label_and_fingerprint(
    cli: CliRunner, workspace: Path
) -> None:
    cli("save-version", workspace, "--label", "2.0")
    fingerprint = json.loads(cli("history", workspace, "--format", "json").out)[0]["fingerprint"]
    run = cli("export", f"{workspace}@2.0", "--format", "json")
    assert run.code == 0, run.err
    doc = json.loads(run.out)
    assert list(doc) == ["title", "language", "metadata", "preamble", "version", "sections"]
    assert doc["version"] == {"label": "2.0", "fingerprint": fingerprint}
    assert doc["language"] == "sv"
    assert doc["metadata"]["last_changed"] == "2021-01-24"
    assert [s["number"] for s in doc["sections"]] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    first = doc["sections"][0]
    assert list(first) == ["id", "number", "heading", "body", "children"]
    assert first["heading"] == "Information som vi samlar in"
    assert [c["number"] for c in first["children"]] == ["1.1", "1.2"]
    draft = json.loads(cli("export", workspace, "--format", "json").out)
    assert draft["version"] is None


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_text_export_to_file_and_stdout_agree(
    cli: CliRunner, workspace: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    assert cli("export", workspace, "--format", fmt, "-o", out).code == 0
    to_stdout = cli("export", workspace, "--format", fmt, "-o", "-")
    assert out.read_text(encoding="utf-8") == to_stdout.out
    assert "1.2.1" in to_stdout.out and "Enhetsinformation" in to_stdout.out


def test_reimporting_a_revision_keeps_versions_and_section_ids(
    cli: CliRunner, workspace: Path, seed_path: Path, tmp_path: Path
) -> None:
    cli("save-version", workspace, "--label", "1.0")
    before = json.loads(cli("export", workspace, "--format", "json").out)
    revised = tmp_path / "revised.txt"
    revised.write_text(
        seed_path.read_text(encoding="utf-8").replace("IP-adress.", "IP-adress och MAC-adress."),
        encoding="utf-8",
    )
    run = cli("import", revised, "-o", workspace)
    assert run.code == 0, run.err
    after = json.loads(cli("export", workspace, "--format", "json").out)

    def ids(doc: dict) -> list[str]:
        out: list[str] = []
        stack = list(doc["sections"])
        while stack:
            section = stack.pop(0)
            out.append(section["id"])
            stack[:0] = section["children"]
        return out

    assert ids(after) == ids(before)
    assert "MAC-adress" in json.dumps(after, ensure_ascii=False)
    history = json.loads(cli("history", workspace, "--format", "json").out)
    assert [h["label"] for h in history] == ["1.0"]
    compare = json.loads(cli("compare", f"{workspace}@1.0", workspace, "--format", "json").out)
    assert compare["summary"]["modified"] == 1


def test_compare_json_follows_the_contract(cli: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited.txt"
    edited.write_text(
        seed_path.read_text(encoding="utf-8").replace(
            "Vi delar inte personuppgifter", "Vi delar personuppgifter"
        ),
        encoding="utf-8",
    )
    run = cli("compare", seed_path, edited, "--format", "json")
    assert run.code == 0, run.err
    doc = json.loads(run.out)
    assert {"old", "new", "summary", "sections", "flags"} <= set(doc)
    assert doc["summary"]["modified"] == 1 and doc["summary"]["assessment"] == "substantive"
    changed = [s for s in doc["sections"] if s["change"] == "modified"]
    assert changed[0]["new_number"] == "6"
    assert [-1, "inte "] in changed[0]["body"]
    flag = next(f for f in doc["flags"] if f["section"] == "6")
    assert flag["severity"] == "high" and flag["category"] == "polarity"
    assert set(flag) >= {
        "rule",
        "category",
        "severity",
        "section",
        "section_id",
        "evidence",
        "explanation",
        "reference",
    }
    same = json.loads(cli("compare", seed_path, seed_path, "--format", "json").out)
    assert same["summary"]["assessment"] == "editorial" and same["flags"] == []
    assert {s["change"] for s in same["sections"]} == {"unchanged"}


def test_publish_gate_refuses_open_high_flags_unless_overridden(
    cli: CliRunner, workspace: Path, seed_path: Path, tmp_path: Path
) -> None:
    assert cli("save-version", workspace, "--label", "1.0").code == 0
    assert cli("publish", workspace, "1.0").code == 0  # first publication: nothing to review
    revised = tmp_path / "revised.txt"
    revised.write_text(
        seed_path.read_text(encoding="utf-8").replace(
            "Vi delar inte personuppgifter", "Vi delar personuppgifter"
        ),
        encoding="utf-8",
    )
    cli("import", revised, "-o", workspace)
    cli("save-version", workspace, "--label", "2.0")
    refused = cli("publish", workspace, "2.0")
    assert refused.code == 1
    assert "6" in refused.err and "Traceback" not in refused.err
    history = json.loads(cli("history", workspace, "--format", "json").out)
    assert history[1]["status"] == "draft"
    ok = cli(
        "publish", workspace, "2.0", "--override-reason", "Approved by the DPO", "--author", "Eva"
    )
    assert ok.code == 0, ok.err
    history = json.loads(cli("history", workspace, "--format", "json").out)
    assert history[1]["status"] == "published"
    # the reason is recorded in the workspace and shown in its history
    text = cli("history", workspace).out.splitlines()
    row = text.index(next(line for line in text if line.startswith("2.0 ")))
    assert "publish gate overridden by Eva: Approved by the DPO" in text[row + 1]
    assert "published by Eva" in text[row + 2]


def test_check_reports_sound_workspace(cli: CliRunner, workspace: Path) -> None:
    cli("save-version", workspace, "--label", "1.0")
    run = cli("check", workspace)
    assert run.code == 0 and "1 version" in run.out


def test_help_and_version(cli: CliRunner) -> None:
    from policyeditor import __version__

    assert __version__ in cli("--version").out
    run = cli("--help")
    assert run.code == 0
    for verb in ("import", "export", "compare", "history", "save-version", "publish", "check"):
        assert verb in run.out


def test_a_users_own_high_rule_gates_publishing_like_the_built_in_ones(
    cli: CliRunner, workspace: Path, seed_path: Path, tmp_path: Path
) -> None:
    import os

    rules = Path(os.environ["POLICYEDITOR_CONFIG_DIR"]) / "rules"
    rules.mkdir(parents=True)
    (rules / "processors.toml").write_text(
        'language = "sv"\n\n[[rule]]\nid = "banned-processor"\ncategory = "recipients"\n'
        'added = "high"\nwords = ["acme"]\nreference = "Avtal 2024-17"\n'
        'explanation.sv = "Acme är inte godkänt."\nexplanation.en = "Acme is not approved."\n',
        encoding="utf-8",
    )
    cli("save-version", workspace, "--label", "1.0")
    cli("publish", workspace, "1.0")
    revised = tmp_path / "revised.txt"
    revised.write_text(
        seed_path.read_text(encoding="utf-8").replace(
            "inklusive telefonnummer).", "inklusive telefonnummer). Acme lagrar loggarna."
        ),
        encoding="utf-8",
    )
    cli("import", revised, "-o", workspace)
    compare = json.loads(cli("compare", f"{workspace}@1.0", workspace, "--format", "json").out)
    assert any(f["rule"].startswith("banned-processor") for f in compare["flags"])
    cli("save-version", workspace, "--label", "2.0")
    refused = cli("publish", workspace, "2.0")
    assert refused.code == 1
    assert "banned-processor" in refused.err


def test_first_publication_is_gated_against_the_previous_saved_version(
    cli: CliRunner, workspace: Path, seed_path: Path, tmp_path: Path
) -> None:
    assert cli("save-version", workspace, "--label", "1.0").code == 0
    revised = tmp_path / "revised.txt"
    revised.write_text(
        seed_path.read_text(encoding="utf-8").replace(
            "Vi delar inte personuppgifter", "Vi delar personuppgifter"
        ),
        encoding="utf-8",
    )
    cli("import", revised, "-o", workspace)
    cli("save-version", workspace, "--label", "2.0")
    refused = cli("publish", workspace, "2.0")  # nothing published yet: not exempt
    assert refused.code == 1 and "Traceback" not in refused.err
    assert "nothing has been published yet" in refused.err
    assert "previous saved version “1.0”" in refused.err
    history = json.loads(cli("history", workspace, "--format", "json").out)
    assert [v["status"] for v in history] == ["draft", "draft"]
    ok = cli("publish", workspace, "2.0", "--override-reason", "Reviewed on paper")
    assert ok.code == 0, ok.err
