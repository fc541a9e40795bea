"""The publishing service: the publish gate with the user's rules, for CLI and GUI.

The gate itself lives in ``Workspace.publish`` (the lowest level that can
publish): it refuses with ``PublishRefused`` while high-severity flags raised
since the last published version (for a first publication: since the
previous saved version) are unacknowledged and no reason is given.
This service hands it the user's own rule files, so the gate counts the same
flags as the compare view, and offers those flags to the publish dialog
before the user decides. After publishing, :func:`write_evidence_pack` writes
the version's record for an auditor, judged with the same rules.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from policyeditor.app.paths import user_rule_files
from policyeditor.app.services.exporters import (
    EvidenceExport,
    ExportSettings,
    evidence_format,
    write_export,
)
from policyeditor.core.review import gate
from policyeditor.core.workspace.audit import evidence_facts

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Flag
    from policyeditor.core.workspace import VersionInfo, Workspace


def open_high_flags(workspace: Workspace, label: str) -> list[Flag]:
    """The flags that stand in the way of publishing ``label`` (none: it may go)."""
    return workspace.open_high_flags(label, rule_files=user_rule_files())


def review_base(workspace: Workspace, label: str) -> str | None:
    """The version the gate compares ``label`` with: the last publication before it,
    else (a first publication) the version saved just before it."""
    return gate.review_base(workspace.versions(), label)[0]


def first_publication_base(workspace: Workspace, label: str) -> str | None:
    """The previous saved version when publishing ``label`` would be the first
    publication (the gate then reviews against it), "" when ``label`` is the very
    first version (nothing to review against); None when a publication precedes it."""
    base, published = gate.review_base(workspace.versions(), label)
    return None if published else (base or "")


def publish(
    workspace: Workspace, label: str, *, author: str, override_reason: str | None = None
) -> VersionInfo:
    """Publish ``label``; raises ``PublishRefused`` while flags are open and no reason is given."""
    return workspace.publish(
        label, author=author, override_reason=override_reason, rule_files=user_rule_files()
    )


def evidence_pack(workspace: Workspace, label: str) -> EvidenceExport:
    """The facts of ``label``'s evidence pack, its flags judged with the user's rules.

    Refuses a missing label (``VersionNotFound``) or one not published
    (``VersionNotPublished``) before anything is written.
    """
    facts = evidence_facts(workspace, label, rule_files=user_rule_files())
    return EvidenceExport(facts, Path(workspace.path).name)


def write_evidence_pack(workspace: Workspace, label: str, target: str | Path,
                        settings: ExportSettings | None = None) -> None:
    """Write the evidence pack of ``label`` to ``target`` (atomically: whole or not at all)."""
    write_export(evidence_format(), evidence_pack(workspace, label), target, settings)
