"""Word redline benchmark: ``policyeditor compare V1 V2 --format docx -o out.docx``.

The seed against the seed with the planted edits of the redline tests (a
recipient added, "inte" removed, a right removed, two subsections swapped, a
section added and one removed):

1. in-process: the comparison (review service, flags included) and the .docx
   writing, each the median of several runs;
2. whole process, start-up included, against ``--format json`` on the same
   pair (target for docx: <= 0.5 s).

Run: ``.venv/bin/python benchmarks/bench_redline_docx.py [--runs N]``; it also
leaves ``seed-v1.txt`` and ``seed-v2.txt`` in a temporary folder it names, for
timing the command with an outside tool.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policyeditor.app.services.review import compare_policies  # noqa: E402
from policyeditor.core.importing import import_text  # noqa: E402
from policyeditor.core.wordexport.tracked import write_redline_docx  # noqa: E402
from tests.core.redline_docx.planted import planted_seed  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "seed" / "sekretesspolicy.txt"


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp(prefix="bench-redline-"))
    seed = SEED.read_text(encoding="utf-8")
    v1, v2 = folder / "seed-v1.txt", folder / "seed-v2.txt"
    v1.write_text(seed, encoding="utf-8")
    v2.write_text(planted_seed(seed), encoding="utf-8")
    old = import_text(seed, fmt="txt").policy
    new = import_text(planted_seed(seed), fmt="txt").policy
    comparison = compare_policies(old, new).comparison
    out = folder / "in-process.docx"
    print(f"files: {v1} {v2}")
    comparing = _median_ms(lambda: compare_policies(old, new), runs)
    writing = _median_ms(lambda: write_redline_docx(comparison, out, author="Bench"), runs)
    print(f"compare (review service, flags): {comparing:.1f} ms")
    print(f"write .docx: {writing:.1f} ms")
    command = [sys.executable, "-m", "policyeditor", "compare", str(v1), str(v2)]
    for fmt in ("docx", "json"):
        target = folder / f"out.{fmt}"
        whole = [*command, "--format", fmt, "-o", str(target), *(
            ["--author", "Bench"] if fmt == "docx" else [])]
        subprocess.run(whole, check=True)  # warm the file cache
        ms = _median_ms(lambda whole=whole: subprocess.run(whole, check=True), runs)
        print(f"whole process --format {fmt}: {ms:.0f} ms (median of {runs})")


if __name__ == "__main__":
    main()
