"""The ``policyeditor`` command line (DESIGN.md §5, a contract).

``policyeditor`` with no verb (or with just a FILE) opens the editor; every
other verb works headless. Exit status: 0 success, 1 the command ran and found
problems, 2 bad usage or bad input — always with one clear line on standard
error and never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from policyeditor import __version__
from policyeditor.app.services.exporters import Kind, formats, options_of
from policyeditor.commands.common import EXIT_OK, EXIT_USAGE, UsageError, report_error

VERBS = ("import", "export", "compare", "lint", "history", "save-version", "approve",
         "publish", "settings", "evidence", "check")


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line instead of usage + message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(detail=message, command=f"policyeditor {self._verb()}".rstrip())

    def _verb(self) -> str:
        parts = self.prog.split()
        return f"{parts[1]} " if len(parts) > 1 else ""


def _add_format_arguments(
    parser: argparse.ArgumentParser, kind: Kind, *, default: str | None
) -> None:
    """``--format`` and each format's options, read from the exporter registry."""
    choices = formats(kind)
    listed = "; ".join(f"{f.name}: {f.title}" for f in choices)
    if default is None:
        parser.add_argument("--format", required=True, choices=[f.name for f in choices],
                            help=listed)
    else:
        parser.add_argument("--format", default=default, choices=[f.name for f in choices],
                            help=f"{listed} (default: {default})")
    _add_options(parser, kind)


def _add_options(parser: argparse.ArgumentParser, kind: Kind) -> None:
    """Each option the formats of ``kind`` take (``--page-size``...), from the registry."""
    choices = formats(kind)
    for option in options_of(kind):
        users = ", ".join(f.name for f in choices if option in f.options)
        if option.kind == "choice":
            parser.add_argument(option.flag, choices=option.choices, default=option.default,
                                help=f"{option.title} ({users}; default: {option.default})")
        elif option.kind == "text":
            shown = option.default or option.fallback
            parser.add_argument(option.flag, default=option.default, metavar=option.name.upper(),
                                help=f"{option.title} ({users}; default: {shown})")
        else:
            parser.add_argument(option.flag, action="store_true", help=f"{option.title} ({users})")


def build_parser() -> argparse.ArgumentParser:
    """The full parser of the headless verbs."""
    parser = _Parser(
        prog="policyeditor",
        description="Draft, version, compare and publish policies. "
        "Without a verb, opens the editor (on FILE if given).",
    )
    parser.add_argument("--version", action="version", version=f"PolicyEditor {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)

    p = verbs.add_parser("import", help="import a .txt/.md/.docx/.html policy into a workspace")
    p.add_argument("src", metavar="SRC")
    p.add_argument("-o", "--output", required=True, metavar="WS.policy")
    p.add_argument("--title")
    p.add_argument("--language", choices=("sv", "en"))

    document_formats = ", ".join(f.name for f in formats("document"))
    p = verbs.add_parser("export", help=f"export a policy as {document_formats}")
    p.add_argument("source", metavar="SOURCE")
    _add_format_arguments(p, "document", default=None)
    p.add_argument("-o", "--output", metavar="OUT")

    p = verbs.add_parser("compare", help="compare two versions of a policy")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    _add_format_arguments(p, "redline", default="text")
    p.add_argument("-o", "--output", metavar="OUT")
    p.add_argument("--ignore-formatting", action="store_true")

    p = verbs.add_parser("lint", help="check spelling, cross-references, defined terms, "
                         "links and empty sections")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = verbs.add_parser("history", help="list the saved versions of a workspace")
    p.add_argument("workspace", metavar="WS.policy")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = verbs.add_parser("save-version", help="save the draft as a new version")
    p.add_argument("workspace", metavar="WS.policy")
    p.add_argument("--label", required=True)
    p.add_argument("--note", default="")
    p.add_argument("--author", default="")
    p.add_argument("--review-by", type=_iso_date, metavar="YYYY-MM-DD",
                   help="the date by which the policy is to be reviewed again")

    p = verbs.add_parser("approve", help="record that a saved version was reviewed")
    p.add_argument("workspace", metavar="WS.policy")
    p.add_argument("label", metavar="LABEL")
    p.add_argument("--author", default="")
    p.add_argument("--note", default="")

    p = verbs.add_parser("settings", help="show or change a workspace's release settings")
    p.add_argument("workspace", metavar="WS.policy")
    p.add_argument("--require-second-approver", choices=("on", "off"),
                   help="publishing needs an approval by someone other than the author")
    p.add_argument("--review-by", type=_iso_date, metavar="YYYY-MM-DD",
                   help="the date by which the policy is to be reviewed again")

    p = verbs.add_parser("publish", help="publish a saved version (after review)")
    p.add_argument("workspace", metavar="WS.policy")
    p.add_argument("label", metavar="LABEL")
    p.add_argument("--author", default="")
    p.add_argument("--override-reason", metavar="R")

    p = verbs.add_parser("evidence", help="write the evidence pack of a published version (PDF)")
    p.add_argument("workspace", metavar="WS.policy")
    p.add_argument("label", metavar="LABEL")
    p.add_argument("-o", "--output", required=True, metavar="PACK.pdf")
    _add_options(p, "evidence")

    p = verbs.add_parser("check", help="verify a workspace's integrity and fingerprints")
    p.add_argument("workspace", metavar="WS.policy")
    return parser


def _iso_date(text: str) -> str:
    """An ISO date as given to --review-by (refused by the parser otherwise)."""
    import datetime

    try:
        return datetime.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _run_verb(args: argparse.Namespace) -> int:
    # Only the verb's own module is imported: start-up time is most of a
    # headless command's cost (scripts call it once per file).
    import importlib

    module_name, function = {
        "import": ("workspace_verbs", "run_import"),
        "export": ("export_verb", "run_export"),
        "compare": ("compare_verb", "run_compare"),
        "lint": ("lint_verb", "run_lint"),
        "history": ("workspace_verbs", "run_history"),
        "save-version": ("workspace_verbs", "run_save_version"),
        "approve": ("release_verbs", "run_approve"),
        "publish": ("workspace_verbs", "run_publish"),
        "settings": ("release_verbs", "run_settings"),
        "evidence": ("release_verbs", "run_evidence"),
        "check": ("workspace_verbs", "run_check"),
    }[args.verb]
    module = importlib.import_module(f"policyeditor.commands.{module_name}")
    handler: Callable[[argparse.Namespace], int] = getattr(module, function)
    return handler(args)


def _wants_gui(argv: Sequence[str]) -> bool:
    return not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in VERBS)


def _report_unexpected(exc: BaseException) -> None:
    """Keep the traceback for bug reports, show the user one line."""
    log = None
    try:
        from policyeditor.app.paths import cache_dir

        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "last-error.txt"
        import traceback  # only on a crash: not loaded for every command

        log.write_text(traceback.format_exc(), encoding="utf-8")
    except Exception:
        log = None
    where = f" (details in {log})" if log else ""
    print(f"policyeditor: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``policyeditor`` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from policyeditor.gui import run_gui

        return run_gui(argv[0] if argv else None)

    from policyeditor.core.errors import PolicyEditorError

    try:
        args = build_parser().parse_args(argv)
        if args.verb is None:
            build_parser().print_help()
            return EXIT_OK
        return _run_verb(args)
    except PolicyEditorError as exc:  # usage errors included: worded from their code
        report_error(exc)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        name = f" {exc.filename}" if exc.filename else ""
        print(f"policyeditor:{name}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        _report_unexpected(exc)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
