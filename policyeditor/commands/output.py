"""Where a verb's output goes: standard output or a file written atomically."""

from __future__ import annotations

import sys

from policyeditor.core.atomic import write_bytes_atomic


class OutputError(Exception):
    """The requested output target cannot take this format."""


def to_stdout(target: str | None) -> bool:
    """``-o -`` or no ``-o`` means standard output."""
    return target is None or target == "-"


def emit_text(text: str, target: str | None) -> None:
    """Print ``text`` or write it (UTF-8) atomically to ``target``."""
    if to_stdout(target):
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
    else:
        assert target is not None
        write_bytes_atomic(target, text.encode("utf-8"))
