"""``policyeditor export SOURCE --format FORMAT -o OUT``: formats from the exporter registry."""

from __future__ import annotations

import argparse

from policyeditor.app.services.exporters import (
    DocumentExport,
    ExportSettings,
    document_format,
    write_export,
)
from policyeditor.commands.common import EXIT_OK, UsageError
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.core.sources import LoadedSource, load_source


def _stamp(loaded: LoadedSource) -> VersionStamp:
    return VersionStamp(
        label=loaded.label,
        fingerprint=loaded.fingerprint,
        created=loaded.created,
        status=loaded.status or "draft",
    )


def needs_file_error(name: str, extension: str) -> UsageError:
    """The one-line refusal of a binary format sent to standard output."""
    return UsageError("usage.needs-file", format=name.upper(), extension=extension)


def settings_from(args: argparse.Namespace) -> ExportSettings:
    """The registry's options as parsed from the command line."""
    return ExportSettings(
        page_size=getattr(args, "page_size", "A4"),
        pdfa=bool(getattr(args, "pdfa", False)),
        author=str(getattr(args, "author", "") or ""),
    )


def run_export(args: argparse.Namespace) -> int:
    """Export one SOURCE in the requested format."""
    fmt = document_format(args.format)
    if fmt.needs_file and (args.output is None or args.output == "-"):
        raise needs_file_error(fmt.name, fmt.extension)
    loaded = load_source(args.source)
    subject = DocumentExport(loaded.policy, _stamp(loaded), loaded.notice)
    write_export(fmt, subject, args.output, settings_from(args))
    return EXIT_OK
