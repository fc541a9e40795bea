"""Comment edits: add, reply, resolve/reopen, delete — each returning its exact inverse.

Comments live on their section in the draft (and are saved with it), so they
are changed like the text: through invertible edits the undo stack keeps.
A removed comment or reply is handed back whole by the inverse, so undo puts
it back with its id, time, replies and anchor.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from policyeditor.core.edits import Edit, EditError
from policyeditor.core.model import Comment, Policy, Reply, Section, find


class CommentEdit(Edit):
    """Base of the edits that change one section's comments (not its text)."""

    section_id: str


def _section(policy: Policy, section_id: str) -> Section:
    try:
        return find(policy, section_id).section
    except KeyError as exc:
        raise EditError(f"unknown section {section_id}") from exc


def _index(section: Section, comment_id: str) -> int:
    for index, comment in enumerate(section.comments):
        if comment.id == comment_id:
            return index
    raise EditError(f"unknown comment {comment_id}")


@dataclass
class AddComment(CommentEdit):
    """Add ``comment`` to a section (at ``index``; None: last)."""

    section_id: str
    comment: Comment
    index: int | None = None

    def apply(self, policy: Policy) -> Edit:
        section = _section(policy, self.section_id)
        if any(c.id == self.comment.id for c in section.comments):
            raise EditError(f"comment {self.comment.id} already present")
        index = len(section.comments) if self.index is None else self.index
        if not 0 <= index <= len(section.comments):
            raise EditError(f"index {index} out of range")
        # a copy: the edit is kept for redo and must not share state with the model
        section.comments.insert(index, copy.deepcopy(self.comment))
        return RemoveComment(self.section_id, self.comment.id)


@dataclass
class RemoveComment(CommentEdit):
    """Delete a comment thread (with its replies)."""

    section_id: str
    comment_id: str

    def apply(self, policy: Policy) -> Edit:
        section = _section(policy, self.section_id)
        index = _index(section, self.comment_id)
        removed = section.comments.pop(index)
        return AddComment(self.section_id, removed, index)


@dataclass
class AddReply(CommentEdit):
    """Add ``reply`` to a thread (at ``index``; None: last)."""

    section_id: str
    comment_id: str
    reply: Reply
    index: int | None = None

    def apply(self, policy: Policy) -> Edit:
        section = _section(policy, self.section_id)
        replies = section.comments[_index(section, self.comment_id)].replies
        index = len(replies) if self.index is None else self.index
        if not 0 <= index <= len(replies):
            raise EditError(f"index {index} out of range")
        replies.insert(index, copy.deepcopy(self.reply))
        return RemoveReply(self.section_id, self.comment_id, index)


@dataclass
class RemoveReply(CommentEdit):
    """Delete the ``index``-th reply of a thread."""

    section_id: str
    comment_id: str
    index: int

    def apply(self, policy: Policy) -> Edit:
        section = _section(policy, self.section_id)
        replies = section.comments[_index(section, self.comment_id)].replies
        if not 0 <= self.index < len(replies):
            raise EditError(f"index {self.index} out of range")
        removed = replies.pop(self.index)
        return AddReply(self.section_id, self.comment_id, removed, self.index)


@dataclass
class SetResolved(CommentEdit):
    """Resolve (True) or reopen (False) a thread."""

    section_id: str
    comment_id: str
    resolved: bool

    def apply(self, policy: Policy) -> Edit:
        section = _section(policy, self.section_id)
        comment = section.comments[_index(section, self.comment_id)]
        old = comment.resolved
        comment.resolved = self.resolved
        return SetResolved(self.section_id, self.comment_id, old)
