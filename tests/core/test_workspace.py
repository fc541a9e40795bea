"""Workspace basics: create/open, draft, versions, status, log, reviews, settings."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from policyeditor.core.canonical import fingerprint
from policyeditor.core.edits import SetBody
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy, Section, iter_sections
from policyeditor.core.workspace import (
    DuplicateLabel,
    InvalidLabel,
    ReadOnlyWorkspace,
    VersionImmutable,
    VersionNotFound,
    Workspace,
    WorkspaceError,
    WorkspaceExists,
)
from tests.core.workspace_writer import sample_policy, synthetic_policy


@pytest.fixture
def policy() -> Policy:
    from tests.conftest import CORPUS_DIR

    return sample_policy(CORPUS_DIR / "seed" / "sekretesspolicy.txt")


@pytest.fixture
def ws(tmp_path: Path, policy: Policy):  # type: ignore[no-untyped-def]
    workspace = Workspace.create(tmp_path / "doc.policy", policy)
    yield workspace
    workspace.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_then_open_gives_back_the_draft_with_ids(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    Workspace.create(path, policy).close()
    with Workspace.open(path) as ws:
        assert ws.path == path
        assert ws.load_draft() == policy  # dataclass equality includes section ids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.policy"]  # no -wal, no temp


def test_create_refuses_to_overwrite(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    path.write_text("precious")
    with pytest.raises(WorkspaceExists) as info:
        Workspace.create(path, policy)
    assert isinstance(info.value, FileExistsError)
    assert isinstance(info.value, PolicyEditorError)
    assert path.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.policy"]


def test_draft_changes_persist(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    with Workspace.create(path, policy) as ws:
        first = next(iter_sections(policy.sections))
        SetBody(first.id, "Ny text.").apply(policy)
        policy.sections.append(Section(heading="Ny rubrik", body="Mer."))
        policy.metadata["organisation"] = "Intensive Code"
        ws.save_draft(policy)
    with Workspace.open(path) as ws:
        assert ws.load_draft() == policy
        policy.sections.pop()
        ws.save_draft(policy)
        assert ws.load_draft() == policy
    with Workspace.open(path, readonly=True) as ws:
        assert ws.load_draft() == policy


def test_saving_an_unchanged_draft_does_not_touch_the_file(ws: Workspace, policy: Policy) -> None:
    ws.save_draft(policy)
    before = (_sha(ws.path), ws.path.stat().st_mtime_ns)
    for _ in range(5):
        ws.save_draft(policy.clone())
    assert (_sha(ws.path), ws.path.stat().st_mtime_ns) == before


def test_draft_written_by_another_process_is_not_mixed_up(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    with Workspace.create(path, policy) as first, Workspace.open(path) as second:
        other = synthetic_policy(7)
        second.save_draft(other)
        edited = policy.clone()
        edited.sections[0].body = "Ändrad."
        first.save_draft(edited)  # first's cache is stale: must rewrite, not patch
        assert second.load_draft() == edited


def test_versions_are_snapshots_with_metadata(ws: Workspace, policy: Policy) -> None:
    info = ws.save_version("1.0", note="Första", author="Anna")
    assert (info.label, info.status, info.author, info.note) == ("1.0", "draft", "Anna", "Första")
    assert info.fingerprint == fingerprint(policy)
    assert info.created.endswith("Z") and "T" in info.created
    edited = policy.clone()
    edited.sections[0].heading = "Ny rubrik"
    ws.save_draft(edited)
    ws.save_version("1.1")
    assert [v.label for v in ws.versions()] == ["1.0", "1.1"]
    assert ws.load_version("1.0") == policy
    assert ws.load_version("1.1") == edited
    assert ws.version("1.1").fingerprint == fingerprint(edited)


def test_save_version_of_an_explicit_policy_leaves_the_draft(ws: Workspace, policy: Policy) -> None:
    other = synthetic_policy(3)
    info = ws.save_version("imported", policy=other)
    assert info.fingerprint == fingerprint(other)
    assert ws.load_version("imported") == other
    assert ws.load_draft() == policy


def test_labels_are_unique_and_valid(ws: Workspace) -> None:
    ws.save_version("1.0")
    with pytest.raises(DuplicateLabel):
        ws.save_version("1.0")
    for bad in ("", "   ", "a\nb"):
        with pytest.raises(InvalidLabel):
            ws.save_version(bad)
    with pytest.raises(VersionNotFound):
        ws.version("2.0")
    with pytest.raises(VersionNotFound):
        ws.load_version("2.0")
    assert [v.label for v in ws.versions()] == ["1.0"]


def test_status_moves_forward_and_publish_is_logged(ws: Workspace) -> None:
    ws.save_version("1.0")
    ws.save_version("2.0")
    assert ws.approve("1.0", author="Bo").status == "approved"
    with pytest.raises(VersionImmutable):
        ws.approve("1.0")
    assert ws.publish("1.0", author="Bo").status == "published"
    assert ws.publish("2.0", author="Cy", override_reason="Lagkrav").status == "published"
    with pytest.raises(VersionImmutable):
        ws.publish("1.0")
    with pytest.raises(VersionImmutable):
        ws.approve("2.0")
    kinds = [(e.kind, e.label, e.author, e.detail) for e in ws.events()
             if e.kind != "save-version"]
    assert kinds == [("approve", "1.0", "Bo", ""), ("publish", "1.0", "Bo", ""),
                     ("override", "2.0", "Cy", "Lagkrav"), ("publish", "2.0", "Cy", "")]


def test_release_notice_until_published(ws: Workspace) -> None:
    ws.save_version("1.0")
    ws.set_version_notice("1.0", "Vi har förtydligat lagringstiderna.")
    assert ws.version("1.0").notice == "Vi har förtydligat lagringstiderna."
    ws.publish("1.0")
    with pytest.raises(VersionImmutable):
        ws.set_version_notice("1.0", "Annat")
    assert ws.version("1.0").notice == "Vi har förtydligat lagringstiderna."
    assert ws.version("1.0").as_json().keys() == {
        "label", "status", "author", "created", "note", "fingerprint"}


def test_events_acknowledgements_settings_survive_reopen(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    with Workspace.create(path, policy) as ws:
        ws.record_event("import", author="Anna", detail="sekretesspolicy.txt")
        ack = ws.acknowledge("k1", section_id="s1", content_hash="sha256:ab", rule="new-recipient",
                             reviewer="Bo", comment="OK")
        ws.set_setting("zoom", "120")
        ws.set_setting("zoom", "130")
    with Workspace.open(path) as ws:
        assert [(e.kind, e.label, e.author, e.detail) for e in ws.events()] == [
            ("import", None, "Anna", "sekretesspolicy.txt")]
        assert ws.acknowledgements() == [ack]
        assert ws.get_setting("zoom") == "130"
        assert ws.get_setting("missing", "x") == "x"


def test_readonly_refuses_writes_and_changes_nothing(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    with Workspace.create(path, policy) as ws:
        ws.save_version("1.0")
    before = _sha(path)
    with Workspace.open(path, readonly=True) as ws:
        with pytest.raises(ReadOnlyWorkspace):
            ws.save_version("2.0")
        with pytest.raises(ReadOnlyWorkspace):
            ws.save_draft(synthetic_policy(1))
        assert ws.load_version("1.0") == policy
        assert ws.check() == []
    assert _sha(path) == before


def test_identical_texts_are_stored_once(ws: Workspace, policy: Policy) -> None:
    def blob_count() -> int:
        with sqlite3.connect(ws.path) as db:
            return int(db.execute("SELECT count(*) FROM blobs").fetchone()[0])

    ws.save_version("1.0")
    before = blob_count()
    for n in range(5):
        ws.save_version(f"same-{n}")
    assert blob_count() == before
    edited = policy.clone()
    next(iter_sections(edited.sections)).body += " Ett tillägg."
    ws.save_draft(edited)
    ws.save_version("1.1")
    assert blob_count() == before + 1  # only the changed body is new


def test_unused_draft_texts_are_dropped_on_close(tmp_path: Path, policy: Policy) -> None:
    path = tmp_path / "doc.policy"
    with Workspace.create(path, policy) as ws:
        ws.save_version("1.0")
        section = next(iter_sections(policy.sections))
        intermediate = []
        for n in range(30):  # autosaves while typing
            section.body += f" ord{n}"
            intermediate.append(section.body)
            ws.save_draft(policy)
    with sqlite3.connect(path) as db:
        stored = {bytes(r[0]) for r in db.execute("SELECT hash FROM blobs")}
    assert hashlib.sha256(intermediate[-1].encode()).digest() in stored
    assert not any(hashlib.sha256(t.encode()).digest() in stored for t in intermediate[:-1])
    with Workspace.open(path) as ws:
        assert ws.load_draft() == policy
        assert ws.load_version("1.0").sections[0].body != section.body
        assert ws.check() == []


def test_workspace_errors_are_policy_editor_errors() -> None:
    assert issubclass(WorkspaceError, PolicyEditorError)


def test_replace_draft_logs_the_import_atomically(ws: Workspace) -> None:
    revision = synthetic_policy(9)
    ws.replace_draft(revision, author="Anna", detail="revision.md")
    assert ws.load_draft() == revision
    assert [(e.kind, e.author, e.detail) for e in ws.events()] == [
        ("import", "Anna", "revision.md")]


@pytest.mark.corpus
def test_a_real_history_round_trips_and_stays_small(histories_dir: Path, tmp_path: Path) -> None:
    from policyeditor.core.idmatch import carry_over_ids
    from policyeditor.core.importing import import_file

    files = sorted((histories_dir / "Spotify").glob("*.md"))
    assert len(files) == 66
    path = tmp_path / "spotify.policy"
    saved: dict[str, Policy] = {}
    ws: Workspace | None = None
    for number, source in enumerate(files):
        policy = import_file(source).policy
        if ws is None:
            ws = Workspace.create(path, policy)
        else:
            policy = carry_over_ids(ws.load_draft(), policy)
            ws.replace_draft(policy, detail=source.name)
        ws.save_version(f"{number:03d}", note=source.name)
        saved[f"{number:03d}"] = policy
    assert ws is not None
    ws.close()
    with Workspace.open(path, readonly=True) as reader:
        assert [v.label for v in reader.versions()] == list(saved)
        for label, policy in saved.items():
            assert reader.load_version(label) == policy  # text and ids
            assert reader.version(label).fingerprint == fingerprint(policy)
        assert reader.check() == []
    raw_total = sum(f.stat().st_size for f in files)
    assert path.stat().st_size <= 0.35 * raw_total  # shared texts, compressed deltas
