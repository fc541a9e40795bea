"""Exit statuses and the usage error shared by every verb."""

from __future__ import annotations

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line usage; the message is shown as one line."""
