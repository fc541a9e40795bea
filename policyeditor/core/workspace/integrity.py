"""Recognising a workspace file and verifying its integrity.

:func:`inspect_header` reads the 100-byte SQLite header with plain file I/O,
so a text file, an empty file, another program's database or a newer format is
refused before SQLite ever opens it (SQLite would happily treat an empty file
as an empty database and write to it). :func:`validate` runs on a read-only
connection. :func:`run_check` is the full check behind ``Workspace.check()``.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from policyeditor.core.canonical import fingerprint
from policyeditor.core.workspace.errors import DamagedWorkspace, NewerSchema, NotAWorkspace
from policyeditor.core.workspace.schema import (
    APPLICATION_ID,
    OLDEST_SUPPORTED,
    REQUIRED_TABLES,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    TRIGGERS,
)
from policyeditor.core.workspace.serialize import CorruptText, TextStore, build

_BASELINE_TABLES = ("meta", "blobs", "section_keys", "draft", "draft_sections", "versions",
                    "version_sections", "settings")


def inspect_header(path: Path) -> int:
    """The schema version of a workspace file, or a typed error. Never writes."""
    shown = str(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError as exc:
        raise NotAWorkspace(shown, "workspace.missing") from exc
    except IsADirectoryError as exc:
        raise NotAWorkspace(shown, "workspace.is-folder") from exc
    except PermissionError as exc:
        raise NotAWorkspace(shown, "workspace.permission") from exc
    except OSError as exc:
        raise NotAWorkspace(shown, "workspace.unreadable", exc.strerror or str(exc)) from exc
    if not header:
        raise NotAWorkspace(shown, "workspace.empty")
    if not header.startswith(SQLITE_MAGIC):
        raise NotAWorkspace(shown, "workspace.foreign")
    if len(header) < 100:
        raise DamagedWorkspace(shown, ["the file is truncated"])
    user_version, application_id = struct.unpack(">I4xI", header[60:72])
    if application_id != APPLICATION_ID:
        raise NotAWorkspace(shown, "workspace.other-program")
    if user_version > SCHEMA_VERSION:
        raise NewerSchema(shown, user_version, SCHEMA_VERSION)
    if user_version < OLDEST_SUPPORTED:
        raise DamagedWorkspace(shown, [f"unknown format version {user_version}"])
    return int(user_version)


def validate(db: sqlite3.Connection, path: Path, version: int) -> None:
    """Cheap structural checks on open; raises DamagedWorkspace."""
    try:
        problems = [str(r[0]) for r in db.execute("PRAGMA quick_check(20)").fetchall()]
        if problems == ["ok"]:
            problems = []
        tables = {str(r[0]) for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedWorkspace(str(path), [str(exc)]) from exc
    required = REQUIRED_TABLES if version == SCHEMA_VERSION else _BASELINE_TABLES
    missing = [t for t in required if t not in tables]
    if missing:
        problems.append("missing tables: " + ", ".join(missing))
    if problems:
        raise DamagedWorkspace(str(path), problems)


def run_check(db: sqlite3.Connection, texts: TextStore) -> list[str]:
    """Every problem found: SQLite integrity, triggers, texts, fingerprints."""
    problems: list[str] = []
    try:
        result = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [f"database: {exc}"]
    if result != ["ok"]:
        problems.extend(f"database: {line}" for line in result)
    application_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    if application_id != APPLICATION_ID:
        problems.append(f"file marker changed (application_id {application_id})")
    present = {str(r[0]) for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    missing = [name for name in TRIGGERS if name not in present]
    if missing:
        problems.append("protective triggers missing: " + ", ".join(missing))
    unpinned = int(db.execute(
        "SELECT count(*) FROM blobs WHERE pinned = 0 AND id IN (SELECT heading_blob FROM "
        "version_sections UNION SELECT body_blob FROM version_sections UNION SELECT head_blob "
        "FROM versions UNION SELECT preamble_blob FROM versions)").fetchone()[0])
    if unpinned:
        problems.append(f"{unpinned} stored text(s) of saved versions are not protected")
    for (blob_id,) in db.execute("SELECT id FROM blobs ORDER BY id").fetchall():
        try:
            texts.get(int(blob_id))
        except CorruptText as exc:
            problems.append(f"stored text {blob_id}: {exc}")
    versions = db.execute(
        "SELECT id, label, fingerprint, head_blob, preamble_blob FROM versions ORDER BY id"
    ).fetchall()
    for version_id, label, stored, head_blob, preamble_blob in versions:
        try:
            policy = build(texts.get(int(head_blob)), texts.get(int(preamble_blob)),
                           texts.rows("version_sections", "s.version_id = ?", (version_id,)))
        except CorruptText as exc:
            problems.append(f"version {label}: cannot be rebuilt ({exc})")
            continue
        actual = fingerprint(policy)
        if actual != stored:
            problems.append(f"version {label}: fingerprint {actual} does not match {stored}")
    draft = db.execute("SELECT fingerprint, head_blob, preamble_blob FROM draft").fetchone()
    if draft is None:
        problems.append("the draft is missing")
    else:
        try:
            policy = build(texts.get(int(draft[1])), texts.get(int(draft[2])),
                           texts.rows("draft_sections", "1", ()))
            if draft[0] and fingerprint(policy) != draft[0]:  # older files kept one
                problems.append("draft: fingerprint does not match its content")
        except CorruptText as exc:
            problems.append(f"draft: cannot be rebuilt ({exc})")
    return problems
