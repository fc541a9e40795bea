"""Bad input is refused with one clear InputError, and only with InputError."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.errors import InputError, PolicyEditorError
from policyeditor.core.importing import MAX_BYTES, ImportResult, import_file, import_text
from policyeditor.core.model import walk

SWEDISH = "Sekretesspolicy\n\nNär du använder våra tjänster så anförtror du oss dina uppgifter.\n"


def _refused(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        import_file(path)
    error = info.value
    assert error.path == str(path)
    assert error.code.startswith("input.")  # worded from its code (docs/errors.md)
    return error


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _refused(path).code == "input.empty"


def test_blank_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_bytes(b" \n\r\n\t\n")
    assert _refused(path).code == "input.blank"


def test_binary_junk(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(random.Random(2).randbytes(20_000))
    assert _refused(path).code == "input.binary"


def test_latin1_bytes_are_decoded_with_a_warning(tmp_path: Path) -> None:
    # Refusing them told the user to re-save in another editor; now the text
    # imports, and the warning says which encoding was assumed.
    path = tmp_path / "latin1.txt"
    path.write_bytes(SWEDISH.encode("latin-1"))
    result = import_file(path)
    assert result.policy.preamble.startswith("När du använder våra tjänster")
    assert (result.warnings[0].code, result.warnings[0].params) == (
        "import.decoded-as", {"encoding": "Windows-1252 (Latin-1)"}
    )


def test_five_megabyte_single_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"ord " * (5 * 1024 * 1024 // 4))
    error = _refused(path)
    assert error.code == "input.too-large"
    assert error.params == {"path": str(path), "size": path.stat().st_size, "limit": MAX_BYTES}


def test_limit_lies_between_the_benchmark_handbook_and_the_refused_file() -> None:
    assert 1024 * 1024 < MAX_BYTES < 5 * 1024 * 1024


def test_just_under_the_limit_is_imported(tmp_path: Path) -> None:
    # A long single paragraph below the limit is text, and imports (into the preamble).
    path = tmp_path / "long.txt"
    path.write_bytes(b"Titel\n\n" + b"ord " * (2 * 1024 * 1024 // 4))
    result = import_file(path)
    assert result.policy.title == "Titel"
    assert len(result.policy.preamble) > 2_000_000


def test_workspace_database_is_not_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "draft.policy.txt"
    with sqlite3.connect(path) as db:
        db.execute("create table t(x)")
    db.close()
    assert _refused(path).code == "input.database"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nope.txt").code == "input.not-found"
    assert _refused(tmp_path).code == "input.folder"


def test_device_and_impossible_names_are_refused() -> None:
    with pytest.raises(InputError) as device:
        import_file("/dev/zero")
    assert device.value.code == "input.not-regular"
    with pytest.raises(InputError) as name:
        import_file("bad\x00name.txt")
    assert name.value.code == "input.bad-name"


def test_nul_in_text_and_unknown_language() -> None:
    with pytest.raises(InputError) as nul:
        import_text("Title\n\nText\x00more")
    assert nul.value.code == "input.binary"
    with pytest.raises(InputError) as language:
        import_text("Title\n\nText", language="de")
    assert language.value.code == "input.language"
    assert language.value.params["language"] == "de"


def test_input_error_is_a_policyeditor_error() -> None:
    # The CLI turns every PolicyEditorError into one line and exit status 2.
    assert issubclass(InputError, PolicyEditorError)


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path, seed_path: Path) -> None:
    raw = seed_path.read_bytes()
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    windows = import_file(path).policy
    plain = import_file(seed_path).policy
    assert windows.title == plain.title == "Sekretesspolicy"
    assert [(r.number, r.section.heading, r.section.body) for r in walk(windows)] == [
        (r.number, r.section.heading, r.section.body) for r in walk(plain)
    ]
    assert "\r" not in windows.preamble


def test_utf16_with_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(SWEDISH.encode("utf-16"))
    assert import_file(path).policy.title == "Sekretesspolicy"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_import_or_raise_input_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "any.txt"
    path.write_bytes(data)
    try:
        result = import_file(path)
    except InputError:
        return
    assert isinstance(result, ImportResult)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=60),
            st.sampled_from(
                [
                    "",
                    "1.",
                    "1. Rubrik",
                    "1.1 Under",
                    "# Titel",
                    "## 2. Två",
                    "---",
                    "===",
                    "```",
                    "- punkt",
                    "Senast ändrad: 2021-01-24",
                    "[](#x)**1\\. X**",
                    "| a | b |",
                ]
            ),
        ),
        max_size=30,
    ),
    st.sampled_from([None, "txt", "md"]),
)
def test_any_text_imports_or_raises_input_error(lines: list[str], fmt: str | None) -> None:
    try:
        result = import_text("\n".join(lines), fmt=fmt)
    except InputError:
        return
    assert result.format in ("txt", "md")
    assert result.policy.language in ("sv", "en")
