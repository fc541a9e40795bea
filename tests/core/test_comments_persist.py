"""Review comments on sections: kept by workspaces, JSON and edits; never fingerprinted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from policyeditor.core.canonical import fingerprint
from policyeditor.core.edits import MoveSection
from policyeditor.core.jsonexport import policy_to_json
from policyeditor.core.model import Comment, Policy, Reply, Section, walk
from policyeditor.core.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docx"


def _policy() -> Policy:
    child = Section(heading="Barn", body="Text om barn.", comments=[
        Comment(author="Anna", created="2026-03-01T10:00:00Z", quote="barn", text="Ålder?",
                replies=[Reply("Bo", "2026-03-02T09:00:00Z", "13 år.")])])
    return Policy(title="Policy", language="sv", sections=[
        Section(heading="Ett", body="Första.", children=[child]),
        Section(heading="Två", body="Andra.", comments=[
            Comment(author="Cecilia", quote="Andra", text="Klart.", resolved=True)]),
    ])


def _comments(policy: Policy) -> dict[str, list[Comment]]:
    return {ref.section.id: ref.section.comments for ref in walk(policy) if ref.section.comments}


def test_comments_survive_draft_and_versions(tmp_path: Path) -> None:
    policy = _policy()
    path = tmp_path / "ws.policy"
    Workspace.create(path, policy).close()
    with Workspace.open(path) as workspace:
        assert _comments(workspace.load_draft()) == _comments(policy)
        workspace.save_version("1.0")
        edited = workspace.load_draft()
        edited.sections[0].comments.append(Comment(author="Dan", text="Ny."))
        workspace.save_draft(edited)
    with Workspace.open(path, readonly=True) as workspace:
        assert _comments(workspace.load_version("1.0")) == _comments(policy)
        assert workspace.load_draft().sections[0].comments[0].text == "Ny."
        assert workspace.check() == []


def test_comments_are_not_part_of_the_fingerprint(tmp_path: Path) -> None:
    with_comments = _policy()
    without = _policy()
    for ref in walk(without):
        ref.section.comments = []
    assert fingerprint(with_comments) == fingerprint(without)
    path = tmp_path / "ws.policy"
    Workspace.create(path, with_comments).close()
    with Workspace.open(path) as workspace:
        assert workspace.save_version("1.0").fingerprint == fingerprint(without)


def test_json_export_writes_comments_only_where_there_are_any() -> None:
    data = policy_to_json(_policy())
    first, second = data["sections"]
    assert "comments" not in first
    (child_comment,) = first["children"][0]["comments"]
    assert set(child_comment) == {"id", "author", "created", "quote", "text", "resolved",
                                  "replies"}
    assert child_comment["replies"] == [
        {"author": "Bo", "created": "2026-03-02T09:00:00Z", "text": "13 år."}]
    assert second["comments"][0]["resolved"] is True
    json.dumps(data)


def test_moves_and_undo_keep_comments_with_their_section() -> None:
    policy = _policy()
    child = policy.sections[0].children[0]
    inverse = MoveSection(child.id, None, 2).apply(policy)
    assert policy.sections[2].comments[0].text == "Ålder?"
    inverse.apply(policy)
    assert policy.sections[0].children[0].comments[0].replies[0].text == "13 år."
    clone = policy.clone()
    assert clone.sections[1].comments == policy.sections[1].comments


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "policyeditor.cli", *args],
                          capture_output=True, text=True)


def test_cli_docx_import_keeps_comments_and_ids_into_an_existing_workspace(
    tmp_path: Path,
) -> None:
    target = tmp_path / "ws.policy"
    assert _cli("import", str(FIXTURES / "swedish.docx"), "-o", str(target)).returncode == 0
    with Workspace.open(target, readonly=True) as workspace:
        first = workspace.load_draft()
    assert any(ref.section.comments for ref in walk(first))
    again = _cli("import", str(FIXTURES / "swedish.docx"), "-o", str(target))
    assert again.returncode == 0, again.stderr
    with Workspace.open(target, readonly=True) as workspace:
        second = workspace.load_draft()
    assert [r.section.id for r in walk(second)] == [r.section.id for r in walk(first)]
    assert _comments(second).keys() == _comments(first).keys()


def test_cli_exports_and_compares_docx_sources(tmp_path: Path) -> None:
    done = _cli("export", str(FIXTURES / "swedish.docx"), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [s["heading"] for s in data["sections"]] == ["Inledning", "Mottagare", "Lagring"]
    assert data["sections"][1]["comments"][0]["quote"] == "med annonsörer"
    compared = _cli("compare", str(FIXTURES / "lo_seed.docx"), str(FIXTURES / "swedish.docx"),
                    "--format", "json")
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)["summary"]["added"] >= 1
