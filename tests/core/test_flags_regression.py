"""Flags stay exactly as they were: a guard for performance work on the detectors.

A small dense synthetic handbook pair (every section edited) and a few real
corpus pairs with many flags are compared and flagged; every flag's rule,
severity, section number, evidence and explanation must equal the stored
expectations (``flag_cases/regression.json``; section ids are random, so
they are left out). A deliberate change of a detector's output updates the
file: ``.venv/bin/python tests/core/test_flags_regression.py --write``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from policyeditor.core.compare import compare
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "flag_cases" / "regression.json"
CORPUS = ROOT.parent / "shared" / "corpus" / "privacy-policy-histories"
# consecutive pairs with many flags of many kinds (Telegram's are in German)
CORPUS_PAIRS = [
    ("Spotify", "002_2022-11-23.md", "003_2022-12-30.md"),
    ("Quora", "012_2022-07-30.md", "013_2022-08-05.md"),
    ("Telegram", "006_2023-05-31.md", "007_2023-10-19.md"),
]


def _handbook_pair() -> tuple[Policy, Policy]:
    spec = importlib.util.spec_from_file_location("handbook", ROOT / "benchmarks" / "handbook.py")
    assert spec is not None and spec.loader is not None
    handbook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(handbook)
    old = handbook.make_handbook(target_bytes=60_000, sections=48)
    return old, handbook.edited_copy(old, section_share=1.0, word_share=0.1)


def _flags(old: Policy, new: Policy) -> list[list[str]]:
    report = detect_flags(compare(old, new))
    return [[f.rule, f.severity, f.section, f.evidence, f.explanation] for f in report.flags]


def _corpus_pair(folder: str, old: str, new: str) -> tuple[Policy, Policy]:
    return (import_file(CORPUS / folder / old).policy, import_file(CORPUS / folder / new).policy)


def _expected() -> dict[str, Any]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_dense_handbook_flags_unchanged() -> None:
    old, new = _handbook_pair()
    found = _flags(old, new)
    assert len(found) > 50  # a dense edit: many flags of several kinds
    assert found == _expected()["handbook"]


@pytest.mark.parametrize(("folder", "old", "new"), CORPUS_PAIRS)
def test_corpus_pair_flags_unchanged(corpus_dir: Path, folder: str, old: str, new: str) -> None:
    found = _flags(*_corpus_pair(folder, old, new))
    assert found == _expected()[f"{folder}/{old}->{new}"]


def _write() -> None:
    data: dict[str, Any] = {"handbook": _flags(*_handbook_pair())}
    for folder, old, new in CORPUS_PAIRS:
        data[f"{folder}/{old}->{new}"] = _flags(*_corpus_pair(folder, old, new))
    EXPECTED.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print({key: len(value) for key, value in data.items()})


if __name__ == "__main__" and "--write" in sys.argv:
    _write()
