"""Shared by the lint tests: spellers loaded once per test session."""

from __future__ import annotations

from pathlib import Path

from policyeditor.core.lint import Speller, load_spellers

_SPELLERS: dict[str, Speller] = {}


def spellers(cache: Path) -> dict[str, Speller]:
    """Both spellers; loading (and the first expansion of the Swedish list) happens once."""
    if not _SPELLERS:
        _SPELLERS.update(load_spellers(cache=cache))
    return _SPELLERS
