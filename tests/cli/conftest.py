"""Run the real ``policyeditor`` command in a subprocess, as a user or script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Run:
    """What one command printed and returned."""

    code: int
    out: str
    err: str


CliRunner = Callable[..., Run]


@pytest.fixture
def cli(tmp_path: Path) -> CliRunner:
    """``cli("export", "x.txt", ...)`` runs ``python -m policyeditor`` in tmp_path."""

    def run(*args: str | Path, cwd: Path | None = None) -> Run:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = subprocess.run(
            [sys.executable, "-m", "policyeditor", *map(str, args)],
            capture_output=True,
            text=True,
            cwd=cwd or tmp_path,
            env=env,
            timeout=300,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run


def assert_clean_failure(run: Run, code: int = 2) -> None:
    """A refusal: the given exit status, exactly one line on stderr, no traceback."""
    assert run.code == code, (run.code, run.err)
    lines = [line for line in run.err.splitlines() if line.strip()]
    assert len(lines) == 1, run.err
    assert "Traceback" not in run.err
    assert lines[0].startswith("policyeditor: ")
