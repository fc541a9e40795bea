"""``policyeditor lint SOURCE [--format text|json]``: drafting problems (DESIGN.md §5–6).

Exit 0 when the document is clean, 1 with findings, 2 for bad input (and a
missing dictionary). Findings are worded in the document's language; the JSON
is the contract of DESIGN.md §6. A workspace's own dictionary (the words its
editors "added to dictionary") is honoured.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from policyeditor.commands.common import EXIT_OK, EXIT_PROBLEMS, report_warnings

_SUGGESTIONS = {"sv": "förslag", "en": "suggestions"}


def _user_words(spec: str) -> list[str]:
    from policyeditor.core.sources import is_workspace_path, split_spec

    path, _label = split_spec(spec)
    if not is_workspace_path(path):
        return []
    from policyeditor.core.workspace import Workspace

    with Workspace.open(path, readonly=True) as workspace:
        return workspace.dictionary_words()


def run_lint(args: argparse.Namespace) -> int:
    """Check SOURCE and print its findings."""
    from policyeditor.app.paths import cache_dir
    from policyeditor.core.lint import lint_policy, load_spellers, message
    from policyeditor.core.sources import load_source

    loaded = load_source(args.source)
    report_warnings(loaded.warnings)
    policy = loaded.policy
    try:
        cache: Path | None = cache_dir()
    except OSError:
        cache = None  # no cache folder: the dictionaries load unsplit, each time
    spellers = load_spellers(cache=cache)
    findings = lint_policy(policy, spellers, user_words=_user_words(args.source))
    language = policy.language
    if args.format == "json":
        document = {"findings": [f.to_json(message(f, language)) for f in findings]}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            where = finding.section or "-"
            line = f"{where}: {finding.kind}: {message(finding, language)}"
            if finding.suggestions:
                label = _SUGGESTIONS.get(language, "suggestions")
                line += f" ({label}: {', '.join(finding.suggestions[:3])})"
            print(line)
    return EXIT_PROBLEMS if findings else EXIT_OK

