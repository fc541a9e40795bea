"""Edit operations on a Policy, each returning its exact inverse.

``op.apply(policy)`` changes the policy in place and returns the operation that
undoes it, so an undo stack only has to keep inverses. Operations refer to
sections by stable id, never by number, so they stay valid across renumbering.
Errors (unknown id, impossible move) raise :class:`EditError` before anything
is changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policyeditor.core.comments.anchor import AnchorState, remap, restore, snapshot
from policyeditor.core.model import Policy, Section, find, iter_sections, siblings


class EditError(ValueError):
    """The operation cannot be applied to this policy; nothing was changed."""


class Edit:
    """Base class: apply to a policy, return the inverse."""

    def apply(self, policy: Policy) -> Edit:  # pragma: no cover - interface
        raise NotImplementedError


def _parent_of(policy: Policy, parent_id: str | None) -> Section | None:
    if parent_id is None:
        return None
    try:
        return find(policy, parent_id).section
    except KeyError as exc:
        raise EditError(f"unknown section {parent_id}") from exc


def _ref(policy: Policy, section_id: str):  # type: ignore[no-untyped-def]
    try:
        return find(policy, section_id)
    except KeyError as exc:
        raise EditError(f"unknown section {section_id}") from exc


@dataclass
class InsertSection(Edit):
    """Insert ``section`` (with its subtree) under ``parent_id`` at ``index``."""

    parent_id: str | None
    index: int
    section: Section

    def apply(self, policy: Policy) -> Edit:
        parent = _parent_of(policy, self.parent_id)
        existing = {s.id for s in iter_sections(policy.sections)}
        if any(s.id in existing for s in iter_sections([self.section])):
            raise EditError(f"section id {self.section.id} already present")
        children = siblings(policy, parent)
        if not 0 <= self.index <= len(children):
            raise EditError(f"index {self.index} out of range")
        children.insert(self.index, self.section)
        return RemoveSection(self.section.id)


@dataclass
class RemoveSection(Edit):
    """Remove a section and its subtree."""

    section_id: str

    def apply(self, policy: Policy) -> Edit:
        ref = _ref(policy, self.section_id)
        siblings(policy, ref.parent).pop(ref.index)
        parent_id = ref.parent.id if ref.parent else None
        return InsertSection(parent_id, ref.index, ref.section)


@dataclass
class MoveSection(Edit):
    """Move a section (with subtree) to ``index`` under ``parent_id``.

    ``index`` is the position in the destination list after the section has
    been taken out of its old place.
    """

    section_id: str
    parent_id: str | None
    index: int

    def apply(self, policy: Policy) -> Edit:
        ref = _ref(policy, self.section_id)
        parent = _parent_of(policy, self.parent_id)
        if parent is not None and any(
            s.id == parent.id for s in iter_sections([ref.section])
        ):
            raise EditError("cannot move a section into itself")
        old_parent_id = ref.parent.id if ref.parent else None
        source = siblings(policy, ref.parent)
        source.pop(ref.index)
        target = siblings(policy, parent)
        if not 0 <= self.index <= len(target):
            source.insert(ref.index, ref.section)
            raise EditError(f"index {self.index} out of range")
        target.insert(self.index, ref.section)
        return MoveSection(self.section_id, old_parent_id, ref.index)


@dataclass
class SetHeading(Edit):
    """Rename a section's heading."""

    section_id: str
    heading: str

    def apply(self, policy: Policy) -> Edit:
        return self.apply_to(_ref(policy, self.section_id).section)

    def apply_to(self, section: Section) -> SetHeading:
        """Apply to the already-located section (for callers that index sections by id)."""
        old = section.heading
        section.heading = self.heading
        return SetHeading(self.section_id, old)


@dataclass
class SetBody(Edit):
    """Replace a section's Markdown body; its comments follow their words.

    ``anchors`` (set on inverses only) puts the comments back exactly where they
    were, so undoing an edit that detached a comment re-attaches it.
    """

    section_id: str
    body: str
    anchors: AnchorState | None = field(default=None, compare=False)

    def apply(self, policy: Policy) -> Edit:
        return self.apply_to(_ref(policy, self.section_id).section)

    def apply_to(self, section: Section) -> SetBody:
        """Apply to the already-located section (for callers that index sections by id)."""
        old = section.body
        section.body = self.body
        if not section.comments:  # the keystroke path: nothing to follow
            return SetBody(self.section_id, old)
        before = snapshot(section.comments)
        if self.anchors is not None:
            restore(section.comments, self.anchors)
        else:
            remap(section.comments, old, self.body)
        return SetBody(self.section_id, old, before)


@dataclass
class SetPreamble(Edit):
    """Replace the untitled text before section 1."""

    preamble: str

    def apply(self, policy: Policy) -> Edit:
        old = policy.preamble
        policy.preamble = self.preamble
        return SetPreamble(old)


@dataclass
class SetTitle(Edit):
    """Change the policy title."""

    title: str

    def apply(self, policy: Policy) -> Edit:
        old = policy.title
        policy.title = self.title
        return SetTitle(old)


@dataclass
class SetLanguage(Edit):
    """Change the document language (``sv`` or ``en``)."""

    language: str

    def apply(self, policy: Policy) -> Edit:
        old = policy.language
        policy.language = self.language
        return SetLanguage(old)


@dataclass
class SetMetadata(Edit):
    """Set (or with ``value=None`` delete) one metadata key."""

    key: str
    value: str | None

    def apply(self, policy: Policy) -> Edit:
        old = policy.metadata.get(self.key)
        if self.value is None:
            policy.metadata.pop(self.key, None)
        else:
            policy.metadata[self.key] = self.value
        return SetMetadata(self.key, old)


@dataclass
class Compound(Edit):
    """Several edits applied in order as one (inverse applies in reverse)."""

    edits: list[Edit] = field(default_factory=list)

    def apply(self, policy: Policy) -> Edit:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(policy))
        except EditError:
            for inverse in reversed(inverses):
                inverse.apply(policy)
            raise
        return Compound(list(reversed(inverses)))


def indent(policy: Policy, section_id: str) -> MoveSection:
    """The move that makes a section the last child of its previous sibling."""
    ref = _ref(policy, section_id)
    if ref.index == 0:
        raise EditError("the first section at its level cannot be indented")
    new_parent = siblings(policy, ref.parent)[ref.index - 1]
    return MoveSection(section_id, new_parent.id, len(new_parent.children))


def outdent(policy: Policy, section_id: str) -> MoveSection:
    """The move that makes a section the next sibling of its parent."""
    ref = _ref(policy, section_id)
    if ref.parent is None:
        raise EditError("a top-level section cannot be outdented")
    parent_ref = find(policy, ref.parent.id)
    grand_id = parent_ref.parent.id if parent_ref.parent else None
    return MoveSection(section_id, grand_id, parent_ref.index + 1)


def move_up(policy: Policy, section_id: str) -> MoveSection:
    """The move one place up among siblings."""
    ref = _ref(policy, section_id)
    if ref.index == 0:
        raise EditError("already first")
    parent_id = ref.parent.id if ref.parent else None
    return MoveSection(section_id, parent_id, ref.index - 1)


def move_down(policy: Policy, section_id: str) -> MoveSection:
    """The move one place down among siblings."""
    ref = _ref(policy, section_id)
    if ref.index + 1 >= len(siblings(policy, ref.parent)):
        raise EditError("already last")
    parent_id = ref.parent.id if ref.parent else None
    return MoveSection(section_id, parent_id, ref.index + 1)
