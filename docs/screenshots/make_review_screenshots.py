"""Take the review-desk screenshots: the compare view in both modes, in Swedish, 1280×800.

The seed is published as 1.0; the draft carries planted significant edits
(negation dropped, a new vendor, a retention period, a moved subsection, a new
section on transfers abroad). Run under a display or offscreen::

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python \\
        docs/screenshots/make_review_screenshots.py ../shared/corpus/seed/sekretesspolicy.txt
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtTest import QTest  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.core import edits  # noqa: E402
from policyeditor.core.model import Section, walk  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402
from policyeditor.ui.review.compare_view import CompareView  # noqa: E402

OUT = Path(__file__).resolve().parent


def planted_workspace(seed: str) -> str:
    """The seed published as 1.0, the draft with significant edits."""
    from policyeditor.core.importing import import_file
    from policyeditor.core.workspace import Workspace

    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.policy"
    with Workspace.create(path, import_file(seed).policy) as ws:
        ws.save_version("1.0", author="Anna Lind", note="Första publicerade versionen")
        ws.publish("1.0", author="Anna Lind")
        draft = ws.load_draft()
        sections = {ref.number: ref.section for ref in walk(draft)}
        sections["6"].body = sections["6"].body.replace("Vi delar inte", "Vi delar")
        sections["6.2"].body += "\n\nVi anlitar Salesforce Inc. för att lagra kunduppgifter."
        sections[
            "5"
        ].body += "\n\nVi sparar dina uppgifter i 36 månader efter att kontot avslutats."
        edits.move_down(draft, sections["1.2.4"].id).apply(draft)
        draft.sections.append(
            Section(
                heading="Överföring till tredje land",
                body="Vi kan överföra personuppgifter till mottagare i USA.",
            )
        )
        ws.save_draft(draft)
    return str(path)


def main() -> None:
    workspace = planted_workspace(sys.argv[1])
    app = make_application()
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(workspace)
    QTest.qWaitForWindowExposed(controller.window)
    view = controller.review.open_compare()
    assert isinstance(view, CompareView)
    view.resize(1280, 800)
    view.move(0, 0)
    QTest.qWaitForWindowExposed(view)
    # Acknowledge one flag so both review states show.
    retention = next(s for s in view.model.states if s.flag.category == "retention")
    view.model.acknowledge(
        retention.flag, retention.key, "Anna Lind", "36 månader stämmer med gallringsrutinen."
    )
    negation = next(s for s in view.model.states if s.flag.rule == "negation-removed")
    view.flags.select_key(negation.key)
    QTest.qWait(300)
    view.grab().save(str(OUT / "compare-inline-sv.png"))
    view.bar.side_button.click()
    vendor = next(s for s in view.model.states if s.flag.rule == "new-name")
    view.flags.select_key(vendor.key)
    QTest.qWait(300)
    view.grab().save(str(OUT / "compare-side-by-side-sv.png"))
    controller.window.close_guard = None
    view.close()
    controller.window.close()
    if controller.session is not None:
        close_session(controller.session)
    print(f"wrote {OUT}/compare-inline-sv.png and compare-side-by-side-sv.png")


if __name__ == "__main__":
    main()
