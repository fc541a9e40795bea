"""Find and load the hunspell dictionaries that pip installed with the package.

Swedish comes from the ``hunspell-sv`` distribution (its wheel puts
``sv_SE.dic``/``.aff`` under the environment's ``share/hunspell``), English
from the ``en_US`` files bundled inside ``chunspell``, the C hunspell engine
we use for both (see README, "Dependencies", for the measured choice).

Loading the Swedish dictionary in one call holds Python's GIL for ~0.3 s,
which would freeze the editor's window even from a worker thread. So the word
list is split once into chunks kept in the cache folder, and loaded chunk by
chunk (``add_dic``): each call holds the GIL for ~20 ms and the window keeps
painting in between. Chunks are keyed by the source file's size and time, so
an updated dictionary is re-split, and a missing or unwritable cache folder
only means loading in one piece.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from policyeditor.core.errors import PolicyEditorError

#: hunspell language names of our two document languages
HUNSPELL_NAMES = {"sv": "sv_SE", "en": "en_US"}
#: words per chunk: ~6 ms of GIL per chunk for the Swedish list (the window needs
#: the GIL several times per event, so each chunk is a wait it may pay repeatedly)
CHUNK_WORDS = 9_000


class DictionaryMissing(PolicyEditorError):
    """``lint.dictionary-missing``: the ``language`` dictionary is not installed."""

    code = "lint.dictionary-missing"

    def __init__(self, language: str, detail: str = "") -> None:
        super().__init__(language=language, detail=detail)


@dataclass(frozen=True)
class DictionaryFiles:
    """Where one language's ``.dic`` and ``.aff`` are."""

    language: str
    dic: Path
    aff: Path


def _sv_folder() -> Path | None:
    try:
        files = metadata.distribution("hunspell-sv").files or []
    except metadata.PackageNotFoundError:
        files = []
    for file in files:
        if str(file).replace("\\", "/").endswith("share/hunspell/sv_SE.dic"):
            return Path(str(file.locate())).parent
    # a frozen app or an unusual install: the conventional place under the prefix
    for base in (Path(sys.prefix), Path(getattr(sys, "_MEIPASS", sys.prefix))):
        candidate = base / "share" / "hunspell"
        if (candidate / "sv_SE.dic").is_file():
            return candidate
    return None


def _en_folder() -> Path | None:
    try:
        import hunspell
    except ImportError:
        return None
    folder = Path(hunspell.__file__).parent / "dictionaries"
    return folder if (folder / "en_US.dic").is_file() else None


def locate(language: str) -> DictionaryFiles:
    """The installed files of ``language`` (``sv``/``en``); DictionaryMissing if absent."""
    folder = _sv_folder() if language == "sv" else _en_folder()
    name = HUNSPELL_NAMES.get(language, "")
    if folder is None or not (folder / f"{name}.aff").is_file():
        raise DictionaryMissing(language)
    return DictionaryFiles(language, folder / f"{name}.dic", folder / f"{name}.aff")


def _chunk_folder(files: DictionaryFiles, cache: Path) -> Path:
    stat = files.dic.stat()
    key = hashlib.sha256(
        f"{files.dic}|{stat.st_size}|{stat.st_mtime_ns}|{CHUNK_WORDS}".encode()).hexdigest()
    return cache / "dictionaries" / f"{files.language}-{key[:16]}"


def _split(files: DictionaryFiles, folder: Path) -> list[Path]:
    """Write the chunks (first one with the affix file, as hunspell needs a pair)."""
    encoding = "utf-8" if files.language == "sv" else "latin-1"
    lines = files.dic.read_text(encoding=encoding, errors="replace").splitlines()[1:]
    lines = [line for line in lines if line.strip()]
    staging = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    count = max(1, -(-len(lines) // CHUNK_WORDS))
    for index in range(count):
        part = lines[index * CHUNK_WORDS:(index + 1) * CHUNK_WORDS]
        (staging / f"c{index}.dic").write_text(
            f"{len(part)}\n" + "\n".join(part) + "\n", encoding=encoding)
    shutil.copyfile(files.aff, staging / "c0.aff")
    staging.rename(folder)  # atomic: a half-written folder is never used
    return sorted(folder.glob("c*.dic"), key=lambda p: int(p.stem[1:]))


def _chunks(files: DictionaryFiles, cache: Path) -> list[Path] | None:
    folder = _chunk_folder(files, cache)
    try:
        if folder.is_dir():
            found = sorted(folder.glob("c*.dic"), key=lambda p: int(p.stem[1:]))
            if found and (folder / "c0.aff").is_file():
                return found
        return _split(files, folder)
    except (OSError, ValueError):
        return None  # no usable cache: load in one piece


def load_engine(language: str, *, cache: Path | None = None, pause: float = 0.0) -> Any:
    """A chunspell ``Hunspell`` for ``language``; chunked through ``cache`` when given."""
    try:
        import hunspell
    except ImportError as exc:
        raise DictionaryMissing(language, str(exc)) from exc
    files = locate(language)
    chunks = _chunks(files, cache) if cache is not None else None
    try:
        if not chunks:
            return hunspell.Hunspell(files.aff.stem, hunspell_data_dir=str(files.aff.parent))
        engine = hunspell.Hunspell("c0", hunspell_data_dir=str(chunks[0].parent))
        for chunk in chunks[1:]:
            if pause:  # lets a window's thread take the GIL (wordlist.py)
                time.sleep(pause)
            engine.add_dic(str(chunk))
        return engine
    except (OSError, hunspell.HunspellFilePathError, UnicodeError) as exc:
        raise DictionaryMissing(language, str(exc)) from exc
