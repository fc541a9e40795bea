"""Several processes on one workspace: busy writers, the editing marker, and
SIGKILL at random moments during saves and imports."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policyeditor.core.canonical import fingerprint
from policyeditor.core.workspace import Workspace, WorkspaceInUse, locking
from tests.core.workspace_writer import synthetic_policy

WRITER = Path(__file__).with_name("workspace_writer.py")
REPO = Path(__file__).resolve().parents[2]

_HOLD_SCRIPT = """
import sys
from policyeditor.core.workspace import Workspace
ws = Workspace.open(sys.argv[1], exclusive=True)
print("holding", flush=True)
sys.stdin.read()
ws.close()
print("closed", flush=True)
"""

_LOCK_SCRIPT = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT OR REPLACE INTO settings VALUES ('held', 'yes')")
print("locked", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
print("done", flush=True)
sys.stdin.read()
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "doc.policy"
    Workspace.create(target, synthetic_policy()).close()
    return target


def test_second_editor_is_told_who_has_it_open(path: Path) -> None:
    holder = _spawn(_HOLD_SCRIPT, str(path))
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        with pytest.raises(WorkspaceInUse) as info:
            Workspace.open(path, exclusive=True)
        assert info.value.pid == holder.pid
        assert info.value.host == locking.this_host()
        assert info.value.code == "workspace.in-use"
        # the command line's shared open still works alongside the editor...
        with Workspace.open(path) as ws:
            ws.save_version("from-cli")
            editing = ws.editor()
            assert editing is not None and editing.pid == holder.pid
            # ...but may not replace the draft that editor is working on
            before = ws.load_draft()
            with pytest.raises(WorkspaceInUse):
                ws.replace_draft(synthetic_policy(4), detail="revision.md")
            with pytest.raises(WorkspaceInUse):
                ws.save_draft(synthetic_policy(4))
            assert ws.load_draft() == before
            assert ws.events()[-1].kind == "save-version"
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.stdout.readline() == "closed\n"
        holder.wait(timeout=30)
        with Workspace.open(path, exclusive=True) as ws:  # released on close
            assert [v.label for v in ws.versions()] == ["from-cli"]
            assert ws.editor() is None  # only ourselves
    finally:
        holder.kill()
        holder.wait()


def test_marker_of_a_killed_editor_is_stale(path: Path) -> None:
    holder = _spawn(_HOLD_SCRIPT, str(path))
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    replacement = synthetic_policy(5)
    with Workspace.open(path, exclusive=True) as ws:
        ws.save_draft(replacement)
    with Workspace.open(path) as ws:
        assert ws.load_draft() == replacement


def test_marker_from_another_host_expires_with_its_heartbeat(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("INSERT INTO editor_lock VALUES (1, 'x', 1, 'elsewhere', 'anna', 'then', ?)",
               (time.time(),))
    db.commit()
    with pytest.raises(WorkspaceInUse) as info:
        Workspace.open(path, exclusive=True)
    assert (info.value.host, info.value.user) == ("elsewhere", "anna")
    db.execute("UPDATE editor_lock SET heartbeat = ?", (time.time() - locking.STALE_AFTER - 1,))
    db.commit()
    db.close()
    with Workspace.open(path, exclusive=True) as ws:
        ws.heartbeat()


def test_two_editors_in_one_process(path: Path) -> None:
    with Workspace.open(path, exclusive=True), pytest.raises(WorkspaceInUse):
        Workspace.open(path, exclusive=True)


def test_marker_left_by_a_closed_workspace_of_this_process_is_stale(path: Path) -> None:
    first = Workspace.open(path, exclusive=True)
    holder = locking.current_holder(first._db)
    first.close()
    assert holder is not None
    db = sqlite3.connect(path)  # as if closing had found the file busy and left the row
    db.execute("INSERT INTO editor_lock VALUES (1, ?, ?, ?, '', 'then', ?)",
               (holder.token, os.getpid(), locking.this_host(), time.time()))
    db.commit()
    db.close()
    with Workspace.open(path, exclusive=True) as again:  # reopening the document works
        again.heartbeat()


def test_busy_writer_gives_in_use_or_waits(path: Path) -> None:
    other = _spawn(_LOCK_SCRIPT, str(path))
    try:
        assert other.stdout is not None and other.stdout.readline() == "locked\n"
        with Workspace.open(path, timeout=0.2) as ws:
            with pytest.raises(WorkspaceInUse):
                ws.save_version("blocked")
            assert ws.versions() == []  # nothing half-written
        assert other.stdin is not None
        with Workspace.open(path, timeout=30) as ws:
            other.stdin.write("go\n")  # the other commits while we wait
            other.stdin.flush()
            ws.save_version("after")
            assert ws.get_setting("held") == "yes"
            assert [v.label for v in ws.versions()] == ["after"]
    finally:
        other.kill()
        other.wait()


@pytest.mark.slow
def test_sigkill_at_random_moments_keeps_every_saved_version(path: Path) -> None:
    rng = random.Random(20261127)
    saved: dict[str, str] = {}
    published: set[str] = set()
    interrupted = 0  # kills that left a transaction half done (a hot journal)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for run in range(30):
        writer = subprocess.Popen([sys.executable, str(WRITER), str(path), str(run)],
                                  stdout=subprocess.PIPE, text=True, env=env)
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        for line in output.splitlines():
            words = line.split()
            if words[0] == "saved":
                saved[words[1]] = words[2]
            elif words[0] == "published":
                published.add(words[1])
        journal = path.with_name(path.name + "-journal")
        interrupted += journal.exists() and journal.stat().st_size > 0
        with Workspace.open(path) as ws:
            assert ws.check() == [], f"after kill {run}"
            labels = {v.label: v for v in ws.versions()}
            for label, expected in saved.items():
                assert labels[label].fingerprint == expected
                assert fingerprint(ws.load_version(label)) == expected
            for label in published:
                assert labels[label].status == "published"
            ws.load_draft()
    print(f"{len(saved)} versions saved, {interrupted} of 30 kills mid-transaction")
    assert len(saved) >= 10  # the kills did land among real work
    assert interrupted >= 1
