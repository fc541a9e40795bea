"""Significance-flag benchmarks (prints figures; never asserts on time).

The 1 MB synthetic handbook (~800 sections) against two edited copies —
every section edited by ~10 % of its words, and 5 % of sections edited —
is compared once; then ``detect_flags`` on that comparison is timed
(target: flags add <= 50 ms in-process). Rules are loaded and compiled once,
as the application does.

Run: ``.venv/bin/python benchmarks/bench_flags.py``
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handbook import edited_copy, make_handbook

from policyeditor.core.compare.engine import compare
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.flags.rules import load_rules


def main() -> None:
    handbook = make_handbook()
    rules = load_rules()
    profiles = {
        "every section, ~10 % of words": edited_copy(handbook, section_share=1.0, word_share=0.1),
        "5 % of sections, ~10 % of words": edited_copy(handbook, section_share=0.05,
                                                       word_share=0.1),
        "every section, ~5 % of words": edited_copy(handbook, section_share=1.0, word_share=0.05),
    }
    for name, edited in profiles.items():
        start = time.perf_counter()
        comparison = compare(handbook, edited)
        compare_time = time.perf_counter() - start
        detect_flags(comparison, rules=rules)  # warm the token caches once
        wall, cpu = [], []
        for _ in range(5):
            start, start_cpu = time.perf_counter(), time.process_time()
            report = detect_flags(comparison, rules=rules)
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        # CPU time is shown too: on a shared machine wall time includes waiting
        print(f"handbook, {name}: compare {compare_time * 1000:.0f} ms; flags median "
              f"{statistics.median(wall) * 1000:.1f} ms wall, "
              f"{statistics.median(cpu) * 1000:.1f} ms CPU ({len(report.flags)} flags)")
    from policyeditor.core.flags import rules as rules_module

    rules_module._BUILTIN = None  # time a cold start: parse the TOML files again
    rules_module._LOADED.clear()
    start = time.perf_counter()
    cold = load_rules()
    print(f"rule loading (cold): {(time.perf_counter() - start) * 1000:.1f} ms "
          f"({len(cold.rules)} rules)")


if __name__ == "__main__":
    main()
