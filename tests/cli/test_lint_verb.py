"""``policyeditor lint SOURCE [--format text|json]`` as a script would run it (DESIGN.md §5–6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyeditor.core.model import Policy, Section
from policyeditor.core.workspace import Workspace
from tests.cli.conftest import CliRunner


@pytest.fixture(autouse=True)
def shared_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # one dictionary cache for the module: each run would otherwise expand the Swedish list
    monkeypatch.setenv("POLICYEDITOR_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "lintc"))


def test_a_clean_document_exits_0_and_prints_nothing(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text("# Policy\n\n## 1. Scope\n\nWe process your personal data "
                                   "as section 2 explains.\n\n## 2. Rights\n\nYou may object.\n",
                                   encoding="utf-8")
    run = cli("lint", "p.md")
    assert (run.code, run.out, run.err) == (0, "", "")


def test_findings_exit_1_in_the_documents_language(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(
        "Integritetspolicy\n\n1. Inledning\n\nVi behandlar dina personuppgifer enligt "
        "avsnitt 4.\n\n2. Kontakt\n\n", encoding="utf-8")
    run = cli("lint", "p.txt")
    assert run.code == 1, run.err
    assert run.out.splitlines() == [
        "1: spelling: ”personuppgifer” finns inte i den svenska ordlistan. "
        "(förslag: personuppgifter)",
        "1: cross-reference: ”avsnitt 4” hänvisar till avsnitt 4, som inte finns.",
        "2: structure: Avsnitt 2 har ingen text.",
    ]


def test_json_is_the_contract(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text("# Policy\n\n## 1. Scope\n\nWe recieve data.\n",
                                   encoding="utf-8")
    run = cli("lint", "p.md", "--format", "json")
    assert run.code == 1, run.err
    findings = json.loads(run.out)["findings"]
    assert len(findings) == 1
    finding = findings[0]
    assert set(finding) == {"kind", "section", "section_id", "text", "message", "suggestions"}
    assert (finding["kind"], finding["section"], finding["text"]) == ("spelling", "1", "recieve")
    assert finding["suggestions"][0] == "receive"
    assert finding["message"] == "“recieve” is not in the English dictionary."


def test_a_workspace_dictionary_is_honoured(cli: CliRunner, tmp_path: Path) -> None:
    policy = Policy(title="Policy", language="en",
                    sections=[Section("Vendors", "We use Qwixly for analytics.")])
    with Workspace.create(tmp_path / "w.policy", policy) as workspace:
        pass
    assert cli("lint", "w.policy").code == 1
    with Workspace.open(tmp_path / "w.policy") as workspace:
        workspace.add_dictionary_word("Qwixly")
    run = cli("lint", "w.policy")
    assert (run.code, run.out) == (0, "")


def test_bad_input_exits_2_with_one_line(cli: CliRunner, tmp_path: Path) -> None:
    run = cli("lint", "missing.txt")
    assert run.code == 2
    assert run.err.strip().splitlines() == [
        "policyeditor: “missing.txt” cannot be read as a policy: there is no such file."]
    assert "Traceback" not in run.err
