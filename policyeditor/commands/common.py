"""Exit statuses, the usage error, and how every verb reports errors and warnings.

Errors and warnings are worded by the error catalogue (in English on the
command line). The catalogue is imported only when there is something to
report: it loads Qt's core module, which a successful command never pays for.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from policyeditor.core.errors import Coded, PolicyEditorError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(PolicyEditorError):
    """Bad command-line usage: ``usage.arguments`` (``detail`` from the parser,
    ``command``), ``usage.needs-file`` (``format``, ``extension``), ``usage.empty-label``."""

    code = "usage.arguments"


def report_error(problem: Coded) -> None:
    """Print ``problem`` as one line on standard error: ``policyeditor: <sentence>``."""
    from policyeditor.app.services.errors import describe_for_cli

    print(f"policyeditor: {describe_for_cli(problem)}", file=sys.stderr)


def report_warnings(problems: Iterable[Coded]) -> None:
    """Print each warning as ``policyeditor: warning: <sentence>``."""
    found = list(problems)
    if not found:
        return  # the usual case: no catalogue (and no Qt) to load
    from policyeditor.app.services.errors import describe_for_cli

    for problem in found:
        print(f"policyeditor: warning: {describe_for_cli(problem)}", file=sys.stderr)
