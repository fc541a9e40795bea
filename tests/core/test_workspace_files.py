"""Bad files are refused with a typed error and left byte-for-byte unchanged;
older schemas are migrated; a crashed writer's journal is rolled back."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy
from policyeditor.core.workspace import (
    DamagedWorkspace,
    NewerSchema,
    NotAWorkspace,
    Workspace,
    WorkspaceError,
    schema,
)
from policyeditor.core.workspace.serialize import TextStore, flatten, head_text
from tests.core.workspace_writer import synthetic_policy


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, error: type[WorkspaceError]) -> WorkspaceError:
    """Open in every mode; each must raise ``error`` and leave the bytes alone."""
    before = _sha(path) if path.is_file() else None
    names = sorted(p.name for p in path.parent.iterdir())
    caught: WorkspaceError | None = None
    for kwargs in ({}, {"readonly": True}, {"exclusive": True}):
        with pytest.raises(error) as info:
            Workspace.open(path, **kwargs)
        caught = info.value
    if before is not None:
        assert _sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no journal left behind
    assert caught is not None
    return caught


def _workspace_with_versions(path: Path, count: int = 6) -> list[Policy]:
    policies = [synthetic_policy(n) for n in range(count)]
    with Workspace.create(path, policies[0]) as ws:
        for n, policy in enumerate(policies):
            ws.save_version(f"v{n}", policy=policy)
    return policies


def test_text_file_renamed_policy(tmp_path: Path) -> None:
    path = tmp_path / "notes.policy"
    path.write_text("1. Information som vi samlar in\n\nVi samlar in data.\n", encoding="utf-8")
    error = _refused(path, NotAWorkspace)
    assert error.code == "workspace.foreign"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.policy"
    path.write_bytes(b"")
    assert _refused(path, NotAWorkspace).code == "workspace.empty"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspace):
        Workspace.open(tmp_path / "absent.policy")
    assert not (tmp_path / "absent.policy").exists()
    folder = tmp_path / "folder.policy"
    folder.mkdir()
    with pytest.raises(NotAWorkspace):
        Workspace.open(folder)


def test_another_programs_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.policy"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE things(x)")
        db.execute("INSERT INTO things VALUES (1)")
    db.close()
    assert _refused(path, NotAWorkspace).code == "workspace.other-program"


def test_bytes_overwritten_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "doc.policy"
    _workspace_with_versions(path)
    with sqlite3.connect(path) as db:
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        assert int(db.execute("PRAGMA freelist_count").fetchone()[0]) == 0  # every page in use
    db.close()
    assert pages >= 6
    junk = random.Random(1).randbytes(page_size)
    with path.open("r+b") as handle:
        handle.seek((pages // 2) * page_size)
        handle.write(junk)
    error = _refused(path, DamagedWorkspace)
    assert error.code == "workspace.damaged" and error.problems


def test_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.policy"
    _workspace_with_versions(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path, DamagedWorkspace)


def test_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "doc.policy"
    _workspace_with_versions(path, 2)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    error = _refused(path, NewerSchema)
    assert isinstance(error, NewerSchema)
    assert (error.found, error.supported) == (schema.SCHEMA_VERSION + 1, schema.SCHEMA_VERSION)


def _write_v1_by_hand(path: Path, draft: Policy, versions: dict[str, Policy]) -> None:
    """A schema-1 file as the first release wrote it: baseline tables only."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    schema.create_baseline(db)
    db.execute("INSERT INTO meta VALUES ('format', 'policyeditor-workspace')")
    texts = TextStore(db)

    def rows(policy: Policy) -> list[tuple[int, int, int, int]]:
        return [(texts.key_id(r.sid), r.depth, texts.put(r.heading), texts.put(r.body))
                for r in flatten(policy)]

    db.execute("INSERT INTO draft VALUES (1, 1, ?, ?, ?, '2020-01-01T00:00:00Z')",
               (texts.put(head_text(draft)), texts.put(draft.preamble), fingerprint(draft)))
    for ord_, ids in enumerate(rows(draft)):
        db.execute("INSERT INTO draft_sections VALUES (?, ?, ?, ?, ?)", (ord_, *ids))
    for label, policy in versions.items():
        cursor = db.execute(
            "INSERT INTO versions(label, status, author, created, note, fingerprint, head_blob, "
            "preamble_blob) VALUES (?, 'draft', 'Anna', '2020-01-01T00:00:00Z', '', ?, ?, ?)",
            (label, fingerprint(policy), texts.put(head_text(policy)), texts.put(policy.preamble)))
        for ord_, ids in enumerate(rows(policy)):
            db.execute("INSERT INTO version_sections VALUES (?, ?, ?, ?, ?, ?)",
                       (cursor.lastrowid, ord_, *ids))
    db.execute("UPDATE versions SET status = 'published' WHERE label = 'old'")
    db.execute("COMMIT")
    db.close()


