"""``named(widget, "object_name")``: set an objectName inline, typed.

Tests and scripts find controls by objectName; PySide6 accepts
``objectName=`` as a constructor keyword at run time, but the type stubs do
not, so this helper keeps construction one-line and type-checked.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Return ``widget`` with its objectName set to ``name``."""
    widget.setObjectName(name)
    return widget
