"""SVG icons from ``resources/icons`` (sharp at any scale factor)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon


def icon_path(name: str) -> Path:
    """File of the icon called ``name`` (without ``.svg``)."""
    return Path(str(resources.files("policyeditor.resources") / "icons" / f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name``; a themed icon of the same name wins on Linux desktops."""
    fallback = QIcon(str(icon_path(name)))
    return QIcon.fromTheme(name, fallback) if name != "policyeditor" else fallback
