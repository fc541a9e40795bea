"""Result guard for performance work on compare and flags (prints, never times).

Records every flag (rule, category, severity, section, id, evidence,
explanations) of ``detect_flags`` and the JSON of the comparison on: the
dense and 5 % handbook pairs, every consecutive corpus pair, and the
known-answer cases; ``--save FILE`` writes them, ``--check FILE`` compares
and lists what differs. An optimisation must leave the check clean.

Run: ``.venv/bin/python benchmarks/flag_guard.py --save /tmp/guard.json``
then ``.venv/bin/python benchmarks/flag_guard.py --check /tmp/guard.json``
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

# Section ids are random; the same ids on every run make the records comparable.
_IDS = random.Random(1)
uuid.uuid4 = lambda: uuid.UUID(int=_IDS.getrandbits(128), version=4)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from handbook import edited_copy, make_handbook  # noqa: E402

from policyeditor.core.compare import compare  # noqa: E402
from policyeditor.core.compare.json_format import comparison_to_json  # noqa: E402
from policyeditor.core.compare.result import Comparison, Flag  # noqa: E402
from policyeditor.core.flags.engine import detect_flags  # noqa: E402
from policyeditor.core.flags.rules import RuleSet, load_rules  # noqa: E402
from policyeditor.core.importing import import_file, import_text  # noqa: E402
from tests.core.flag_cases.cases import BASES, CASES  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _flag(flag: Flag) -> list[Any]:
    return [flag.rule, flag.category, flag.severity, flag.section, flag.section_id,
            flag.evidence, flag.explanation, flag.reference, flag.explanations]


def _record(comparison: Comparison, rules: RuleSet) -> dict[str, Any]:
    report = detect_flags(comparison, rules=rules)
    data = json.dumps(comparison_to_json(comparison), sort_keys=True, ensure_ascii=False)
    return {"flags": [_flag(f) for f in report.flags],
            "warnings": [str(w) for w in report.warnings],
            "compare": hashlib.sha256(data.encode()).hexdigest()}


def collect() -> dict[str, Any]:
    rules = load_rules()
    out: dict[str, Any] = {}
    handbook = make_handbook()
    for name, share in (("dense", 1.0), ("five", 0.05)):
        out[f"handbook-{name}"] = _record(
            compare(handbook, edited_copy(handbook, section_share=share, word_share=0.1)), rules)
    histories = CORPUS / "privacy-policy-histories"
    for folder in sorted(p for p in histories.iterdir() if p.is_dir()):
        files = sorted(folder.glob("*.md"))
        policies = {path: import_file(path).policy for path in files}
        for old, new in itertools.pairwise(files):
            out[f"{folder.name}/{old.name}->{new.name}"] = _record(
                compare(policies[old], policies[new]), rules)
    for case in CASES:
        relative, fmt = BASES[case.language]
        text = (CORPUS / relative).read_text(encoding="utf-8")
        before = import_text(text, fmt=fmt, language=case.language).policy
        after = import_text(case.apply(text), fmt=fmt, language=case.language).policy
        out[f"case:{case.name}"] = _record(compare(before, after), rules)
    return out


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    found = collect()
    flags = sum(len(v["flags"]) for v in found.values())
    if mode == "--save":
        path.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {len(found)} pairs, {flags} flags")
        return
    expected = json.loads(path.read_text(encoding="utf-8"))
    bad = [k for k in sorted(set(found) | set(expected)) if found.get(k) != expected.get(k)]
    for key in bad[:20]:
        print("DIFFERS:", key)
    print(f"checked {len(found)} pairs, {flags} flags: "
          f"{'identical' if not bad else f'{len(bad)} differ'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
