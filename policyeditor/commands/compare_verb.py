"""``policyeditor compare OLD NEW [--format text|json|html|pdf] [-o OUT]``."""

from __future__ import annotations

import argparse
import json
import sys

from policyeditor.commands.common import EXIT_OK, UsageError, report_warnings
from policyeditor.commands.output import emit_text, to_stdout
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
    report_warnings(report.warnings)
    comparison.flags = list(report.flags)
    return comparison


def run_compare(args: argparse.Namespace) -> int:
    """Compare two sources and write the comparison in the requested format."""
    if args.format == "pdf" and to_stdout(args.output):
        raise UsageError("usage.pdf-needs-file")
    comparison = build_comparison(args.old, args.new, ignore_formatting=args.ignore_formatting)
    if args.format == "json":
        from policyeditor.core.compare.json_format import comparison_to_json

        text = json.dumps(comparison_to_json(comparison), ensure_ascii=False, indent=2)
        emit_text(text + "\n", args.output)
    elif args.format == "text":
        from policyeditor.core.compare.text_format import format_text

        color = to_stdout(args.output) and sys.stdout.isatty()
        emit_text(format_text(comparison, color=color), args.output)
    elif args.format == "html":
        from policyeditor.core.render.redline_html import comparison_to_html

        emit_text(comparison_to_html(comparison), args.output)
    else:
        from policyeditor.app.pdf.redline_pdf import write_comparison_pdf
        from policyeditor.core.atomic import atomic_path

        with atomic_path(args.output) as tmp:
            write_comparison_pdf(comparison, tmp, page_size=args.page_size)
    return EXIT_OK
