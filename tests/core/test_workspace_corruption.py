"""Whatever bytes of a workspace get damaged, reading it never crashes.

Every damaged copy either still reads (the damage hit unused space or a
later check reports it) or is refused with a typed PolicyEditorError; no
other exception escapes, and reading never changes the file.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.workspace import Workspace
from tests.core.workspace_writer import synthetic_policy


def _read_everything(path: Path) -> list[str]:
    """What a user's commands would read: draft, history, every version, check."""
    with Workspace.open(path, readonly=True) as workspace:
        workspace.load_draft()
        for info in workspace.versions():
            workspace.load_version(info.label)
        return workspace.check()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "doc.policy"
    policy = synthetic_policy(0)
    with Workspace.create(path, policy) as workspace:
        for round_ in range(3):
            policy.sections[0].body += f"\n\nEdit {round_}."
            workspace.save_draft(policy)
            workspace.save_version(f"1.{round_}")
    return path


@pytest.mark.parametrize("seed", range(300))
def test_random_damage_is_refused_or_reported_never_a_crash(
    pristine: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    damaged = tmp_path / "damaged.policy"
    shutil.copy(pristine, damaged)
    data = bytearray(damaged.read_bytes())
    # small flips and whole runs, anywhere: header, schema, indexes, texts
    for _ in range(rng.randint(1, 4)):
        start = rng.randrange(len(data))
        length = rng.choice([1, 4, 64, 512, 4096])
        data[start : start + length] = rng.randbytes(min(length, len(data) - start))
    damaged.write_bytes(bytes(data))
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    try:
        problems = _read_everything(damaged)
    except PolicyEditorError:
        problems = ["refused"]
    assert isinstance(problems, list)
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("seed", range(100))
def test_editing_a_damaged_copy_is_refused_or_works_never_a_crash(
    pristine: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(1000 + seed)
    damaged = tmp_path / "damaged.policy"
    shutil.copy(pristine, damaged)
    data = bytearray(damaged.read_bytes())
    start = rng.randrange(len(data))
    data[start : start + 512] = rng.randbytes(min(512, len(data) - start))
    damaged.write_bytes(bytes(data))
    try:
        with Workspace.open(damaged) as workspace:
            draft = workspace.load_draft()
            draft.title += " (reviewed)"
            workspace.save_draft(draft)
            workspace.save_version("2.0")
    except PolicyEditorError:
        pass
