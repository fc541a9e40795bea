"""Known-answer edits of real policies: every significant edit found, every
editorial edit quiet; technical corpus revisions mostly quiet."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from policyeditor.core.compare import compare
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.flags.rules import load_rules
from policyeditor.core.importing import import_file
from tests.core.flag_cases.cases import CASES, evaluate, rates

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_significant_edit_is_found_and_every_editorial_edit_is_quiet(
        corpus_dir: Path, language: str) -> None:
    cases = [case for case in CASES if case.language == language]
    assert sum(case.significant for case in cases) >= 17
    assert sum(not case.significant for case in cases) >= 5
    outcomes = evaluate(corpus_dir, cases)
    failures = [o.describe() for o in outcomes if not o.passed]
    assert failures == []
    assert rates(outcomes) == (1.0, 1.0)


def test_known_answer_cases_cover_every_category_in_both_languages() -> None:
    from policyeditor.core.compare.result import CATEGORIES

    for language in ("sv", "en"):
        covered = {c.category for c in CASES if c.language == language and c.significant}
        assert covered == set(CATEGORIES), set(CATEGORIES) - covered


def test_technical_revisions_of_the_corpus_are_mostly_quiet(corpus_dir: Path) -> None:
    histories = corpus_dir / "privacy-policy-histories"
    rules = load_rules()
    pairs: list[tuple[Path, Path]] = []
    for folder in sorted(p for p in histories.iterdir() if p.is_dir()):
        lines = (folder / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]
        technical = {f.split("\t")[0] for f in lines
                     if f.split("\t")[3].startswith(("Apply technical", "Refilter"))}
        files = sorted(folder.glob("*.md"))
        pairs.extend((a, b) for a, b in itertools.pairwise(files) if b.name in technical)
    assert len(pairs) >= 10
    quiet = 0
    for old, new in pairs:
        report = detect_flags(compare(import_file(old).policy, import_file(new).policy),
                              rules=rules)
        quiet += report.assessment == "editorial"
    assert quiet / len(pairs) >= 0.8