def test_schema_1_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.policy"
    draft, old, newer = synthetic_policy(1), synthetic_policy(2), synthetic_policy(3)
    _write_v1_by_hand(path, draft, {"old": old, "newer": newer})

    before = _sha(path)
    with Workspace.open(path, readonly=True) as ws:  # upgraded in memory only
        assert ws.load_version("old") == old
        assert ws.events() == []
    assert _sha(path) == before

    with Workspace.open(path) as ws:
        assert ws.load_draft() == draft
        assert ws.load_version("newer") == newer
        assert ws.version("old").status == "published"
        assert ws.version("old").notice == ""
        assert ws.check() == []
        ws.set_version_notice("newer", "Nytt")  # schema-2 feature works on the upgraded file
        ws.record_event("import")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    db.close()


def test_every_migration_step_exists() -> None:
    assert sorted(schema.MIGRATIONS) == list(range(schema.OLDEST_SUPPORTED,
                                                    schema.SCHEMA_VERSION))


def test_crashed_writer_is_rolled_back_on_open(tmp_path: Path) -> None:
    path = tmp_path / "doc.policy"
    policies = _workspace_with_versions(path, 2)
    # A writer dies in the middle of a large transaction, leaving a hot journal.
    script = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA cache_size = 1')\n"
        "db.execute('BEGIN IMMEDIATE')\n"
        "db.execute(\"DELETE FROM draft_sections\")\n"
        "for i in range(300):\n"
        "    db.execute('INSERT INTO settings VALUES (?, ?)', (f'k{i}', 'x' * 3000))\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    with Workspace.open(path, readonly=True) as ws:
        assert ws.check() == []
        assert ws.get_setting("k1") is None
        assert ws.load_version("v1") == policies[1]
        assert ws.load_draft() == policies[0]
    assert not journal.exists() or journal.stat().st_size == 0


def test_create_in_a_missing_folder_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError):
        Workspace.create(tmp_path / "missing" / "doc.policy", synthetic_policy())
    assert not (tmp_path / "missing").exists()


def test_odd_file_and_folder_names(tmp_path: Path) -> None:
    folder = tmp_path / "Policys & ändringar #2"
    folder.mkdir()
    path = folder / "a #?%20 ü.policy"  # characters that mean something in file: URIs
    policy = synthetic_policy(4)
    Workspace.create(path, policy).close()
    with Workspace.open(path, readonly=True) as ws:
        assert ws.load_draft() == policy
    with Workspace.open(path, exclusive=True) as ws:
        ws.save_version("1.0")
    assert sorted(p.name for p in folder.iterdir()) == ["a #?%20 ü.policy"]


def test_the_workspace_dictionary_is_kept_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "d.policy"
    with Workspace.create(path, Policy(title="T")) as workspace:
        assert workspace.dictionary_words() == []
        workspace.add_dictionary_word("Qwixly")
        workspace.add_dictionary_word("Qwixly")
        workspace.add_dictionary_word("Hotjar")
    with Workspace.open(path, readonly=True) as workspace:
        assert workspace.dictionary_words() == ["Hotjar", "Qwixly"]
    with Workspace.open(path) as workspace:
        workspace.remove_dictionary_word("Hotjar")
        assert workspace.dictionary_words() == ["Qwixly"]
