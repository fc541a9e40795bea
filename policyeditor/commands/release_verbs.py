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
    if args.require_second_approver is None:
        with Workspace.open(args.workspace, readonly=True) as workspace:
            on = workspace.requires_second_approver()
    else:
        on = args.require_second_approver == "on"
        with Workspace.open(args.workspace) as workspace:
            workspace.set_requires_second_approver(on)
    print(f"require-second-approver: {'on' if on else 'off'}")
    return EXIT_OK
