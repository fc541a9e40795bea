"""Policy ⇄ rows, and the content-addressed text store.

A policy is stored as a *head* text (title, language, metadata as JSON, and
the sections' review comments keyed by section id when there are any), a
preamble text and one row per section in document order (section id, depth,
heading text, body text). Every text lives once in ``blobs``, addressed by the
SHA-256 of its UTF-8 bytes, so unchanged sections are shared by all versions.

Comments live in the head rather than in new columns so that files keep
their schema (an older PolicyEditor reads such a file and ignores them); the
fingerprint never covers them (:mod:`policyeditor.core.canonical`). Each is
stored as exported (DESIGN.md §6) plus its place on the text: ``anchor``
``[start, end]`` and ``detached`` (only when set), so it stays on its words.

Texts are compressed with zlib; a changed section is usually compressed with
the same section's text in the latest saved version as a preset dictionary,
which stores little more than the edit (a delta). Delta chains are capped at
:data:`MAX_DEPTH` so reading a text never needs more than a few steps.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from policyeditor.core.jsonexport import comment_json
from policyeditor.core.model import Comment, Policy, Reply, Section, iter_sections, walk

CODEC_RAW = 0
CODEC_ZLIB = 1
CODEC_DELTA = 2
#: Longest chain of delta-compressed texts (each step is one decompression).
MAX_DEPTH = 12
_CACHE_LIMIT = 8192


class CorruptText(Exception):
    """A stored text cannot be decoded or does not match its hash (internal)."""


@dataclass(frozen=True)
class SectionRow:
    """One section as stored: id, depth in the tree, heading and body texts."""

    sid: str
    depth: int
    heading: str
    body: str


def comment_from_data(data: dict[str, object]) -> Comment:
    """A stored comment back (the inverse of ``jsonexport.comment_json``).

    Raises TypeError, ValueError or KeyError on data that is not a comment.
    """
    replies = data.get("replies") or []
    if not isinstance(replies, list):
        raise TypeError("replies must be a list")
    return Comment(
        id=str(data["id"]), author=str(data.get("author", "")),
        created=str(data.get("created", "")), quote=str(data.get("quote", "")),
        text=str(data.get("text", "")), resolved=bool(data.get("resolved", False)),
        replies=[Reply(str(r.get("author", "")), str(r.get("created", "")),
                       str(r.get("text", ""))) for r in replies],
        anchor=_anchor(data.get("anchor")), detached=bool(data.get("detached", False)),
    )


def _anchor(value: object) -> tuple[int, int] | None:
    """A stored ``[start, end]`` (anything else: not placed, found again by its quote)."""
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 <= value[0] < value[1]):
        return int(value[0]), int(value[1])
    return None


def comment_record(comment: Comment) -> dict[str, object]:
    """A comment as stored: the exported shape plus where it stands on the text."""
    data: dict[str, object] = comment_json(comment)
    if comment.anchor is not None:
        data["anchor"] = list(comment.anchor)
    if comment.detached:
        data["detached"] = True
    return data


def head_text(policy: Policy) -> str:
    """Title, language, metadata and comments (only if any) as compact, key-sorted JSON."""
    head: dict[str, object] = {
        "title": policy.title, "language": policy.language, "metadata": policy.metadata}
    comments = {s.id: [comment_record(c) for c in s.comments]
                for s in iter_sections(policy.sections) if s.comments}
    if comments:
        head["comments"] = comments
    return json.dumps(head, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def flatten(policy: Policy) -> list[SectionRow]:
    """The sections in document order with their depth."""
    return [SectionRow(r.section.id, r.depth, r.section.heading, r.section.body)
            for r in walk(policy)]


def build(head: str, preamble: str, rows: list[SectionRow]) -> Policy:
    """Rebuild a Policy (ids preserved) from a head text, preamble and rows."""
    try:
        data = json.loads(head)
        policy = Policy(
            title=str(data["title"]), language=str(data["language"]),
            metadata={str(k): str(v) for k, v in dict(data["metadata"]).items()},
            preamble=preamble,
        )
        comments = {str(sid): [comment_from_data(dict(c)) for c in items]
                    for sid, items in dict(data.get("comments") or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CorruptText(f"unreadable document head: {exc}") from exc
    stack: list[list[Section]] = [policy.sections]
    for row in rows:
        if not 0 <= row.depth < len(stack):
            raise CorruptText(f"section {row.sid} has an impossible depth {row.depth}")
        del stack[row.depth + 1:]
        section = Section(heading=row.heading, body=row.body, id=row.sid,
                          comments=comments.get(row.sid, []))
        stack[row.depth].append(section)
        stack.append(section.children)
    return policy


def text_hash(text: str) -> bytes:
    """SHA-256 digest of the UTF-8 text: the address of a stored text."""
    return hashlib.sha256(text.encode("utf-8")).digest()


class TextStore:
    """Content-addressed texts and interned section ids in one connection.

    Decoded texts are cached by hash (never by row id, which another process
    could in principle reuse after deleting an unused text).
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._cache: dict[bytes, str] = {}

    # -- writing -----------------------------------------------------------
    def put(self, text: str, base: int | Callable[[], int | None] | None = None) -> int:
        """Id of the stored ``text``, storing it first if new.

        ``base`` names a stored text that is probably similar (the same section
        in the latest version), or a function that finds one, called only when
        the text is new; it is used as a compression dictionary when that makes
        the stored form smaller.
        """
        digest = text_hash(text)
        found = self._db.execute("SELECT id FROM blobs WHERE hash = ?", (digest,)).fetchone()
        if found is not None:
            return int(found[0])
        if callable(base):
            base = base()
        raw = text.encode("utf-8")
        codec, data, base_id, depth = CODEC_RAW, raw, None, 0
        if len(raw) > 48:
            packed = zlib.compress(raw, 9)
            if len(packed) < len(data):
                codec, data = CODEC_ZLIB, packed
            if base is not None:
                # Only a pinned text (one a version uses) lives forever, so only
                # such a text may become the dictionary another text depends on.
                base_row = self._db.execute(
                    "SELECT depth FROM blobs WHERE id = ? AND pinned = 1", (base,)).fetchone()
                if base_row is not None and int(base_row[0]) < MAX_DEPTH:
                    zdict = self.get(base).encode("utf-8")
                    if zdict:
                        comp = zlib.compressobj(9, zdict=zdict)
                        delta = comp.compress(raw) + comp.flush()
                        if len(delta) + 4 < len(data):
                            codec, data, base_id = CODEC_DELTA, delta, base
                            depth = int(base_row[0]) + 1
        cursor = self._db.execute(
            "INSERT INTO blobs(hash, codec, base, depth, data) VALUES (?, ?, ?, ?, ?)",
            (digest, codec, base_id, depth, data),
        )
        self._cache[digest] = text
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def key_id(self, sid: str) -> int:
        """Interned number of a section id."""
        found = self._db.execute("SELECT id FROM section_keys WHERE sid = ?", (sid,)).fetchone()
        if found is not None:
            return int(found[0])
        cursor = self._db.execute("INSERT INTO section_keys(sid) VALUES (?)", (sid,))
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    # -- reading -----------------------------------------------------------
    def get(self, blob_id: int) -> str:
        """The text stored as ``blob_id``, verified against its hash."""
        chain: list[tuple[bytes, int, bytes]] = []
        current: int | None = blob_id
        text: str | None = None
        while current is not None:
            row = self._db.execute(
                "SELECT hash, codec, base, data FROM blobs WHERE id = ?", (current,)
            ).fetchone()
            if row is None:
                raise CorruptText(f"stored text {current} is missing")
            digest, codec, base, data = bytes(row[0]), int(row[1]), row[2], bytes(row[3])
            if digest in self._cache:
                text = self._cache[digest]
                break
            chain.append((digest, codec, data))
            if len(chain) > MAX_DEPTH + 2:
                raise CorruptText(f"stored text {blob_id} has a delta chain that is too long")
            current = int(base) if codec == CODEC_DELTA and base is not None else None
        for digest, codec, data in reversed(chain):
            text = self._decode(digest, codec, data, text)
        assert text is not None
        return text

    def _decode(self, digest: bytes, codec: int, data: bytes, base_text: str | None) -> str:
        try:
            if codec == CODEC_RAW:
                raw = data
            elif codec == CODEC_ZLIB:
                raw = zlib.decompress(data)
            elif codec == CODEC_DELTA and base_text is not None:
                inflater = zlib.decompressobj(zdict=base_text.encode("utf-8"))
                raw = inflater.decompress(data) + inflater.flush()
            else:
                raise CorruptText(f"unknown text encoding {codec}")
            text = raw.decode("utf-8")
        except (zlib.error, UnicodeDecodeError) as exc:
            raise CorruptText(f"stored text cannot be decoded: {exc}") from exc
        if hashlib.sha256(raw).digest() != digest:
            raise CorruptText("stored text does not match its fingerprint")
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[digest] = text
        return text

    def rows(self, table: str, where: str, args: tuple[object, ...]) -> list[SectionRow]:
        """Section rows of the draft or of one version, in document order."""
        query = (
            f"SELECT k.sid, s.depth, s.heading_blob, s.body_blob FROM {table} s "
            f"LEFT JOIN section_keys k ON k.id = s.key_id WHERE {where} ORDER BY s.ord"
        )
        result: list[SectionRow] = []
        for sid, depth, heading_blob, body_blob in self._db.execute(query, args).fetchall():
            if sid is None:
                raise CorruptText("a section refers to a missing section id")
            result.append(SectionRow(str(sid), int(depth), self.get(int(heading_blob)),
                                     self.get(int(body_blob))))
        return result


