"""PolicyEditor: draft, version, compare and publish policies."""

__version__ = "0.1.0"
