"""Release verbs: approve a version, the workspace's release settings, the evidence pack."""

from __future__ import annotations

import argparse

from policyeditor.commands.common import EXIT_OK, UsageError
from policyeditor.core.workspace import Workspace


def run_approve(args: argparse.Namespace) -> int:
    """Record that a saved version was reviewed (status ``approved``)."""
    with Workspace.open(args.workspace) as workspace:
        info = workspace.approve(args.label, author=args.author, note=args.note)
    by = f" by {args.author}" if args.author else ""
    print(f"Approved version {info.label}{by}.")
    return EXIT_OK


def run_settings(args: argparse.Namespace) -> int:
    """Show, or change, the workspace's release settings."""
    changing = args.require_second_approver is not None or args.review_by is not None
    with Workspace.open(args.workspace, readonly=not changing) as workspace:
        if args.require_second_approver is not None:
            workspace.set_requires_second_approver(args.require_second_approver == "on")
        if args.review_by is not None:
            workspace.set_review_by(args.review_by)
        on = workspace.requires_second_approver()
        review_by = workspace.review_by()
    print(f"require-second-approver: {'on' if on else 'off'}")
    print(f"review-by: {review_by or '-'}")
    return EXIT_OK


def run_evidence(args: argparse.Namespace) -> int:
    """Write the evidence pack of a published version as one PDF."""
    from policyeditor.app.services import publishing
    from policyeditor.app.services.exporters import ExportSettings, evidence_format

    if args.output == "-":  # a PDF needs a file; the same refusal as export's
        raise UsageError("usage.needs-file", format="PDF", extension=evidence_format().extension)
    with Workspace.open(args.workspace, readonly=True) as workspace:
        publishing.write_evidence_pack(workspace, args.label, args.output,
                                       ExportSettings(page_size=args.page_size))
    print(f"Wrote the evidence pack of version {args.label} to {args.output}.")
    return EXIT_OK
