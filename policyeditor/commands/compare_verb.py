"""``policyeditor compare OLD NEW [--format FORMAT] [-o OUT]``: formats from the registry."""

from __future__ import annotations

import argparse
import sys

from policyeditor.commands.common import EXIT_OK
from policyeditor.core.compare.result import Comparison, SideInfo
from policyeditor.core.sources import LoadedSource, load_source


def _side(loaded: LoadedSource) -> SideInfo:
    return SideInfo(
        source=loaded.source,
        label=loaded.label,
        title=loaded.policy.title,
        fingerprint=loaded.fingerprint,
        created=loaded.created,
    )


def build_comparison(old_spec: str, new_spec: str, *, ignore_formatting: bool) -> Comparison:
    """Load both sides, align and diff them, and attach the significance flags."""
    from policyeditor.app.paths import user_rule_files
    from policyeditor.core.compare import compare
    from policyeditor.core.flags.engine import detect_flags

    old, new = load_source(old_spec), load_source(new_spec)
    comparison = compare(
        old.policy,
        new.policy,
        ignore_formatting=ignore_formatting,
        old_info=_side(old),
        new_info=_side(new),
    )
    report = detect_flags(comparison, user_rule_files=user_rule_files())
    for warning in report.warnings:
        print(f"policyeditor: warning: {warning}", file=sys.stderr)
    comparison.flags = list(report.flags)
    return comparison


def run_compare(args: argparse.Namespace) -> int:
    """Compare two sources and write the comparison in the requested format."""
    from dataclasses import replace

    from policyeditor.app.services.exporters import redline_format, write_export
    from policyeditor.commands.export_verb import needs_file_error, settings_from

    fmt = redline_format(args.format)
    to_stdout = args.output is None or args.output == "-"
    if fmt.needs_file and to_stdout:
        raise needs_file_error(fmt.name, fmt.extension)
    comparison = build_comparison(args.old, args.new, ignore_formatting=args.ignore_formatting)
    # colours only for a person reading a terminal, never in a file or a pipe
    settings = replace(settings_from(args), color=to_stdout and sys.stdout.isatty())
    write_export(fmt, comparison, args.output, settings)
    return EXIT_OK
