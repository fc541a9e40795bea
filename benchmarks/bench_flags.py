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
        times = []
        for _ in range(5):
            start = time.perf_counter()
            report = detect_flags(comparison, rules=rules)
            times.append(time.perf_counter() - start)
        print(f"handbook, {name}: compare {compare_time * 1000:.0f} ms; "
              f"flags median {statistics.median(times) * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms ({len(report.flags)} flags)")
    start = time.perf_counter()
    cold = load_rules.__wrapped__() if hasattr(load_rules, "__wrapped__") else load_rules()
    print(f"rule loading: {(time.perf_counter() - start) * 1000:.1f} ms ({len(cold.rules)} rules)")


if __name__ == "__main__":
    main()
