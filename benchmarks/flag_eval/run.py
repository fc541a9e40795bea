"""Flags on real revisions, measured on a labelled set (issue 15).

Reads ``pairs.toml`` (consecutive version pairs of the five corpus histories,
each labelled significant with its categories, or editorial, from the word
diff) and ``planted.toml`` (Swedish edits of the seed), runs compare and the
flag rules, and prints:

- recall with the right category: significant pairs with a medium/high flag
  whose category (or a secondary category of a merged flag) is a labelled one;
- editorial pairs kept quiet: no medium/high flag at all;
- medium/high flags per significant pair (max and mean) and per real change
  (the labelled ``changes`` count);
- the CPU time of compare + flags for the largest corpus pair, the largest
  revision and two full rewrites (median and least of 9 runs).

Held-out pairs (``holdout = true``) are also reported on their own.
``--show`` lists every miss and every noisy editorial pair with its flags.

Run: ``.venv/bin/python benchmarks/flag_eval/run.py [--show]``
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from policyeditor.core.compare import compare  # noqa: E402
from policyeditor.core.compare.result import Flag  # noqa: E402
from policyeditor.core.flags.engine import detect_flags  # noqa: E402
from policyeditor.core.flags.rules import RuleSet, load_rules  # noqa: E402
from policyeditor.core.importing import import_file, import_text  # noqa: E402
from policyeditor.core.model import Policy  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "shared" / "corpus"
HISTORIES = CORPUS / "privacy-policy-histories"
SEED = CORPUS / "seed" / "sekretesspolicy.txt"


@dataclass
class Outcome:
    """What the flags said about one labelled pair or planted edit."""

    name: str
    significant: bool
    categories: list[str]
    flags: list[Flag]
    changes: int = 1
    holdout: bool = False
    least: str = "medium"

    @property
    def loud(self) -> list[Flag]:
        """The medium and high flags."""
        return [f for f in self.flags if f.severity in ("medium", "high")]

    @property
    def right(self) -> bool:
        """A significant pair with a medium/high flag in a labelled category."""
        wanted = set(self.categories)
        for flag in self.loud:
            if self.least == "high" and flag.severity != "high":
                continue
            if flag.category in wanted or wanted & set(getattr(flag, "secondary", ()) or ()):
                return True
        return False

    @property
    def right_lead(self) -> bool:
        """As :attr:`right`, counting only the leading category of each flag."""
        return any(f.category in self.categories for f in self.loud
                   if self.least != "high" or f.severity == "high")

    @property
    def passed(self) -> bool:
        """Right for a significant pair, quiet for an editorial one."""
        return self.right if self.significant else not self.loud

    def describe(self) -> str:
        """One line per flag, for ``--show``."""
        tag = ("NOISY" if not self.significant else "MISS" if not self.right
               else f"MANY ({len(self.loud)} for {self.changes} changes)")
        head = (f"{tag} {self.name} "
                f"(want {', '.join(self.categories) or 'quiet'})")
        lines = [head]
        for f in self.loud:
            secondary = getattr(f, "secondary", ()) or ()
            extra = f" +{','.join(secondary)}" if secondary else ""
            lines.append(f"    {f.severity} {f.category}{extra} {f.rule} §{f.section}: "
                         f"{f.evidence[:150]}")
        return "\n".join(lines)


_POLICIES: dict[Path, Policy] = {}


def _policy(path: Path) -> Policy:
    if path not in _POLICIES:
        _POLICIES[path] = import_file(path).policy
    return _POLICIES[path]


def labelled_pairs(rules: RuleSet) -> list[Outcome]:
    """Every labelled corpus pair with its flags."""
    data = tomllib.loads((HERE / "pairs.toml").read_text(encoding="utf-8"))
    out = []
    for pair in data["pair"]:
        folder = HISTORIES / pair["service"]
        comparison = compare(_policy(folder / pair["old"]), _policy(folder / pair["new"]))
        report = detect_flags(comparison, rules=rules)
        out.append(Outcome(
            f"{pair['service']} {pair['old'][:3]}→{pair['new'][:3]}",
            pair["label"] == "significant", pair.get("categories", []), report.flags,
            pair.get("changes", 1), pair.get("holdout", False)))
    return out


def _edit(text: str, spec: dict[str, Any]) -> str:
    if spec["find"] not in text:
        raise ValueError(f"{spec['find'][:60]!r} is not in the text")
    return text.replace(spec["find"], spec["replace"], -1 if spec.get("all") else 1)


def planted_edits(rules: RuleSet) -> list[Outcome]:
    """Every planted Swedish edit of the seed with its flags."""
    data = tomllib.loads((HERE / "planted.toml").read_text(encoding="utf-8"))
    seed = SEED.read_text(encoding="utf-8")
    out = []
    for edit in data["edit"]:
        base = _edit(seed, edit["setup"]) if "setup" in edit else seed
        before = import_text(base, fmt="txt", language="sv").policy
        after = import_text(_edit(base, edit), fmt="txt", language="sv").policy
        report = detect_flags(compare(before, after), rules=rules)
        categories = edit.get("categories", [])
        out.append(Outcome(f"sv {edit['name']}", bool(categories), categories, report.flags,
                           least=edit.get("severity", "medium")))
    return out


def _figures(title: str, outcomes: list[Outcome]) -> None:
    significant = [o for o in outcomes if o.significant]
    editorial = [o for o in outcomes if not o.significant]
    right = sum(o.right for o in significant)
    quiet = sum(not o.loud for o in editorial)
    print(f"{title}: {len(outcomes)} pairs ({len(significant)} significant, "
          f"{len(editorial)} editorial)")
    if significant:
        lead = sum(o.right_lead for o in significant)
        print(f"  recall with the right category: {right}/{len(significant)} "
              f"({right / len(significant):.1%}; as the leading category: {lead})")
        counts = [len(o.loud) for o in significant]
        per_change = [len(o.loud) / max(o.changes, 1) for o in significant]
        print(f"  medium/high flags per significant pair: max {max(counts)}, "
              f"mean {statistics.mean(counts):.1f}; per real change: "
              f"max {max(per_change):.1f}, mean {statistics.mean(per_change):.2f}")
    if editorial:
        print(f"  editorial pairs kept quiet: {quiet}/{len(editorial)} "
              f"({quiet / len(editorial):.1%})")


def _changed_chars(old: Path, new: Path) -> int:
    comparison = compare(_policy(old), _policy(new))
    return sum(len(text) for change in comparison.sections
               for op, text in change.heading + change.body if op)


def _time(old: Path, new: Path, rules: RuleSet) -> tuple[float, float]:
    """(median, least) CPU seconds of compare + flags over 9 runs.

    CPU time, not wall time: the machine is shared, and waiting for a core
    is not the code's cost.
    """
    before, after = _policy(old), _policy(new)
    detect_flags(compare(before, after), rules=rules)  # warm caches as the app would be
    spent = []
    for _ in range(9):
        start = time.process_time()
        detect_flags(compare(before, after), rules=rules)
        spent.append(time.process_time() - start)
    return statistics.median(spent), min(spent)


# Two full rewrites, timed besides the largest pair and the largest revision.
_REWRITES = (("Spotify", "002_2022-11-23.md", "003_2022-12-30.md"),
             ("Quora", "012_2022-07-30.md", "013_2022-08-05.md"))


def largest_pair_time(rules: RuleSet) -> None:
    """Compare + flags of the largest corpus pair, the largest revision and two rewrites.

    The largest pair by size differs only in a title link, so the pair with
    the most changed text (the largest revision) is timed as well.
    """
    pairs = []
    for folder in sorted(p for p in HISTORIES.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.md"))
        pairs.extend(itertools.pairwise(files))
    biggest = max(pairs, key=lambda p: p[0].stat().st_size + p[1].stat().st_size)
    revision = max(pairs, key=lambda p: _changed_chars(*p))
    timed = [("largest corpus pair", biggest), ("largest revision", revision)]
    timed += [("rewrite", (HISTORIES / s / a, HISTORIES / s / b)) for s, a, b in _REWRITES]
    for what, (old, new) in timed:
        median, least = _time(old, new, rules)
        print(f"{what} {old.parent.name} {old.name[:3]}→{new.name[:3]}: compare + flags "
              f"{median * 1000:.1f} ms CPU median, {least * 1000:.1f} ms least of 9")


def main() -> None:
    if not HISTORIES.is_dir():
        print("skipped: ../shared/corpus is absent")
        return
    rules = load_rules()
    pairs = labelled_pairs(rules)
    planted = planted_edits(rules)
    if "--show" in sys.argv:
        for outcome in pairs + planted:
            if not outcome.passed or (outcome.significant and len(outcome.loud) > 5):
                print(outcome.describe())
    _figures("labelled corpus pairs", pairs)
    _figures("  of which held out", [o for o in pairs if o.holdout])
    _figures("planted Swedish edits", planted)
    largest_pair_time(rules)


if __name__ == "__main__":
    main()
