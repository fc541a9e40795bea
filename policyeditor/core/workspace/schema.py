"""Schema of the ``*.policy`` file: tables, protective triggers, migrations.

Every file is built the same way: the frozen baseline (schema 1) is created and
then the migrations 1→2→...→``SCHEMA_VERSION`` run in order, so a new file and
an upgraded old file go through exactly the same code. The next format change
is one more function in :data:`MIGRATIONS` (never edit an existing step).

``PRAGMA application_id`` marks the file as ours, ``PRAGMA user_version`` holds
the schema version; both live in the 100-byte SQLite header, so a file can be
recognised (or refused) before SQLite touches it.

The triggers are what make published versions permanent: they refuse, for any
writer (this program or the ``sqlite3`` shell), every UPDATE or DELETE that
would change or lose a published version, the stored texts and section ids it
is built from, or the file's write-once metadata.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: "PoEd" as a big-endian 32-bit integer; identifies a PolicyEditor workspace.
APPLICATION_ID = 0x506F4564
#: Schema written by this version of the program.
SCHEMA_VERSION = 3
#: Schema versions this program can migrate from.
OLDEST_SUPPORTED = 1

SQLITE_MAGIC = b"SQLite format 3\x00"

#: Tables every workspace of the current schema has.
REQUIRED_TABLES = (
    "meta", "blobs", "section_keys", "draft", "draft_sections", "versions",
    "version_sections", "settings", "events", "acknowledgements", "editor_lock",
)

# Schema 1, frozen: the content store (texts, section ids, draft, versions).
BASELINE_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- Content-addressed texts: hash = sha256 of the UTF-8 text. codec 0 raw,
-- 1 zlib, 2 zlib with the text of blob `base` as preset dictionary (a delta).
-- `pinned` is set (by trigger, for good) once a saved version uses the text:
-- pinned texts can never be deleted, which keeps that check cheap.
CREATE TABLE blobs(
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,
    codec INTEGER NOT NULL,
    base INTEGER REFERENCES blobs(id),
    depth INTEGER NOT NULL DEFAULT 0,
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    data BLOB NOT NULL
);

-- Section ids are interned so rows of every version refer to them by number.
CREATE TABLE section_keys(
    id INTEGER PRIMARY KEY,
    sid TEXT NOT NULL UNIQUE,
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
);

CREATE TABLE draft(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision INTEGER NOT NULL,
    head_blob INTEGER NOT NULL REFERENCES blobs(id),
    preamble_blob INTEGER NOT NULL REFERENCES blobs(id),
    fingerprint TEXT NOT NULL,
    updated TEXT NOT NULL
);

-- Sections in document order; the tree is rebuilt from `depth`.
CREATE TABLE draft_sections(
    ord INTEGER PRIMARY KEY,
    key_id INTEGER NOT NULL REFERENCES section_keys(id),
    depth INTEGER NOT NULL,
    heading_blob INTEGER NOT NULL REFERENCES blobs(id),
    body_blob INTEGER NOT NULL REFERENCES blobs(id)
);

CREATE TABLE versions(
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'published')),
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    note TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    head_blob INTEGER NOT NULL REFERENCES blobs(id),
    preamble_blob INTEGER NOT NULL REFERENCES blobs(id)
);

CREATE TABLE version_sections(
    version_id INTEGER NOT NULL REFERENCES versions(id),
    ord INTEGER NOT NULL,
    key_id INTEGER NOT NULL REFERENCES section_keys(id),
    depth INTEGER NOT NULL,
    heading_blob INTEGER NOT NULL REFERENCES blobs(id),
    body_blob INTEGER NOT NULL REFERENCES blobs(id),
    PRIMARY KEY (version_id, ord)
) WITHOUT ROWID;

CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TRIGGER meta_no_update BEFORE UPDATE ON meta
BEGIN SELECT RAISE(ABORT, 'workspace metadata is write-once'); END;
CREATE TRIGGER meta_no_delete BEFORE DELETE ON meta
BEGIN SELECT RAISE(ABORT, 'workspace metadata is write-once'); END;

-- The only change a text ever gets is being pinned.
CREATE TRIGGER blobs_no_update BEFORE UPDATE ON blobs
WHEN NOT (OLD.pinned = 0 AND NEW.pinned = 1 AND NEW.id = OLD.id AND NEW.hash = OLD.hash
          AND NEW.codec = OLD.codec AND NEW.base IS OLD.base AND NEW.depth = OLD.depth
          AND NEW.data = OLD.data)
BEGIN SELECT RAISE(ABORT, 'stored texts are immutable'); END;
CREATE TRIGGER blobs_no_delete_used BEFORE DELETE ON blobs
WHEN OLD.pinned = 1
  OR EXISTS (SELECT 1 FROM draft WHERE head_blob = OLD.id OR preamble_blob = OLD.id)
  OR EXISTS (SELECT 1 FROM draft_sections WHERE heading_blob = OLD.id OR body_blob = OLD.id)
BEGIN SELECT RAISE(ABORT, 'stored text is still in use'); END;
-- A delta needs its base forever, so only a pinned text may serve as one.
CREATE TRIGGER blobs_base_pinned BEFORE INSERT ON blobs
WHEN NEW.pinned <> 0
  OR (NEW.base IS NOT NULL
      AND coalesce((SELECT pinned FROM blobs WHERE id = NEW.base), 0) = 0)
BEGIN SELECT RAISE(ABORT, 'a new text must be unpinned, its base a saved text'); END;

CREATE TRIGGER section_keys_no_update BEFORE UPDATE ON section_keys
WHEN NOT (OLD.pinned = 0 AND NEW.pinned = 1 AND NEW.id = OLD.id AND NEW.sid = OLD.sid)
BEGIN SELECT RAISE(ABORT, 'section ids are immutable'); END;
CREATE TRIGGER section_keys_no_delete_used BEFORE DELETE ON section_keys
WHEN OLD.pinned = 1 OR EXISTS (SELECT 1 FROM draft_sections WHERE key_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'section id is still in use'); END;

-- Whatever writes a version (this program or another tool) pins what it uses.
CREATE TRIGGER version_sections_pin AFTER INSERT ON version_sections
BEGIN
    UPDATE blobs SET pinned = 1
    WHERE id IN (NEW.heading_blob, NEW.body_blob) AND pinned = 0;
    UPDATE section_keys SET pinned = 1 WHERE id = NEW.key_id AND pinned = 0;
END;
CREATE TRIGGER versions_pin AFTER INSERT ON versions
BEGIN
    UPDATE blobs SET pinned = 1 WHERE id IN (NEW.head_blob, NEW.preamble_blob) AND pinned = 0;
END;

CREATE TRIGGER version_sections_no_update BEFORE UPDATE ON version_sections
BEGIN SELECT RAISE(ABORT, 'saved versions are immutable'); END;
CREATE TRIGGER version_sections_no_delete_published BEFORE DELETE ON version_sections
WHEN (SELECT status FROM versions WHERE id = OLD.version_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
CREATE TRIGGER version_sections_no_insert_published BEFORE INSERT ON version_sections
WHEN (SELECT status FROM versions WHERE id = NEW.version_id) = 'published'
BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;

CREATE TRIGGER versions_no_delete_published BEFORE DELETE ON versions
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
CREATE TRIGGER versions_no_update_published BEFORE UPDATE ON versions
WHEN OLD.status = 'published'
BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
CREATE TRIGGER versions_fixed_columns BEFORE UPDATE
OF id, label, author, created, note, fingerprint, head_blob, preamble_blob ON versions
BEGIN SELECT RAISE(ABORT, 'saved versions are immutable'); END;
CREATE TRIGGER versions_status_forward BEFORE UPDATE OF status ON versions
WHEN NOT (OLD.status = NEW.status
          OR (OLD.status = 'draft' AND NEW.status IN ('approved', 'published'))
          OR (OLD.status = 'approved' AND NEW.status = 'published'))
BEGIN SELECT RAISE(ABORT, 'version status only moves forward'); END;
"""


