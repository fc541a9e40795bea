"""Word export benchmark: the seed and the synthetic 1 MB handbook to .docx, in process.

Prints figures only; nothing here asserts on time. "cold" means a fresh
Markdown cache (the first export in a process, as from the CLI); "warm" is a
re-export in the same process, where the bodies' HTML is already cached and
only the Word document is built again. For the whole-process time of
``policyeditor export seed --format docx -o out.docx`` (start-up included),
time that command from outside, e.g. with ``/usr/bin/time -v``.

    .venv/bin/python benchmarks/bench_docx.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.handbook import make_handbook
from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy, iter_sections, section_count
from policyeditor.core.render.markdown_html import clear_cache
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.core.wordexport.document import build_document, write_policy_docx

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed" / "sekretesspolicy.txt"


def timed(run: Callable[[], object], repeat: int, cold: bool) -> tuple[float, float]:
    """Best wall seconds of ``repeat`` runs and the CPU seconds of that run."""
    best, best_cpu = float("inf"), 0.0
    for _ in range(repeat):
        if cold:
            clear_cache()
        start, cpu = time.perf_counter(), time.process_time()
        run()
        wall = time.perf_counter() - start
        if wall < best:
            best, best_cpu = wall, time.process_time() - cpu
    return best, best_cpu


def bench(name: str, policy: Policy, repeat: int, folder: Path) -> None:
    stamp = VersionStamp("1.0", fingerprint(policy), "2025-01-01", "published")
    size = sum(len(s) for s in (policy.preamble, *(x.body for x in iter_sections(policy.sections))))
    print(f"\n{name}: {section_count(policy)} sections, {size / 1e6:.2f} MB of text")
    out = folder / f"{name}.docx"
    for cold in (True, False):
        seconds, cpu = timed(lambda: write_policy_docx(policy, out, version=stamp), repeat, cold)
        print(f"  .docx {'cold' if cold else 'warm'}: {seconds:7.3f} s   (CPU {cpu:.3f} s; "
              f"{out.stat().st_size / 1e6:.2f} MB)")
    seconds, cpu = timed(lambda: build_document(policy, version=stamp), repeat, False)
    print(f"  of which building the document (no saving): {seconds:7.3f} s   (CPU {cpu:.3f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is shown)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if SEED.is_file():
            from policyeditor.core.importing import import_file

            bench("seed", import_file(SEED).policy, args.repeat, folder)
        else:
            print(f"seed not found at {SEED}; skipped")
        bench("handbook", make_handbook(), args.repeat, folder)


if __name__ == "__main__":
    main()
