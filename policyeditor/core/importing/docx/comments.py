"""Word comments to review comments on sections (``Section.comments``), and
the texts of footnotes and endnotes (notes beside the text, like comments).

``word/comments.xml`` holds each comment's author, date and text;
``word/commentsExtended.xml`` (Word 2013 and later) links replies to the
comment they answer (``w15:paraIdParent``, by the ``w14:paraId`` of the
comment's last paragraph) and marks threads resolved (``w15:done``). A reply
becomes a :class:`Reply` of its thread's first comment; a file without the
extended part has only top-level comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from policyeditor.core.importing.docx.package import W14, W15, w
from policyeditor.core.model import Comment, Reply


@dataclass
class RawComment:
    """A comment as stored in the file, before threads are formed."""

    cid: str
    author: str
    created: str
    text: str
    para_id: str  # w14:paraId of its last paragraph
    parent: str | None = None  # paraId of the comment it answers
    done: bool = False


def _text(comment: Any) -> str:
    paragraphs = []
    for p in comment.iter(w("p")):
        words = []
        for node in p.iter(w("t"), w("tab"), w("br")):
            words.append(node.text or "" if node.tag == w("t") else " ")
        paragraphs.append("".join(words).strip())
    return "\n".join(text for text in paragraphs if text)


def _last_para_id(comment: Any) -> str:
    ids = [p.get(f"{{{W14}}}paraId", "") for p in comment.iter(w("p"))]
    return ids[-1] if ids else ""


def read_comments(root: Any, extended: Any) -> dict[str, RawComment]:
    """Comment id -> comment, with reply links and resolved flags where the file has them."""
    found: dict[str, RawComment] = {}
    if root is None:
        return found
    for item in root.iter(w("comment")):
        cid = item.get(w("id"), "")
        found[cid] = RawComment(cid, item.get(w("author"), ""), item.get(w("date"), ""),
                                _text(item), _last_para_id(item))
    if extended is None:
        return found
    by_para = {c.para_id: c for c in found.values() if c.para_id}
    for ex in extended.iter(f"{{{W15}}}commentEx"):
        comment = by_para.get(ex.get(f"{{{W15}}}paraId", ""))
        if comment is None:
            continue
        comment.parent = ex.get(f"{{{W15}}}paraIdParent")
        comment.done = ex.get(f"{{{W15}}}done") in ("1", "true")
    return found


def threads(raw: dict[str, RawComment], quotes: dict[str, str]) -> dict[str, Comment]:
    """Top-level comment id -> Comment with its replies (in file order)."""
    by_para = {c.para_id: c for c in raw.values() if c.para_id}
    out: dict[str, Comment] = {}
    root_of: dict[str, str] = {}
    for cid, item in raw.items():
        parent = by_para.get(item.parent or "")
        seen: set[str] = set()
        while parent is not None and parent.parent and parent.cid not in seen:
            seen.add(parent.cid)  # replies to replies, and loops in damaged files
            parent = by_para.get(parent.parent)
        if parent is not None and parent.cid != cid:
            root_of[cid] = parent.cid
            continue
        out[cid] = Comment(author=item.author, created=item.created,
                           quote=quotes.get(cid, ""), text=item.text, resolved=item.done)
    for cid, root in root_of.items():
        item = raw[cid]
        if root in out:
            out[root].replies.append(Reply(item.author, item.created, item.text))
            out[root].resolved = out[root].resolved or item.done
    return out


def read_notes(footnotes: Any, endnotes: Any) -> dict[tuple[str, str], str]:
    """(``"footnote"``/``"endnote"``, id) -> the note's text; separators are skipped."""
    notes: dict[tuple[str, str], str] = {}
    for kind, root in (("footnote", footnotes), ("endnote", endnotes)):
        if root is None:
            continue
        for note in root.iter(w(kind)):
            if note.get(w("type")) in ("separator", "continuationSeparator",
                                       "continuationNotice"):
                continue
            notes[(kind, note.get(w("id"), ""))] = " ".join(_text(note).split())
    return notes
