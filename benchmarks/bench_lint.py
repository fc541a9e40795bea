"""Drafting-check benchmarks (prints figures; never asserts on time).

- dictionary load: cold (first run: the Swedish word list is split into
  chunks and expanded into the cache folder), warm (from the cache), per
  language, and the longest single call holding the GIL while loading
  Swedish (what a worker thread can cost the window);
- whole-seed check once loaded (target ≤ 50 ms): spelling without suggestions,
  as the editor runs it, on a fresh speller (no answers cached) and again;
  and every check with suggestions, as ``policyeditor lint`` runs it;
- suggestions per word (target ≤ 200 ms): median and max over typos of the
  ordinary kinds, Swedish and English.

Run: ``.venv/bin/python benchmarks/bench_lint.py`` (needs ../shared/corpus for the seed)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from policyeditor.core.importing import import_file
from policyeditor.core.lint import (
    Speller,
    dictionary,
    lint_policy,
    load_spellers,
    suggest,
    wordlist,
)
from policyeditor.core.lint.spelling import SpellingContext, check

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "sekretesspolicy.txt"
TYPOS = {
    "sv": ["personuppgifer", "infromation", "tjännster", "webbläsrae", "anvädare",
           "behandlign", "uppgiftre", "kontakat", "sekretesspolcy", "lagirng",
           "pixletaggar", "personuppgifsansvarig", "webbläsarspårk", "samtyckke"],
    "en": ["recieve", "informaton", "personnal", "acount", "procesing", "adress",
           "thrid", "privcy", "servcies", "controler", "retension", "cookeis"],
}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def load_figures(cache: Path) -> dict[str, Speller]:
    for label in ("cold", "warm"):
        for language in ("sv", "en"):
            start = time.perf_counter()
            load_spellers([language], cache=cache)
            print(f"load {language} ({label}): {_ms(time.perf_counter() - start)}")
    files = dictionary.locate("sv")
    start = time.perf_counter()
    engine = dictionary.load_engine("sv", cache=cache)
    print(f"  of which hunspell (8 chunks): {_ms(time.perf_counter() - start)}")
    chunks = sorted((dictionary._chunk_folder(files, cache)).glob("c*.dic"))
    longest = 0.0
    for chunk in chunks[1:]:
        start = time.perf_counter()
        engine.add_dic(str(chunk))
        longest = max(longest, time.perf_counter() - start)
    print(f"  longest single chunk call (GIL held): {_ms(longest)}")
    start = time.perf_counter()
    wordlist.load(files.dic, files.aff, cache)
    print(f"  of which the expanded word list from the cache: {_ms(time.perf_counter() - start)}")
    return load_spellers(cache=cache)


def seed_figures(spellers: dict[str, Speller], cache: Path) -> None:
    if not SEED.is_file():
        print("seed: ../shared/corpus is absent; skipped")
        return
    policy = import_file(SEED).policy
    fresh = load_spellers(cache=cache)  # nothing cached in the spellers yet
    for label, which in (("first check, fresh spellers", fresh), ("again", fresh)):
        start = time.perf_counter()
        context = SpellingContext.for_policy(policy, which, with_suggestions=False)
        found = check(policy, context)
        print(f"whole seed, spelling ({label}): {_ms(time.perf_counter() - start)}, "
              f"{len(found)} finding(s)")
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        found = lint_policy(policy, spellers)
        timings.append(time.perf_counter() - start)
    print(f"whole seed, every check with suggestions (as `lint`): median "
          f"{_ms(statistics.median(timings))}, {len(found)} finding(s)")


def suggestion_figures(spellers: dict[str, Speller]) -> None:
    for language, words in TYPOS.items():
        timings = []
        for word in words:
            start = time.perf_counter()
            proposals = suggest.suggest(spellers[language], word)
            timings.append(time.perf_counter() - start)
            print(f"  {language} {word} -> {', '.join(proposals[:3]) or '(none)'}")
        print(f"suggestions {language} ({len(words)} typos): median "
              f"{_ms(statistics.median(timings))}, max {_ms(max(timings))}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pe-lint-bench-") as tmp:
        spellers = load_figures(Path(tmp))
        seed_figures(spellers, Path(tmp))
        suggestion_figures(spellers)


if __name__ == "__main__":
    sys.exit(main())
