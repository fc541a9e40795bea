"""Workspace verbs: import, history, save-version, publish, check."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from policyeditor.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    report_error,
    report_warnings,
)
from policyeditor.core.importing import import_file
from policyeditor.core.workspace import VersionInfo, Workspace, WorkspaceEvent


def run_import(args: argparse.Namespace) -> int:
    """Create a workspace from SRC, or replace an existing workspace's draft with it."""
    from policyeditor.core.edits import SetTitle
    from policyeditor.core.idmatch import carry_over_ids

    result = import_file(args.src, language=args.language)
    imported = result.policy
    if args.title:
        SetTitle(args.title).apply(imported)
    report_warnings(result.warnings)
    target = Path(args.output)
    if target.exists():
        with Workspace.open(target) as workspace:
            matched = carry_over_ids(workspace.load_draft(), imported)
            # draft and its log entry in one transaction: a crash cannot split them
            workspace.replace_draft(matched, detail=str(args.src))
        print(f"Replaced the draft of {target} with {args.src}; all versions kept.")
    else:
        Workspace.create(target, imported).close()
        print(f"Created {target} from {args.src}.")
    return EXIT_OK


_EVENT_WORDS = {
    "approve": "approved",
    "publish": "published",
    "override": "publish gate overridden",
    "import": "draft replaced by an import of",
}


def _event_line(event: WorkspaceEvent) -> str:
    """One indented line of the log under a version (or under the draft)."""
    when = event.created[:16].replace("T", " ")
    by = f" by {event.author}" if event.author else ""
    if event.kind == "override":
        return f"    {when}  {_EVENT_WORDS['override']}{by}: {event.detail}"
    what = _EVENT_WORDS.get(event.kind, event.kind)
    detail = f" {event.detail}" if event.detail else ""
    return f"    {when}  {what}{detail}{by}"


def _history_text(versions: list[VersionInfo], events: list[WorkspaceEvent]) -> list[str]:
    """Versions oldest first, each followed by what happened to it since it was saved."""
    if not versions:
        return ["No saved versions yet."]
    width = max(len(v.label) for v in versions)
    lines = []
    for info in versions:
        line = (
            f"{info.label:<{width}}  {info.status:<9}  {info.created[:19]}  "
            f"{info.fingerprint.removeprefix('sha256:')[:12]}  {info.author}"
        )
        if info.note:
            line += f"  — {info.note}"
        lines.append(line.rstrip())
        # saving is the row itself; the log adds approval, publication, overrides
        lines += [
            _event_line(e) for e in events if e.label == info.label and e.kind != "save-version"
        ]
    drafts = [_event_line(e) for e in events if e.label is None]
    if drafts:
        lines += ["draft:", *drafts]
    return lines


def _history_json(workspace: Workspace, versions: list[VersionInfo]) -> list[dict[str, object]]:
    """The contract's entries (DESIGN.md §5), each with its audit trail as ``events``."""
    from policyeditor.app.paths import user_rule_files
    from policyeditor.core.workspace.audit import version_trail

    rules = user_rule_files()  # the gate's flags: the same sign-offs as the publish gate
    entries: list[dict[str, object]] = []
    for info in versions:
        trail = version_trail(workspace, info.label, rule_files=rules)
        entries.append({**info.as_json(), "events": [e.as_json() for e in trail]})
    return entries


def run_history(args: argparse.Namespace) -> int:
    """List versions, oldest first (text: with their publication and override log)."""
    with Workspace.open(args.workspace, readonly=True) as workspace:
        versions = workspace.versions()
        events = workspace.events() if args.format == "text" else []
        entries = _history_json(workspace, versions) if args.format == "json" else []
    if args.format == "json":
        print(json.dumps(entries, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_history_text(versions, events)))
    return EXIT_OK


def run_save_version(args: argparse.Namespace) -> int:
    """Save the current draft as an immutable version."""
    if not args.label.strip():
        raise UsageError("usage.empty-label")
    with Workspace.open(args.workspace) as workspace:
        info = workspace.save_version(args.label, note=args.note, author=args.author)
        if args.review_by:
            workspace.set_review_by(args.review_by)
    print(f"Saved version {info.label} ({info.fingerprint}).")
    return EXIT_OK


def run_publish(args: argparse.Namespace) -> int:
    """Publish a version unless open high-severity flags stand in the way."""
    from policyeditor.app.services import publishing
    from policyeditor.core.workspace.errors import ApprovalRequired, PublishRefused

    with Workspace.open(args.workspace) as workspace:
        try:
            info = publishing.publish(
                workspace, args.label, author=args.author, override_reason=args.override_reason
            )
        except PublishRefused as refused:
            report_error(refused)  # the catalogue's sentence; then the flags it counts
            print("  the open flags (to publish anyway: --override-reason R):", file=sys.stderr)
            for flag in refused.flags:
                print(f"  {flag.section} [{flag.rule}] {flag.evidence}", file=sys.stderr)
            return EXIT_PROBLEMS
        except ApprovalRequired as refused:  # a refusal like the flag gate's: exit 1
            report_error(refused)
            return EXIT_PROBLEMS
    print(f"Published version {info.label} ({info.fingerprint}).")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Verify integrity and every fingerprint; exit 1 when damage is found."""
    from policyeditor.core.workspace import DamagedWorkspace

    try:
        with Workspace.open(args.workspace, readonly=True) as workspace:
            problems = workspace.check()
            count = len(workspace.versions())
            review_by = workspace.review_by()
            overdue = workspace.review_overdue(datetime.date.today().isoformat())
    except DamagedWorkspace as exc:
        report_error(exc)
        return EXIT_PROBLEMS
    if problems:
        for problem in problems:
            print(f"policyeditor: {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    if overdue:  # one line a scheduled job can mail to the team
        print(f"policyeditor: {args.workspace}: the review was due by {review_by}",
              file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"OK: {args.workspace} is sound; {count} version(s) verified.")
    return EXIT_OK
