"""The command line words errors and warnings from their codes, in English, and a
successful command never pays for loading Qt to do so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import CliRunner, assert_clean_failure


def _qt_loaded(args: list[str], cwd: Path) -> tuple[int, bool, str]:
    """Run ``main(args)`` in a fresh interpreter: (exit status, Qt loaded?, stderr)."""
    script = (
        "import sys\n"
        "from policyeditor.cli import main\n"
        f"code = main({args!r})\n"
        "print(code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)
    code, loaded = proc.stdout.split()
    return int(code), loaded == "True", proc.stderr


def test_a_successful_command_does_not_load_qt_and_an_error_is_worded(
    seed_path: Path, tmp_path: Path
) -> None:
    code, loaded, err = _qt_loaded(["export", str(seed_path), "--format", "md", "-o", "out.md"],
                                   tmp_path)
    assert (code, loaded, err) == (0, False, "")
    (tmp_path / "empty.txt").write_bytes(b"")
    code, loaded, err = _qt_loaded(["export", "empty.txt", "--format", "md"], tmp_path)
    assert code == 2
    assert err == "policyeditor: “empty.txt” cannot be read as a policy: the file is empty.\n"


def test_errors_name_what_the_user_typed(cli: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", workspace).code == 0
    run = cli("export", f"{workspace}@9.9", "--format", "md")
    assert_clean_failure(run)
    assert run.err == "policyeditor: There is no version labelled “9.9”.\n"
    run = cli("save-version", workspace)
    assert_clean_failure(run)
    assert run.err == (
        "policyeditor: the following arguments are required: --label "
        "(see 'policyeditor save-version --help')\n"
    )
    run = cli("import", seed_path, "-o", tmp_path / "absent" / "x.policy")
    assert_clean_failure(run)
    assert "“" + str(tmp_path / "absent" / "x.policy") + "” cannot be created" in run.err


def test_a_damaged_workspace_is_reported_with_what_was_found(
    cli: CliRunner, seed_path: Path, tmp_path: Path
) -> None:
    workspace = tmp_path / "seed.policy"
    assert cli("import", seed_path, "-o", workspace).code == 0
    workspace.write_bytes(workspace.read_bytes()[:50])  # cut off in the header
    run = cli("history", workspace)
    assert_clean_failure(run)
    assert run.err == (
        f"policyeditor: “{workspace}” is damaged and cannot be used. The file was not changed. "
        "(the file is truncated)\n"
    )


def test_import_warnings_are_printed_as_before(cli: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "odd.txt"
    source.write_text("Titel\n\n1. Ett\n\nA.\n\n3. Tre\n\nB.\n", encoding="utf-8")
    run = cli("import", source, "-o", tmp_path / "odd.policy")
    assert run.code == 0
    assert run.err == (
        "policyeditor: warning: heading “Tre” is numbered 3 in the source and becomes 2 "
        "(numbers follow position)\n"
    )
