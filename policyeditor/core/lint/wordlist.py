"""Every simple word form of a hunspell dictionary, as a word set (Swedish).

hunspell answers a known Swedish word in microseconds but needs 0.1–0.9 ms to
refuse an unknown one (it tries every compound split). Suggestions test ~800
forms, almost all unknown, so through hunspell alone a Swedish suggestion took
0.3–1.5 s. The expanded word list answers the same question with one set
look-up; hunspell (and our compound rule) is asked only about what the set
lacks.

The expansion applies each entry's suffix rules (``SFX``, with one level of
continuation) and leaves out forms hunspell allows only inside compounds
(``ONLYINCOMPOUND``), entries that need an affix (``NEEDAFFIX``) and forbidden
words. It takes a few seconds, so it is written once to the cache folder,
keyed by the dictionary file, and read back in slices, each a short C call,
so a worker thread reading it never holds the window still.

The word set is a ``dict`` with ``None`` values, not a ``set``: a set is
always tracked by Python's cycle collector, and every collection that
includes it walks its million entries while holding the GIL (caught in a
debugger during a freeze of the window). A dict holding only strings is never
tracked, so the collector never looks at it.

Beside a window, the reader sleeps a moment between slices (``pause``).
Without it the window's thread, which takes and releases the GIL many times
for every event it handles, waits up to Python's switch interval (5 ms) for
each of those against a busy reader, and one event took 200–500 ms. With the
pause the window's events run in the gaps; the load takes ~0.3 s longer, in
the background. The command line loads without pauses.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SLICE_BYTES = 64 * 1024

# a set of words that the cycle collector never walks (see the module's note)
WordSet = dict[str, None]


@dataclass(frozen=True)
class _Rule:
    strip: str
    add: str
    flags: str
    condition: re.Pattern[str] | None


def _flags_of(aff: str, key: str) -> str:
    match = re.search(rf"^{key}\s+(\S+)", aff, re.MULTILINE)
    return match.group(1) if match else ""


def _rules(aff: str) -> dict[str, list[_Rule]]:
    rules: dict[str, list[_Rule]] = {}
    for line in aff.splitlines():
        parts = line.split()
        if len(parts) < 5 or parts[0] != "SFX":
            continue
        flag, strip, add, condition = parts[1], parts[2], parts[3], parts[4]
        add, _, flags = add.partition("/")
        pattern = None if condition == "." else re.compile(f"(?:{condition})$")
        rules.setdefault(flag, []).append(
            _Rule("" if strip == "0" else strip, "" if add == "0" else add, flags, pattern))
    return rules


def expand(dic: Path, aff: Path) -> Iterator[str]:
    """Every simple word form of the dictionary (duplicates possible)."""
    aff_text = aff.read_text(encoding="utf-8", errors="replace")
    rules = _rules(aff_text)
    skip = {_flags_of(aff_text, key)
            for key in ("ONLYINCOMPOUND", "NEEDAFFIX", "FORBIDDENWORD")} - {""}
    for line in dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word, _, flags = line.strip().partition("/")
        if not word or word.startswith("-"):
            continue
        if not skip & set(flags):
            yield word
        yield from _apply(word, flags, rules, skip, depth=2)


def _apply(word: str, flags: str, rules: dict[str, list[_Rule]], skip: set[str],
           depth: int) -> Iterator[str]:
    for flag in flags:
        for rule in rules.get(flag, ()):
            if rule.strip and not word.endswith(rule.strip):
                continue
            if rule.condition is not None and not rule.condition.search(word):
                continue
            form = word[: len(word) - len(rule.strip)] + rule.add
            if not skip & set(rule.flags):
                yield form
            if depth > 1 and rule.flags:
                yield from _apply(form, rule.flags, rules, skip, depth - 1)


def cache_path(dic: Path, cache: Path) -> Path:
    """Where the expanded list of ``dic`` is kept."""
    stat = dic.stat()
    key = hashlib.sha256(f"{dic}|{stat.st_size}|{stat.st_mtime_ns}|1".encode()).hexdigest()
    return cache / "dictionaries" / f"words-{key[:16]}.txt"


def load(dic: Path, aff: Path, cache: Path | None, *, pause: float = 0.0) -> WordSet:
    """The expanded word set, from the cache when it is there (written when not)."""
    path = cache_path(dic, cache) if cache is not None else None
    if path is not None and path.is_file():
        try:
            return _read(path, pause)
        except (OSError, UnicodeError):
            pass  # a damaged cache: expand again
    words = dict.fromkeys(expand(dic, aff))
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            staging = path.with_suffix(".tmp")
            _write(staging, words)
            staging.replace(path)
        except OSError:
            pass  # no cache: expanded again next time
    return words


def _write(path: Path, words: WordSet) -> None:
    # in batches, unsorted: one sorted()/join() over 961,000 words is a single C
    # call that holds the GIL (and so the window) for most of a second
    batch: list[str] = []
    with open(path, "w", encoding="utf-8") as handle:
        for word in words:
            batch.append(word)
            if len(batch) >= 20_000:
                handle.write("\n".join(batch) + "\n")
                batch.clear()
        handle.write("\n".join(batch) + "\n")


def _read(path: Path, pause: float = 0.0) -> WordSet:
    words: WordSet = {}
    rest = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(SLICE_BYTES):
            chunk = rest + chunk
            cut = chunk.rfind(b"\n")
            rest, chunk = chunk[cut + 1:], chunk[:cut]
            words.update(dict.fromkeys(chunk.decode("utf-8").split("\n")))
            if pause:
                time.sleep(pause)
    if rest:
        words[rest.decode("utf-8")] = None
    words.pop("", None)
    return words
