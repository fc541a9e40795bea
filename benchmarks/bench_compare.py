"""Compare engine benchmarks (prints figures; never asserts on time).

1. every consecutive pair of the corpus histories, in-process: total, slowest;
2. the synthetic 1 MB handbook (~800 sections): 5 % of sections edited, and
   every section edited by ~10 % (targets <= 50 ms and <= 1 s); plus the same
   text as one 1 MB section without headings;
3. whole process ``policyeditor compare A B --format json`` on the largest
   corpus pair against ``git diff --no-index --word-diff=porcelain A B``
   (aim: ratio <= 5x).

Run: ``.venv/bin/python benchmarks/bench_compare.py [--quick] [--process]``
"""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handbook import edited_copy, make_handbook

from policyeditor.core.compare import compare
from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, Section, iter_sections

ROOT = Path(__file__).resolve().parents[1]
HISTORIES = ROOT.parent / "shared" / "corpus" / "privacy-policy-histories"


# CPU time of this process: on a shared machine wall time also counts the
# time other processes hold the cores. Both are printed where it matters.
CPU: list[float] = []


def _timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of ``repeat`` runs; their CPU times are left in CPU."""
    times = []
    CPU.clear()
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - start)
        CPU.append(time.process_time() - start_cpu)
    return times


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_corpus() -> list[tuple[Path, Path]]:
    """Time every consecutive pair; return the largest pair and the slowest one."""
    if not HISTORIES.is_dir():
        print("corpus: skipped (../shared/corpus absent)")
        return []
    pairs: list[tuple[Path, Path]] = []
    for folder in sorted(p for p in HISTORIES.iterdir() if p.is_dir()):
        pairs.extend(itertools.pairwise(sorted(folder.glob("*.md"))))
    policies = {path: import_file(path).policy for pair in pairs for path in pair}
    times: list[tuple[float, Path, Path]] = []
    cpu_total = 0.0
    for old, new in pairs:
        best = min(_timed(partial(compare, policies[old], policies[new]), 3))
        cpu_total += min(CPU)
        times.append((best, old, new))
    total = sum(t for t, _, _ in times)
    slowest = max(times)
    print(f"corpus: {len(pairs)} consecutive pairs, total {_ms(total)} (best of 3 each; "
          f"CPU {_ms(cpu_total)}), "
          f"median {_ms(statistics.median(t for t, _, _ in times))}, "
          f"slowest {_ms(slowest[0])} ({slowest[2].parent.name}/{slowest[1].name} -> "
          f"{slowest[2].name})")
    largest = max(pairs, key=lambda pair: pair[0].stat().st_size + pair[1].stat().st_size)
    return [largest, (slowest[1], slowest[2])]


def _one_section(policy: Policy) -> Policy:
    body = "\n\n".join(s.body for s in iter_sections(policy.sections))
    return Policy(title=policy.title, language="en", sections=[Section("Everything", body)])


def bench_handbook(repeat: int) -> None:
    book = make_handbook()
    size = sum(len(s.body) for s in iter_sections(book.sections))
    count = sum(1 for _ in iter_sections(book.sections))
    print(f"handbook: {count} sections, {size / 1e6:.2f} MB of body text")
    for share, target in ((0.05, "50 ms"), (1.0, "1 s")):
        edited = edited_copy(book, section_share=share, word_share=0.1)
        times = _timed(partial(compare, book, edited), repeat)
        counts = compare(book, edited).counts()
        print(f"  {share:>4.0%} of sections edited ~10 %: best {_ms(min(times))}, "
              f"median {_ms(statistics.median(times))}, best CPU {_ms(min(CPU))} "
              f"(target <= {target}); "
              f"{counts['modified']} modified")
    flat = _one_section(book)
    flat_edit = _one_section(edited_copy(book, section_share=0.05, word_share=0.1))
    times = _timed(lambda: compare(flat, flat_edit), max(1, repeat // 2))
    print(f"  one 1 MB section without headings, 5 % of paragraphs edited: "
          f"best {_ms(min(times))}, best CPU {_ms(min(CPU))}")
    # independent imports (no shared ids): the similarity matcher does the work
    renamed = edited_copy(book, section_share=0.05, word_share=0.1)
    for section in iter_sections(renamed.sections):
        section.id = "x" + section.id
    times = _timed(lambda: compare(book, renamed), max(1, repeat // 2))
    print(f"  5 % edited, sections without shared ids (two imported files): "
          f"best {_ms(min(times))}, best CPU {_ms(min(CPU))}")


# A user's installation has compiled bytecode; a shell with
# PYTHONDONTWRITEBYTECODE=1 would make every run compile ~50 modules again
# (~50 ms). The process is timed with bytecode cached in a private folder
# after one warm-up run, and without bytecode as well.
_PYCACHE = tempfile.mkdtemp(prefix="bench-pycache-")


def _env(bytecode: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(command: list[str], repeat: int, *, bytecode: bool = True) -> tuple[float, int]:
    times = []
    code = 0
    env = _env(bytecode)
    subprocess.run(command, capture_output=True, check=False, env=env)  # warm-up
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
        code = done.returncode
    return statistics.median(times), code


def bench_process(pair: tuple[Path, Path], repeat: int) -> None:
    """Whole process, so interpreter start and imports count (as for a user)."""
    old, new = (str(p) for p in pair)
    print(f"whole process: {pair[0].parent.name}/{pair[0].name} -> "
          f"{pair[1].name} ({(pair[0].stat().st_size + pair[1].stat().st_size) // 1024} KiB)")
    cli = ROOT / ".venv" / "bin" / "policyeditor"
    command = [str(cli), "compare", old, new, "--format", "json"]
    ours, code = _run(command, repeat)
    label = "policyeditor compare --format json"
    if code != 0:
        script = (
            "import json,sys;from policyeditor.core.importing import import_file;"
            "from policyeditor.core.compare import compare;"
            "from policyeditor.core.compare.json_format import comparison_to_json;"
            "a=import_file(sys.argv[1]).policy;b=import_file(sys.argv[2]).policy;"
            "sys.stdout.write(json.dumps(comparison_to_json(compare(a,b))))"
        )
        command = [sys.executable, "-c", script, old, new]
        ours, code = _run(command, repeat)
        label = "python -c (import, compare, json.dumps; CLI verb unavailable)"
    git = shutil.which("git")
    if git is None:
        print(f"  {label}: median {_ms(ours)}; git not found")
        return
    theirs, _ = _run([git, "diff", "--no-index", "--word-diff=porcelain", old, new], repeat)
    cold, _ = _run([*command], repeat, bytecode=False)
    bare, _ = _run([sys.executable, "-c", "pass"], repeat)
    print(f"  {label}: median {_ms(ours)} (exit {code}); without cached bytecode "
          f"{_ms(cold)}; bare Python start-up {_ms(bare)}")
    print(f"  git diff --no-index --word-diff=porcelain: median {_ms(theirs)}")
    print(f"  ratio: {ours / theirs:.1f}x (aim <= 5x)")


def main() -> None:
    quick = "--quick" in sys.argv
    repeat = 3 if quick else 7
    chosen = bench_corpus()
    if "--process" not in sys.argv:  # --process: the whole-process figures only
        bench_handbook(repeat)
    for pair in chosen:  # the largest pair, then the slowest to compare
        bench_process(pair, 3 if quick else 5)


if __name__ == "__main__":
    main()
