"""Compare engine: section alignment, word-level diff, moves (DESIGN.md §7)."""

from policyeditor.core.compare.engine import compare

__all__ = ["compare"]
