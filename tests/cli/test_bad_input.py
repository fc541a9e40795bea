"""Bad input gets one clear line, exit 2 (1 for ``check``), and changes nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner, assert_clean_failure


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workspace(cli: CliRunner, seed_path: Path, tmp_path: Path) -> Path:
    ws = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", ws).code == 0
    assert cli("save-version", ws, "--label", "1.0").code == 0
    return ws


BAD_SOURCES = {
    "empty.txt": b"",
    "junk.txt": bytes(range(256)) * 40,
    "huge.txt": b"Policy\n\n" + b"word " * (5 * 1024 * 1024 // 5),
}


@pytest.mark.parametrize("name", sorted(BAD_SOURCES))
def test_unusable_sources_are_refused_for_every_verb(
    cli: CliRunner, tmp_path: Path, name: str
) -> None:
    source = tmp_path / name
    source.write_bytes(BAD_SOURCES[name])
    before = digest(source)
    target = tmp_path / "out.policy"
    assert_clean_failure(cli("import", source, "-o", target))
    assert not target.exists()
    assert_clean_failure(cli("export", source, "--format", "json"))
    assert_clean_failure(cli("compare", source, source))
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing half-written


def test_latin1_source_is_imported_with_a_warning_naming_the_encoding(
    cli: CliRunner, tmp_path: Path
) -> None:
    # Legacy text is no longer bad input (DESIGN.md §5): decoded, and said so.
    source = tmp_path / "latin1.txt"
    source.write_bytes(
        "Sekretesspolicy\n\n1. Information som vi samlar in\n\nVi sparar uppgifter "
        "om dig i våra system.\n".encode("latin-1")
    )
    run = cli("import", source, "-o", tmp_path / "out.policy")
    assert run.code == 0
    assert "warning: the file is not UTF-8; decoded as Windows-1252 (Latin-1)" in run.err
    exported = cli("export", source, "--format", "md")
    assert exported.code == 0 and "Vi sparar uppgifter om dig i våra system." in exported.out


def test_text_file_renamed_policy_is_refused_and_untouched(cli: CliRunner, tmp_path: Path) -> None:
    fake = tmp_path / "notes.policy"
    fake.write_text("Just some notes, not a workspace.\n", encoding="utf-8")
    before = digest(fake)
    # A foreign file is bad input (exit 2) for every verb, `check` included:
    # there is no workspace whose damage could be reported.
    for args in (
        ["history", fake],
        ["save-version", fake, "--label", "x"],
        ["export", fake, "--format", "md"],
        ["check", fake],
    ):
        run = cli(*args)
        assert_clean_failure(run)
        assert "not a PolicyEditor workspace" in run.err
    assert digest(fake) == before


def test_workspace_with_bytes_overwritten_in_the_middle(
    cli: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "damaged.policy"
    shutil.copy(workspace, damaged)
    data = bytearray(damaged.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 2048] = b"\xde\xad\xbe\xef" * 512
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    check = cli("check", damaged)
    assert check.code in (1, 2) and "Traceback" not in check.err
    assert check.code == 1, check.err
    assert_clean_failure(cli("save-version", damaged, "--label", "2.0"))
    assert digest(damaged) == before


def test_workspace_from_a_newer_schema_is_refused(cli: CliRunner, workspace: Path) -> None:
    with sqlite3.connect(workspace) as db:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute(f"PRAGMA user_version = {version + 100}")
    db.close()
    before = digest(workspace)
    run = cli("history", workspace)
    assert_clean_failure(run)
    assert "newer" in run.err.lower()
    assert_clean_failure(cli("save-version", workspace, "--label", "2.0"))
    assert digest(workspace) == before


def test_bad_usage_is_one_line_exit_2(cli: CliRunner, workspace: Path) -> None:
    assert_clean_failure(cli("export", workspace, "--format", "docx"))
    assert_clean_failure(cli("save-version", workspace))
    assert_clean_failure(cli("history"))
    assert_clean_failure(cli("export", "missing.txt", "--format", "md"))
    assert_clean_failure(cli("export", f"{workspace}@no-such-label", "--format", "md"))
    assert_clean_failure(cli("export", workspace, "--format", "pdf"))  # PDF needs -o


def test_an_output_in_a_missing_folder_names_the_file_the_user_chose(
    cli: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "policy.html"
    for verb in (("export", workspace, "--format", "html"),
                 ("evidence", workspace, "1.0")):
        run = cli(*verb, "-o", target)
        assert_clean_failure(run)
        if verb[0] == "export":  # evidence refuses the unpublished label first
            assert str(target) in run.err and ".part" not in run.err
    assert not (tmp_path / "no-such-folder").exists()


def test_the_editor_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "policyeditor"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "no display" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_editor_names_the_packages_when_qts_xcb_plugin_cannot_load(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    # A bare X11 desktop: a display, but libxcb-cursor0 and libxcb-icccm4 not installed
    # (hidden from the library lookup; the editor checks before Qt would abort).
    hide = (
        "import policyeditor.gui as g; "
        "g._loadable = lambda n: not n.startswith(('libxcb-cursor.', 'libxcb-icccm.')); "
        "from policyeditor.cli import main; raise SystemExit(main([]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = ":99"
    proc = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True,
                          env=env, cwd=tmp_path, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4)" in proc.stderr
    assert "libxcb-shape0" not in proc.stderr  # only what is missing
    assert "xcb" in proc.stderr and "Traceback" not in proc.stderr
