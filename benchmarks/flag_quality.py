"""Significance-flag quality: recall, quiet rate, and the real corpus.

1. Known-answer edits (``tests/core/flag_cases/cases.py``) of the Swedish
   seed and an English corpus version: recall over the significant edits
   and quiet rate over the editorial ones (aim: 100 % of both);
2. every consecutive pair of the corpus histories: the share of pairs with
   no medium/high flag, separately for pairs whose manifest subject is
   "Apply technical or declaration upgrade" or "Refilter" (should be
   mostly quiet) and for the others; ``--show`` lists the flags of the
   technical pairs.

Run: ``.venv/bin/python benchmarks/flag_quality.py [--show]``
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policyeditor.core.compare import compare  # noqa: E402
from policyeditor.core.flags.engine import detect_flags  # noqa: E402
from policyeditor.core.flags.rules import load_rules  # noqa: E402
from policyeditor.core.importing import import_file  # noqa: E402
from tests.core.flag_cases.cases import evaluate, rates  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
TECHNICAL = ("Apply technical or declaration upgrade", "Refilter")


def known_answers() -> None:
    outcomes = evaluate(CORPUS)
    for outcome in outcomes:
        if not outcome.passed:
            print(outcome.describe())
    recall, quiet = rates(outcomes)
    for language in ("sv", "en"):
        part = [o for o in outcomes if o.case.language == language]
        r, q = rates(part)
        sig = sum(o.case.significant for o in part)
        print(f"known answers {language}: recall {r:.0%} of {sig} significant edits, "
              f"quiet rate {q:.0%} of {len(part) - sig} editorial edits")
    print(f"known answers overall: recall {recall:.1%}, quiet rate {quiet:.1%}")


def corpus_pairs(show: bool) -> None:
    histories = CORPUS / "privacy-policy-histories"
    rules = load_rules()
    quiet: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    spent = 0.0
    for folder in sorted(p for p in histories.iterdir() if p.is_dir()):
        subjects = {}
        for line in (folder / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            subjects[fields[0]] = fields[3] if len(fields) > 3 else ""
        files = sorted(folder.glob("*.md"))
        policies = {path: import_file(path).policy for path in files}
        for old, new in itertools.pairwise(files):
            kind = "technical" if subjects.get(new.name, "").startswith(TECHNICAL) else "other"
            comparison = compare(policies[old], policies[new])
            start = time.perf_counter()
            report = detect_flags(comparison, rules=rules)
            spent += time.perf_counter() - start
            total[kind] += 1
            significant = [f for f in report.flags if f.severity != "low"]
            quiet[kind] += not significant
            by_rule.update(f.rule for f in significant)
            if show and kind == "technical" and significant:
                print(f"  {folder.name}/{new.name}: "
                      + "; ".join(f"{f.severity} {f.rule} §{f.section}" for f in significant))
    for kind in ("technical", "other"):
        if total[kind]:
            print(f"corpus pairs, {kind}: {quiet[kind]}/{total[kind]} quiet "
                  f"({quiet[kind] / total[kind]:.0%})")
    pairs = sum(total.values())
    print(f"corpus: {pairs} pairs, flags {spent * 1000:.0f} ms in all "
          f"({spent * 1000 / max(pairs, 1):.1f} ms per pair)")
    common = ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common(8))
    print(f"most frequent medium/high rules: {common}")


def main() -> None:
    if not CORPUS.is_dir():
        print("skipped: ../shared/corpus is absent")
        return
    known_answers()
    corpus_pairs("--show" in sys.argv)


if __name__ == "__main__":
    main()