class DeltaBases:
    """Likely similar stored texts (latest version) to delta-compress against."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._by_sid: dict[str, int] | None = None
        self._by_heading: dict[str, int] = {}

    def _load(self) -> dict[str, int]:
        if self._by_sid is None:
            self._by_sid = {}
            for sid, heading, body in self._db.execute(
                "SELECT k.sid, h.hash, s.body_blob FROM version_sections s "
                "JOIN section_keys k ON k.id = s.key_id JOIN blobs h ON h.id = s.heading_blob "
                "WHERE s.version_id = (SELECT max(id) FROM versions)"):
                self._by_sid[str(sid)] = int(body)
                self._by_heading[bytes(heading).hex()] = int(body)
        return self._by_sid

    def body(self, row: SectionRow) -> Callable[[], int | None]:
        """Finder of the base for a section's body: same id, else same heading."""

        def find() -> int | None:
            by_sid = self._load()
            if row.sid in by_sid:
                return by_sid[row.sid]
            return self._by_heading.get(text_hash(row.heading).hex())

        return find

    def preamble(self) -> int | None:
        """The latest version's preamble."""
        row = self._db.execute(
            "SELECT preamble_blob FROM versions ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else int(row[0])


def collect_garbage(db: sqlite3.Connection) -> None:
    """Delete texts and section ids that neither the draft nor any version uses.

    Texts and ids of saved versions are pinned (so the database refuses to
    delete them) and delta bases are always pinned texts; the references are
    still excluded here, in one set-based pass, so that even a file whose pin
    triggers were tampered with never loses a version's text to tidying.
    """
    db.execute(
        "DELETE FROM blobs WHERE pinned = 0 AND id NOT IN ("
        "SELECT head_blob FROM draft UNION SELECT preamble_blob FROM draft "
        "UNION SELECT heading_blob FROM draft_sections UNION SELECT body_blob FROM "
        "draft_sections UNION SELECT heading_blob FROM version_sections UNION SELECT "
        "body_blob FROM version_sections UNION SELECT head_blob FROM versions UNION SELECT "
        "preamble_blob FROM versions UNION SELECT base FROM blobs WHERE base IS NOT NULL)")
    db.execute("DELETE FROM section_keys WHERE pinned = 0 AND id NOT IN "
               "(SELECT key_id FROM draft_sections UNION SELECT key_id FROM version_sections)")
