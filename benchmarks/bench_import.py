"""Import every corpus file (seed and all histories): total and slowest.

Run: .venv/bin/python benchmarks/bench_import.py [--repeat N]
Prints "corpus absent" and exits 0 when ../shared/corpus is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from policyeditor.core.importing import import_file, import_text
from policyeditor.core.model import Policy, section_count
from policyeditor.core.textexport import to_markdown, to_plain_text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_files(corpus: Path) -> list[Path]:
    """The seed and every version of every history, in a fixed order."""
    seed = sorted((corpus / "seed").glob("*.txt"))
    histories = sorted((corpus / "privacy-policy-histories").glob("*/*.md"))
    return seed + histories


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per file; the best counts")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print("corpus absent")
        return 0
    files = corpus_files(CORPUS)
    timings: list[tuple[float, Path, int]] = []
    total_bytes = 0
    for path in files:
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            result = import_file(path)
            best = min(best, time.perf_counter() - start)
        timings.append((best, path, section_count(result.policy)))
        total_bytes += path.stat().st_size
    total = sum(t for t, _, _ in timings)
    print(f"files: {len(files)}  bytes: {total_bytes / 1e6:.2f} MB")
    print(
        f"total: {total * 1000:.0f} ms  mean: {total / len(files) * 1000:.1f} ms/file  "
        f"throughput: {total_bytes / total / 1e6:.1f} MB/s"
    )
    print("slowest:")
    for seconds, path, sections in sorted(timings, key=lambda t: t[0], reverse=True)[:5]:
        rel = path.relative_to(CORPUS)
        print(f"  {rel}  {seconds * 1000:.1f} ms  ({sections} sections)")
    _large_inputs(CORPUS)
    return 0


def _timed(text: str, fmt: str | None) -> tuple[float, int]:
    start = time.perf_counter()
    result = import_text(text, fmt=fmt)
    return time.perf_counter() - start, section_count(result.policy)


def _large_inputs(corpus: Path) -> None:
    """A 1 MB handbook (the seed's sections repeated, as compare benchmarks
    use) and a single 3.9 MB paragraph just under the size limit."""
    seed = import_file(corpus / "seed" / "sekretesspolicy.txt").policy
    handbook = Policy(title=seed.title, language="sv", preamble=seed.preamble)
    while len(to_plain_text(handbook).encode()) < 1024 * 1024:
        handbook.sections += [s.clone() for s in seed.sections]
    print("large inputs:")
    for label, text, fmt in (
        ("1 MB handbook, plain text", to_plain_text(handbook), "txt"),
        ("1 MB handbook, Markdown", to_markdown(handbook), "md"),
        ("3.9 MB single paragraph", "Titel\n\n" + "ord " * (39 * 1024 * 1024 // 40), None),
    ):
        seconds, sections = _timed(text, fmt)
        print(f"  {label}: {seconds * 1000:.0f} ms ({sections} sections)")


if __name__ == "__main__":
    sys.exit(main())
