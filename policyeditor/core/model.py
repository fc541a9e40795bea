"""The policy document model: a Policy with a tree of Sections.

Section numbers (``1``, ``1.2``, ``1.2.1``) are derived from position and never
stored. Section ids are stable: they are never reused and survive moves,
renumbering and heading changes, so history and review state can follow them.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

LANGUAGES = ("sv", "en")


def new_section_id() -> str:
    """Return a fresh, globally unique section id."""
    return uuid.uuid4().hex[:16]


@dataclass
class Reply:
    """A reply in a comment thread."""

    author: str = ""
    created: str = ""  # ISO 8601
    text: str = ""


@dataclass
class Comment:
    """A review comment on a section, anchored to the words it quotes (DESIGN.md §6).

    Comments are review notes, not policy text: they travel with their section
    but are not part of a version's fingerprint.
    """

    id: str = field(default_factory=new_section_id)
    author: str = ""
    created: str = ""  # ISO 8601
    quote: str = ""  # the words commented on, as they read in the section
    text: str = ""
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)
    # Where the quote stands in the section body: (start, end) character offsets,
    # kept up to date by every body edit (core.comments.anchor). None: not placed
    # yet (an imported or older comment, placed on its quote when first needed)
    # or, with ``detached``, its words were deleted.
    anchor: tuple[int, int] | None = None
    detached: bool = False  # the quoted words are gone: listed, marked, not highlighted


@dataclass
class Section:
    """One numbered section: heading (plain text, no number), Markdown body, children."""

    heading: str = ""
    body: str = ""
    children: list[Section] = field(default_factory=list)
    id: str = field(default_factory=new_section_id)
    comments: list[Comment] = field(default_factory=list)

    def clone(self) -> Section:
        """Deep copy keeping ids (for snapshots and inverse operations)."""
        return copy.deepcopy(self)


@dataclass
class Policy:
    """A whole policy document."""

    title: str = ""
    language: str = "sv"
    metadata: dict[str, str] = field(default_factory=dict)
    preamble: str = ""
    sections: list[Section] = field(default_factory=list)

    def clone(self) -> Policy:
        """Deep copy keeping ids."""
        return copy.deepcopy(self)


@dataclass(frozen=True)
class SectionRef:
    """A section as it stands in the tree: where it is and what number it gets."""

    section: Section
    parent: Section | None
    index: int
    depth: int
    path: tuple[int, ...]

    @property
    def number(self) -> str:
        """Derived number such as ``1.2.1``."""
        return number_from_path(self.path)


def number_from_path(path: tuple[int, ...]) -> str:
    """``(0, 1, 0)`` -> ``"1.2.1"``."""
    return ".".join(str(i + 1) for i in path)


def walk(policy: Policy) -> Iterator[SectionRef]:
    """All sections in document order (pre-order), with position information."""

    def visit(
        sections: list[Section], parent: Section | None, prefix: tuple[int, ...]
    ) -> Iterator[SectionRef]:
        for index, section in enumerate(sections):
            path = (*prefix, index)
            yield SectionRef(section, parent, index, len(prefix), path)
            yield from visit(section.children, section, path)

    return visit(policy.sections, None, ())


def iter_sections(sections: list[Section]) -> Iterator[Section]:
    """All sections of a forest in document order."""
    for section in sections:
        yield section
        yield from iter_sections(section.children)


def find(policy: Policy, section_id: str) -> SectionRef:
    """The section with ``section_id``; raises KeyError if absent."""
    for ref in walk(policy):
        if ref.section.id == section_id:
            return ref
    raise KeyError(section_id)


def numbers(policy: Policy) -> dict[str, str]:
    """Map of section id -> derived number."""
    return {ref.section.id: ref.number for ref in walk(policy)}


def siblings(policy: Policy, parent: Section | None) -> list[Section]:
    """The list that holds the children of ``parent`` (top level for None)."""
    return policy.sections if parent is None else parent.children


def section_count(policy: Policy) -> int:
    """Number of sections at every depth."""
    return sum(1 for _ in iter_sections(policy.sections))
