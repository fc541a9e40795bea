"""Shared fixtures: the corpus next to the checkout, temporary app folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never need a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_MISSING = "../shared/corpus is absent (it lives beside the checkout)"


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus folder; skips the test with a clear reason if absent."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(CORPUS_MISSING)
    return CORPUS_DIR


@pytest.fixture
def seed_path(corpus_dir: Path) -> Path:
    """The Swedish seed policy (plain text)."""
    return corpus_dir / "seed" / "sekretesspolicy.txt"


@pytest.fixture
def histories_dir(corpus_dir: Path) -> Path:
    """Folder of real English privacy-policy version histories."""
    return corpus_dir / "privacy-policy-histories"


@pytest.fixture(autouse=True)
def isolated_app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep settings, config and data of every test in temporary folders."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("POLICYEDITOR_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("POLICYEDITOR_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("POLICYEDITOR_CACHE_DIR", str(base / "cache"))
