"""Implementations of the headless command-line verbs, one module per group."""
