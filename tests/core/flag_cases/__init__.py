"""Known-answer edits for the significance flags (used by tests and benchmarks)."""
