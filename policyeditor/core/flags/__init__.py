"""Significance flags: explainable rules (TOML data) over a comparison (DESIGN.md §6, §7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policyeditor.core.flags.engine import FlagReport, detect_flags, flag_key

__all__ = ["FlagReport", "detect_flags", "flag_key"]


def __getattr__(name: str) -> object:
    # lazy, so importing a detector module does not import the engine (and back)
    if name in __all__:
        from policyeditor.core.flags import engine

        return getattr(engine, name)
    raise AttributeError(name)
