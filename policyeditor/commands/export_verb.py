"""``policyeditor export SOURCE --format md|txt|json|html|pdf -o OUT``."""

from __future__ import annotations

import argparse
import json

from policyeditor.commands.common import EXIT_OK, UsageError
from policyeditor.commands.output import emit_text, to_stdout
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.core.sources import LoadedSource, load_source


def _stamp(loaded: LoadedSource) -> VersionStamp:
    return VersionStamp(
        label=loaded.label,
        fingerprint=loaded.fingerprint,
        created=loaded.created,
        status=loaded.status or "draft",
    )


def run_export(args: argparse.Namespace) -> int:
    """Export one SOURCE in the requested format."""
    if args.format == "pdf" and to_stdout(args.output):
        raise UsageError("usage.pdf-needs-file")
    loaded = load_source(args.source)
    policy = loaded.policy
    if args.format == "md":
        from policyeditor.core.textexport import to_markdown

        emit_text(to_markdown(policy), args.output)
    elif args.format == "txt":
        from policyeditor.core.textexport import to_plain_text

        emit_text(to_plain_text(policy), args.output)
    elif args.format == "json":
        from policyeditor.core.jsonexport import policy_to_json

        version = (loaded.label, loaded.fingerprint) if loaded.label is not None else None
        data = policy_to_json(policy, version)
        emit_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", args.output)
    elif args.format == "html":
        from policyeditor.core.render.html_export import policy_to_html

        emit_text(policy_to_html(policy, version=_stamp(loaded), notice=loaded.notice), args.output)
    else:
        from policyeditor.app.pdf.policy_pdf import write_policy_pdf
        from policyeditor.core.atomic import atomic_path

        with atomic_path(args.output) as tmp:
            write_policy_pdf(
                policy,
                tmp,
                version=_stamp(loaded),
                page_size=args.page_size,
                pdfa=args.pdfa,
                notice=loaded.notice,
            )
    return EXIT_OK
