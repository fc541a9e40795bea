"""Compare engine: section alignment, word-level diff, moves (DESIGN.md §7)."""
