"""Published versions cannot be changed or lost, even by another tool writing
raw SQL (the database's triggers refuse it); check() finds what got through."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy
from policyeditor.core.workspace import Workspace
from tests.core.workspace_writer import synthetic_policy


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, Policy]:
    """A workspace whose version "1.0" is published and "1.1" is not."""
    path = tmp_path / "doc.policy"
    policy = synthetic_policy(1)
    with Workspace.create(path, policy) as ws:
        ws.save_version("1.0", note="Första")
        ws.publish("1.0")
        ws.save_version("1.1", policy=synthetic_policy(2))
    return path, policy


# Each statement would change or lose part of the published version 1.0.
TAMPERING = [
    "UPDATE versions SET note = 'x' WHERE label = '1.0'",
    "UPDATE versions SET label = '9.9' WHERE label = '1.0'",
    "UPDATE versions SET status = 'draft' WHERE label = '1.0'",
    "UPDATE versions SET notice = 'x' WHERE label = '1.0'",
    "UPDATE versions SET fingerprint = 'sha256:00' WHERE label = '1.0'",
    "DELETE FROM versions WHERE label = '1.0'",
    "DELETE FROM versions",
    "UPDATE version_sections SET depth = 0",
    "DELETE FROM version_sections WHERE version_id = (SELECT id FROM versions WHERE label = '1.0')",
    "INSERT INTO version_sections SELECT version_id, 999, key_id, 0, heading_blob, body_blob "
    "FROM version_sections WHERE version_id = (SELECT id FROM versions WHERE label = '1.0') "
    "LIMIT 1",
    "UPDATE blobs SET data = x'00'",
    "UPDATE blobs SET hash = randomblob(32)",
    "UPDATE blobs SET pinned = 0",
    "UPDATE section_keys SET pinned = 0",
    "DELETE FROM blobs",
    "UPDATE section_keys SET sid = 'other'",
    "DELETE FROM section_keys",
    "UPDATE meta SET value = 'x'",
    "DELETE FROM meta",
    "UPDATE events SET detail = 'x'",
    "DELETE FROM events",
]


@pytest.mark.parametrize("statement", TAMPERING)
def test_raw_sql_cannot_change_a_published_version(
    published: tuple[Path, Policy], statement: str
) -> None:
    path, policy = published
    db = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(statement)
    db.commit()
    db.close()
    with Workspace.open(path, readonly=True) as ws:
        assert ws.load_version("1.0") == policy
        info = ws.version("1.0")
        assert (info.status, info.note, info.fingerprint) == (
            "published", "Första", fingerprint(policy))
        assert ws.check() == []


def test_unpublished_versions_may_still_move_forward(published: tuple[Path, Policy]) -> None:
    path, _ = published
    db = sqlite3.connect(path)
    db.execute("UPDATE versions SET status = 'approved' WHERE label = '1.1'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE versions SET status = 'draft' WHERE label = '1.1'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE versions SET note = 'x' WHERE label = '1.1'")  # snapshot fields
    db.commit()
    db.close()
    with Workspace.open(path) as ws:
        assert ws.version("1.1").status == "approved"


def test_check_reports_a_text_altered_behind_the_triggers(published: tuple[Path, Policy]) -> None:
    path, _ = published
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER blobs_no_update")  # a determined tool can drop triggers...
    db.execute("UPDATE blobs SET codec = 0, base = NULL, data = CAST('forged' AS BLOB) "
               "WHERE id = (SELECT body_blob FROM version_sections LIMIT 1)")
    db.commit()
    db.close()
    with Workspace.open(path) as ws:
        problems = ws.check()
    text = "\n".join(problems)
    assert "blobs_no_update" in text  # ...but check() notices
    assert "does not match" in text
    assert "version 1.0" in text


def test_check_reports_a_forged_fingerprint(published: tuple[Path, Policy]) -> None:
    path, _ = published
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER versions_fixed_columns")
    db.execute("UPDATE versions SET fingerprint = 'sha256:' || hex(randomblob(32)) "
               "WHERE label = '1.1'")
    db.commit()
    db.close()
    with Workspace.open(path) as ws:
        problems = ws.check()
    assert any(p.startswith("version 1.1: fingerprint") for p in problems)
    assert any("versions_fixed_columns" in p for p in problems)


def test_tidying_never_drops_a_version_text_even_without_pin_triggers(tmp_path: Path) -> None:
    path = tmp_path / "doc.policy"
    Workspace.create(path, synthetic_policy(1)).close()
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER version_sections_pin")
    db.commit()
    db.close()
    later = synthetic_policy(2)
    with Workspace.open(path) as ws:
        ws.save_version("2.0", policy=later)  # its texts are left unpinned
        ws.save_draft(synthetic_policy(3))  # the texts are now used by no draft
    with Workspace.open(path) as ws:  # closing above collected garbage
        assert ws.load_version("2.0") == later
        problems = ws.check()
    assert any("not protected" in p for p in problems)
    assert any("version_sections_pin" in p for p in problems)
