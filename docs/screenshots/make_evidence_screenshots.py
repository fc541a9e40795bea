"""Take the release-record screenshots (issue 17), in Swedish.

A workspace of the seed: 1.0 saved by Anna Lind, approved by Bertil Ek and
published; 2.0 shares personal data with a new recipient (two high flags and
two medium ones): one flag acknowledged by Cecilia Berg, 2.0 approved by
Bertil Ek and published by Anna Lind with an override reason; the next review
date has passed. Writes into ``evidence/``:

- ``versions-timeline-sv.png``: the versions panel with 2.0's timeline;
- ``review-banner-sv.png``: the editor with the overdue-review banner;
- ``evidence-pack-pageNN.png``: pages of 2.0's evidence pack (50 dpi).

Run offscreen::

    QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        docs/screenshots/make_evidence_screenshots.py ../shared/corpus/seed/sekretesspolicy.txt
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402

OUT = Path(__file__).resolve().parent / "evidence"
PAGES = (1, 2, 3, 4, 9, 13)  # cover, timeline, flags, published text, redline summary, a change


def released_workspace(seed: str) -> Path:
    """1.0 and 2.0 published, the trail as described above, the review overdue."""
    from policyeditor.app.services import review
    from policyeditor.core.importing import import_file
    from policyeditor.core.review.flagged import flagged_comparison
    from policyeditor.core.review.states import review_states
    from policyeditor.core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="pe-shot-"))
    path = folder / "sekretesspolicy.policy"
    text = Path(seed).read_text(encoding="utf-8")
    revised = folder / "revised.txt"
    revised.write_text(
        text.replace("Vi delar inte personuppgifter", "Vi delar personuppgifter").replace(
            "6.1 Med ditt samtycke",
            "Vi delar kontaktuppgifter med Analytix AB för kundanalys.\n\n6.1 Med ditt samtycke"),
        encoding="utf-8")
    with Workspace.create(path, import_file(seed).policy) as ws:
        ws.set_requires_second_approver(True)
        ws.save_version("1.0", author="Anna Lind", note="Första publicerade versionen")
        ws.approve("1.0", author="Bertil Ek", note="Läst i sin helhet")
        ws.publish("1.0", author="Anna Lind")
    # a revision drafted elsewhere, imported as the CLI does (ids carried over)
    subprocess.run([sys.executable, "-m", "policyeditor", "import", str(revised), "-o",
                    str(path)], check=True, capture_output=True)
    with Workspace.open(path) as ws:
        ws.save_version("2.0", author="Anna Lind", note="Kundanalys med Analytix AB")
        comparison = flagged_comparison(ws.load_version("1.0"), ws.load_version("2.0")).comparison
        medium = next(s for s in review_states(comparison, []) if s.flag.severity == "medium")
        review.acknowledge(ws, comparison, medium.flag, medium.key, reviewer="Cecilia Berg",
                           comment="Analytix AB är vårt personuppgiftsbiträde enligt avtal.")
        ws.approve("2.0", author="Bertil Ek", note="Avtalet med Analytix AB läst")
        ws.publish("2.0", author="Anna Lind",
                   override_reason="Dataskyddsombudet har granskat avtalet med Analytix AB")
        ws.set_review_by("2026-06-30")
    return path


def pack_pages(path: Path) -> None:
    """Write 2.0's evidence pack and picture some of its pages."""
    from policyeditor.app.services.publishing import write_evidence_pack
    from policyeditor.core.workspace import Workspace

    pack = path.with_name("pack.pdf")
    with Workspace.open(path, readonly=True) as ws:
        write_evidence_pack(ws, "2.0", pack)
    for page in PAGES:
        stem = OUT / f"evidence-pack-page{page:02d}"
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", "-f", str(page),
                        "-l", str(page), str(pack), str(stem)], check=True)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    app = make_application()  # before the PDF writer would make a QGuiApplication of its own
    workspace = released_workspace(sys.argv[1])
    pack_pages(workspace)
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(str(workspace))
    window = controller.window
    window.resize(1280, 800)
    QTest.qWaitForWindowExposed(window)
    panel = window.versions_panel
    tree = panel.tree
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(tree.topLevelItem(1)).center())
    window.versions_dock.resize(1280, 330)
    window.resizeDocks([window.versions_dock], [330], Qt.Orientation.Vertical)
    QTest.qWait(300)
    window.versions_dock.grab().save(str(OUT / "versions-timeline-sv.png"))
    window.grab().scaled(800, 500, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation).save(
        str(OUT / "review-banner-sv.png"))
    window.close_guard = None
    window.close()
    if controller.session is not None:
        close_session(controller.session)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
