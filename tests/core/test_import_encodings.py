"""Text saved in a legacy encoding imports like UTF-8, with one warning naming it."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing import ImportResult, import_file
from policyeditor.core.importing.decode import decode_source
from policyeditor.core.model import walk

# (codec, bytes put before the text, the encoding the warning must name)
SAVED_AS = {
    "cp1252": ("cp1252", b"", "Windows-1252"),
    "latin-1": ("latin-1", b"", "Latin-1"),
    "utf-16-le-bom": ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
    "utf-16-be-bom": ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
    "utf-16-le-no-bom": ("utf-16-le", b"", "UTF-16"),
    "utf-16-be-no-bom": ("utf-16-be", b"", "UTF-16"),
}


def _content(result: ImportResult) -> tuple[object, ...]:
    policy = result.policy
    sections = [(r.number, r.section.heading, r.section.body) for r in walk(policy)]
    return policy.title, policy.language, policy.metadata, policy.preamble, sections


def _seed_text(seed_path: Path) -> str:
    # Latin-1 has no en dash; the one in the seed becomes a hyphen in every
    # variant so that all of them can be compared with one UTF-8 original.
    return seed_path.read_text(encoding="utf-8").replace("\u2013", "-")


@pytest.mark.parametrize("variant", sorted(SAVED_AS))
def test_seed_in_legacy_encoding_imports_like_utf8(
    tmp_path: Path, seed_path: Path, variant: str
) -> None:
    codec, bom, named = SAVED_AS[variant]
    text = _seed_text(seed_path)
    utf8 = tmp_path / "utf8.txt"
    utf8.write_bytes(text.encode("utf-8"))
    legacy = tmp_path / f"{variant}.txt"
    legacy.write_bytes(bom + text.replace("\n", "\r\n").encode(codec))

    original = import_file(utf8)
    decoded = import_file(legacy)

    assert _content(decoded) == _content(original)
    assert "Öppenhet och valmöjlighet" in [r.section.heading for r in walk(decoded.policy)]
    assert len(decoded.warnings) == len(original.warnings) + 1
    warning = decoded.warnings[0]
    assert warning.code == "import.decoded-as" and named in str(warning.params["encoding"])


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_gets_no_encoding_warning(tmp_path: Path, seed_path: Path, bom: bytes) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(bom + seed_path.read_bytes())
    assert import_file(path).warnings == []


def test_every_swedish_seed_line_in_cp1252_keeps_its_letters(seed_path: Path) -> None:
    # Short Swedish texts are where detectors pick Windows-1250 (å -> ĺ) or
    # even Big5; each line of the seed on its own is such a short text.
    lines = [line for line in _seed_text(seed_path).splitlines() if not line.isascii()]
    assert len(lines) > 20
    for line in [*lines, "Å", "Ål", "Ö", "Hej på dig", "Ålder, kön och e-post."]:
        decoded = decode_source(line.encode("cp1252"))
        assert decoded.text == line
        assert decoded.warning is not None
        assert "Windows-1252" in str(decoded.warning.params["encoding"])


def test_typographic_quotes_name_windows_1252_only() -> None:
    text = "Vi sparar \u201dcookies\u201d \u2013 inte mer \u20ac.\n"
    decoded = decode_source(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.warning == InputWarning("import.decoded-as", encoding="Windows-1252")


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_are_still_refused(tmp_path: Path, seed: int) -> None:
    data = random.Random(seed).randbytes(4000)
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    with pytest.raises(InputError):
        import_file(path)
    # Even without the control bytes that give binary data away, no
    # encoding explains random high bytes.
    path.write_bytes(bytes(b for b in data if b >= 0x20))
    with pytest.raises(InputError):
        import_file(path)


def test_binary_formats_are_recognised_before_any_guessing(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(b"%PDF-1.7\n" + "Sekretesspolicy för Åre".encode("cp1252"))
    with pytest.raises(InputError, match=r"input\.pdf"):
        import_file(path)
