"""``policyeditor compare OLD NEW [--format FORMAT] [-o OUT]``: formats from the registry."""

from __future__ import annotations

import argparse
import sys

from policyeditor.commands.common import EXIT_OK, report_warnings
from policyeditor.core.compare.result import Comparison


def build_comparison(old_spec: str, new_spec: str, *, ignore_formatting: bool) -> Comparison:
    """The flagged comparison from the review service; its warnings go to stderr."""
    from policyeditor.app.services.review import compare_sources

    flagged = compare_sources(old_spec, new_spec, ignore_formatting=ignore_formatting)
    report_warnings(flagged.warnings)
    return flagged.comparison


def run_compare(args: argparse.Namespace) -> int:
    """Compare two sources and write the comparison in the requested format."""
    from dataclasses import replace

    from policyeditor.app.services.exporters import (
        AUTHOR,
        default_author,
        redline_format,
        write_export,
    )
    from policyeditor.commands.export_verb import needs_file_error, settings_from

    fmt = redline_format(args.format)
    to_stdout = args.output is None or args.output == "-"
    if fmt.needs_file and to_stdout:
        raise needs_file_error(fmt.name, fmt.extension)
    comparison = build_comparison(args.old, args.new, ignore_formatting=args.ignore_formatting)
    # colours only for a person reading a terminal, never in a file or a pipe
    settings = replace(settings_from(args), color=to_stdout and sys.stdout.isatty())
    if AUTHOR in fmt.options and not settings.author.strip():
        # Only a Word redline reads the settings file (QtCore): other formats start faster.
        settings = replace(settings, author=default_author())
    write_export(fmt, comparison, args.output, settings)
    return EXIT_OK
