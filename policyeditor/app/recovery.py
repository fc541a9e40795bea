"""Crash recovery: the autosaved copies an editor left behind, and what each would restore.

The autosaver writes an unsaved document into ``<data>/recovery/unsaved-<pid>.policy``
and records there where the document came from (the imported file, or the
built-in sample). After a crash the next start — or opening that same file
again — finds the copy here and offers it: :func:`pending_recoveries` lists
them, :class:`Recovery` knows the text it holds, the text that would be shown
instead (the source as it is on disk) and the sections where the two differ.
Nothing is deleted here unless the user discards it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from policyeditor.app.autosave import SAMPLE_SOURCE, SOURCE_KEY, leftover_recoveries
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy, walk


@dataclass(frozen=True)
class SectionDifference:
    """One section where the recovered text is not the saved one."""

    number: str  # in the recovered text (in the saved one for a removed section)
    heading: str
    change: str  # "changed", "added", "removed"
    saved: str  # the section's text as it would be shown without recovery
    recovered: str  # the section's text in the recovered copy


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy left behind by an editor that did not close normally."""

    path: Path
    source: str  # the imported file, SAMPLE_SOURCE, or "" (a new document)
    policy: Policy
    saved_at: datetime

    def baseline(self) -> Policy | None:
        """What would be shown without recovery: the source as it is now (None: nothing)."""
        from policyeditor.app import documents

        if self.source == SAMPLE_SOURCE:
            return documents.sample_policy()
        if not self.source or not Path(self.source).is_file():
            return None
        try:
            return documents.import_document(self.source).policy
        except (PolicyEditorError, OSError):
            return None  # gone or unreadable since: the whole copy is what is offered

    def differences(self) -> list[SectionDifference]:
        """The sections that differ from the baseline, in document order."""
        return section_differences(self.baseline(), self.policy)

    def discard(self) -> None:
        """Delete the copy (and SQLite's side files), as the user asked."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def _text(heading: str, body: str) -> str:
    return f"{heading}\n\n{body}".strip()


def section_differences(saved: Policy | None, recovered: Policy) -> list[SectionDifference]:
    """Sections of ``recovered`` not as in ``saved`` (every section when ``saved`` is None).

    A re-imported source gets fresh section ids, so sections are matched by
    content first (the same matcher the import of a revision uses).
    """
    from policyeditor.core.idmatch import carry_over_ids

    found: list[SectionDifference] = []
    if saved is None:
        if recovered.title.strip() or recovered.preamble.strip():
            found.append(SectionDifference("", recovered.title, "added", "",
                                           _text(recovered.title, recovered.preamble)))
        for ref in walk(recovered):
            s = ref.section
            found.append(SectionDifference(ref.number, s.heading, "added", "",
                                           _text(s.heading, s.body)))
        return found
    matched = carry_over_ids(saved, recovered)
    if (saved.title, saved.preamble) != (matched.title, matched.preamble):
        found.append(SectionDifference("", matched.title, "changed",
                                       _text(saved.title, saved.preamble),
                                       _text(matched.title, matched.preamble)))
    old = {ref.section.id: ref for ref in walk(saved)}
    seen: set[str] = set()
    for ref in walk(matched):
        s = ref.section
        seen.add(s.id)
        before = old.get(s.id)
        if before is None:
            found.append(SectionDifference(ref.number, s.heading, "added", "",
                                           _text(s.heading, s.body)))
        elif (before.section.heading, before.section.body) != (s.heading, s.body):
            found.append(SectionDifference(ref.number, s.heading, "changed",
                                           _text(before.section.heading, before.section.body),
                                           _text(s.heading, s.body)))
    for section_id, ref in old.items():
        if section_id not in seen:
            found.append(SectionDifference(ref.number, ref.section.heading, "removed",
                                           _text(ref.section.heading, ref.section.body), ""))
    return found


def pending_recoveries(source: str | None = None) -> list[Recovery]:
    """Copies left by editors that died, newest first; only those of ``source`` if given.

    A copy that cannot be read (damaged mid-write by the crash itself) is
    left in place, never deleted behind the user's back.
    """
    from policyeditor.core.workspace import Workspace

    wanted = str(Path(source).resolve()) if source else None
    found: list[Recovery] = []
    for path in leftover_recoveries():
        try:
            with Workspace.open(str(path), readonly=True) as workspace:
                origin = workspace.get_setting(SOURCE_KEY, "") or ""
                if wanted is not None and origin != wanted:
                    continue  # another document's copy: not loaded
                policy = workspace.load_draft()
        except (PolicyEditorError, OSError):
            continue
        stamp = datetime.fromtimestamp(path.stat().st_mtime)
        found.append(Recovery(path, origin, policy, stamp))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
