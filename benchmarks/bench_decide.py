"""What accepting or rejecting changes costs (prints figures, asserts nothing).

For each case: listing the decidable changes, the inline redline with every
other change decided (what the compare view renders after each decision, as
rich text in a pane) against the plain redline, building the document from
the decisions, and the edits that make the draft read so. Cases: the seed
with planted edits, a real history pair (Spotify 002 → 003), and the ~1 MB
synthetic handbook with 5 % of its sections edited.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_decide.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ.setdefault(var, tempfile.mkdtemp(prefix="pe-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_review import CORPUS, timed  # noqa: E402
from policyeditor.core.compare import compare  # noqa: E402
from policyeditor.core.importing import import_file  # noqa: E402
from policyeditor.core.merge.build import build_policy  # noqa: E402
from policyeditor.core.merge.changes import ACCEPT, REJECT, list_changes  # noqa: E402
from policyeditor.core.merge.draft_edits import draft_edits  # noqa: E402
from policyeditor.core.merge.preview import decided_comparison, finish_html  # noqa: E402
from policyeditor.core.model import Policy  # noqa: E402
from policyeditor.core.render.redline.panes import INLINE, RenderOptions, redline_html  # noqa: E402
from policyeditor.ui.review.compare_panes import RedlinePane  # noqa: E402


def case(name: str, old: Policy, new: Policy) -> None:
    c = compare(old, new)
    changes = list_changes(c)
    decisions = {ch.key: (ACCEPT if i % 2 else REJECT) for i, ch in enumerate(changes)}
    print(f"{name}: {len(c.sections)} sections, {len(changes)} changes")
    timed("list the changes", lambda: list_changes(c))
    pane = RedlinePane("bench")
    options = RenderOptions()
    timed("inline pane, plain redline", lambda: pane.show_html(redline_html(c, INLINE, options)))

    def decided() -> None:
        shown = decided_comparison(c, changes, decisions)
        pane.show_html(finish_html(redline_html(shown, INLINE, options)))

    timed("inline pane, half decided", decided)
    timed("build from the decisions", lambda: build_policy(c, decisions))
    built = build_policy(c, decisions)
    timed("edits draft -> built", lambda: draft_edits(new, built))


def main() -> None:
    QApplication.instance() or QApplication([])
    seed_file = CORPUS / "seed" / "sekretesspolicy.txt"
    if seed_file.is_file():
        from tests.ui.review_helpers import plant_edits

        seed = import_file(seed_file).policy
        case("seed with planted edits", seed, plant_edits(seed))
        spotify = CORPUS / "privacy-policy-histories" / "Spotify"
        case("Spotify 002 -> 003", import_file(spotify / "002_2022-11-23.md").policy,
             import_file(spotify / "003_2022-12-30.md").policy)
    from benchmarks.handbook import edited_copy, make_handbook

    book = make_handbook()
    case("handbook ~1 MB, 5 % of sections edited", book,
         edited_copy(book, section_share=0.05, word_share=0.1))


if __name__ == "__main__":
    main()
