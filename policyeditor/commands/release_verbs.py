"""Release verbs: approve a version, and the workspace's release settings."""

from __future__ import annotations

import argparse

from policyeditor.commands.common import EXIT_OK
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
