"""How long the review desk takes to show a comparison (prints figures, asserts nothing).

For each case: the review model's refresh (compare + flags + review states)
and the rich-text rendering of the inline view and of both side-by-side
panes, as wall and CPU time (the machine is shared). Cases: the seed with
planted edits, a real history pair (Spotify 002 → 003), and the ~1 MB
synthetic handbook with 5 % of its sections edited.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_review.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ.setdefault(var, tempfile.mkdtemp(prefix="pe-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from policyeditor.app.review_session import ReviewModel  # noqa: E402
from policyeditor.app.session import DocumentSession  # noqa: E402
from policyeditor.core.importing import import_file  # noqa: E402
from policyeditor.core.model import Policy  # noqa: E402
from policyeditor.core.render.redline.panes import (  # noqa: E402
    INLINE,
    NEW,
    OLD,
    RenderOptions,
    redline_html,
)
from policyeditor.core.workspace import Workspace  # noqa: E402
from policyeditor.ui.review.compare_panes import RedlinePane  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def timed(label: str, run: Callable[[], object], repeat: int = 3) -> None:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    print(f"  {label:<34} wall {min(walls) * 1000:8.1f} ms   cpu {min(cpus) * 1000:8.1f} ms")


def case(name: str, old: Policy, new: Policy) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pe-bench-"))
    ws = Workspace.create(folder / "b.policy", old)
    ws.save_version("1.0")
    ws.publish("1.0")
    session = DocumentSession(new, workspace=ws)
    model = ReviewModel(session)
    print(f"{name}:")
    timed("refresh (compare + flags + states)", model.refresh)
    assert model.comparison is not None
    c = model.comparison
    counts = c.counts()
    print(f"  {len(c.sections)} sections, {counts['modified']} modified, {len(c.flags)} flags")
    options = RenderOptions()
    pane = RedlinePane("bench")
    timed("inline rich text (collapsed)", lambda: pane.show_html(redline_html(c, INLINE, options)))
    full = RenderOptions(collapse_unchanged=False)
    timed("inline rich text (all unfolded)", lambda: pane.show_html(redline_html(c, INLINE, full)))

    def both() -> None:
        pane.show_html(redline_html(c, OLD, options))
        pane.show_html(redline_html(c, NEW, options))

    timed("side-by-side panes (collapsed)", both)
    ws.close()


def main() -> None:
    QApplication.instance() or QApplication([])
    seed_file = CORPUS / "seed" / "sekretesspolicy.txt"
    if seed_file.is_file():
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.ui.review_helpers import plant_edits

        seed = import_file(seed_file).policy
        case("seed with planted edits", seed, plant_edits(seed))
        spotify = CORPUS / "privacy-policy-histories" / "Spotify"
        old = import_file(spotify / "002_2022-11-23.md").policy
        new = import_file(spotify / "003_2022-12-30.md").policy
        case("Spotify 002 -> 003", old, new)
    from benchmarks.handbook import edited_copy, make_handbook

    book = make_handbook()
    case(
        "handbook ~1 MB, 5 % of sections edited",
        book,
        edited_copy(book, section_share=0.05, word_share=0.1),
    )


if __name__ == "__main__":
    main()