def _migrate_1_to_2(db: sqlite3.Connection) -> None:
    """Release notices, the history log, review acknowledgements, editing marker."""
    _run(
        db,
        """
        ALTER TABLE versions ADD COLUMN notice TEXT NOT NULL DEFAULT '';

        -- Append-only history log (publish, override reasons, imports...).
        CREATE TABLE events(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT,
            author TEXT NOT NULL,
            created TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the history log is append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the history log is append-only'); END;

        CREATE TABLE acknowledgements(
            id INTEGER PRIMARY KEY,
            flag_key TEXT NOT NULL,
            section_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            rule TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            comment TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX acknowledgements_flag ON acknowledgements(flag_key);
        CREATE TRIGGER acknowledgements_no_update BEFORE UPDATE ON acknowledgements
        BEGIN SELECT RAISE(ABORT, 'review records are append-only'); END;
        CREATE TRIGGER acknowledgements_no_delete BEFORE DELETE ON acknowledgements
        BEGIN SELECT RAISE(ABORT, 'review records are append-only'); END;

        -- "Open for editing" marker: at most one editor instance at a time.
        CREATE TABLE editor_lock(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            token TEXT NOT NULL,
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            user TEXT NOT NULL,
            since TEXT NOT NULL,
            heartbeat REAL NOT NULL
        );
        """
    )


def _migrate_2_to_3(db: sqlite3.Connection) -> None:
    """The workspace's own dictionary: words "added to dictionary" in the editor."""
    _run(
        db,
        """
        -- Names and terms of this document's organisation that spelling accepts;
        -- kept in the file so every editor of the document shares them.
        CREATE TABLE dictionary_words(
            word TEXT PRIMARY KEY,
            added TEXT NOT NULL
        );
        """
    )


#: Migration from schema N to N+1, keyed by N. Each runs inside the caller's
#: transaction (DDL is transactional in SQLite), so a crash mid-upgrade leaves
#: the old file as it was.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
}

#: Names of every protective trigger of the current schema (checked by check()).
TRIGGERS = (
    "meta_no_update", "meta_no_delete", "blobs_no_update", "blobs_no_delete_used",
    "blobs_base_pinned", "section_keys_no_update", "section_keys_no_delete_used",
    "version_sections_pin", "versions_pin",
    "version_sections_no_update", "version_sections_no_delete_published",
    "version_sections_no_insert_published", "versions_no_delete_published",
    "versions_no_update_published", "versions_fixed_columns", "versions_status_forward",
    "events_no_update", "events_no_delete", "acknowledgements_no_update",
    "acknowledgements_no_delete",
)


def create_baseline(db: sqlite3.Connection) -> None:
    """Schema 1 in an empty database (caller holds a transaction)."""
    _run(db, BASELINE_DDL)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Run the migrations from the file's schema up to ``target``; returns the start.

    The caller holds a write transaction; ``user_version`` is bumped after each
    step so the version always matches the tables.
    """
    start = current = int(db.execute("PRAGMA user_version").fetchone()[0])
    while current < target:
        step = MIGRATIONS[current]
        step(db)
        current += 1
        db.execute(f"PRAGMA user_version = {current}")
    return start


def _run(db: sqlite3.Connection, script: str) -> None:
    """Execute a DDL script statement by statement inside the open transaction."""
    for statement in _split(script):
        db.execute(statement)


def _split(script: str) -> list[str]:
    """Statements of a DDL script (``executescript`` would commit our transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
