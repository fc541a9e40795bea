"""Take the accept/reject screenshots of the compare view, in Swedish, 1280×800.

The seed is published as 1.0 and a revision is imported into the draft (a
dropped "inte", a new retention sentence, a renamed heading, TLS instead of
SSL, a new section). Some changes are decided (one rejected, some accepted),
the rest left open, and the compare view is grabbed inline and side by side,
then after Apply to Draft. Run offscreen::

    QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        docs/screenshots/accept-reject/make_accept_reject_screenshots.py \\
        ../shared/corpus/seed/sekretesspolicy.txt
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtTest import QTest  # noqa: E402

from policyeditor.core.idmatch import carry_over_ids  # noqa: E402
from policyeditor.core.importing import import_file, import_text  # noqa: E402
from policyeditor.core.workspace import Workspace  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402
from policyeditor.ui.review.compare_view import CompareView  # noqa: E402

OUT = Path(__file__).resolve().parent
EDITS = [
    ("Vi delar inte personuppgifter med företag", "Vi delar personuppgifter med företag"),
    ("5. Komma åt och uppdatera personuppgifter",
     "5. Komma åt, uppdatera och radera personuppgifter"),
    ("finnas kvar i våra säkerhetskopieringssystem.",
     "finnas kvar i våra säkerhetskopieringssystem.\n\n"
     "Vi sparar dina uppgifter i 36 månader efter att kontot avslutats."),
    ("Vi krypterar många av våra tjänster med SSL.", "Vi krypterar alla våra tjänster med TLS."),
    ("8. Förändringar", "8. Överföring till tredje land\n\n"
     "Vi kan överföra personuppgifter till mottagare i USA.\n\n9. Förändringar"),
]


def workspace(seed: str) -> str:
    """The seed published as 1.0, the revision imported into the draft (ids carried over)."""
    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.policy"
    text = Path(seed).read_text(encoding="utf-8")
    for old, new in EDITS:
        text = text.replace(old, new)
    with Workspace.create(path, import_file(seed).policy) as ws:
        ws.save_version("1.0", author="Anna Lind", note="Första publicerade versionen")
        ws.publish("1.0", author="Anna Lind")
        revision = import_text(text, language="sv").policy
        ws.replace_draft(carry_over_ids(ws.load_draft(), revision), detail="revision.txt")
    return str(path)


def select(view: CompareView, words: str) -> None:
    """Make the change whose row contains ``words`` current."""
    tree = view.decide.list
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            if words in group.child(r).text(0):
                tree.setCurrentItem(group.child(r))
                return
    raise LookupError(words)


def main() -> None:
    path = workspace(sys.argv[1])
    app = make_application()
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(path)
    QTest.qWaitForWindowExposed(controller.window)
    view = controller.review.open_compare()
    assert isinstance(view, CompareView)
    view.resize(1280, 800)
    view.move(0, 0)
    QTest.qWaitForWindowExposed(view)
    view.bar.collapse.setChecked(True)
    a = view.decide.actions
    select(view, "Rubrik")
    a.review_accept_change.trigger()
    select(view, "“inte”")
    a.review_reject_change.trigger()
    select(view, "36 månader")
    a.review_accept_change.trigger()
    select(view, "SSL")
    QTest.qWait(300)
    print("minimum width:", view.minimumSizeHint().width(), "width:", view.width())
    view.grab().save(str(OUT / "compare-decisions-inline-sv.png"))
    view.bar.side_button.click()
    view.decide.show_current()
    QTest.qWait(300)
    view.grab().save(str(OUT / "compare-decisions-side-by-side-sv.png"))
    view.bar.inline_button.click()
    a.review_apply_decisions.trigger()
    QTest.qWait(300)
    view.grab().save(str(OUT / "compare-after-apply-sv.png"))
    controller.window.close_guard = None
    view.close()
    controller.window.close()


if __name__ == "__main__":
    main()
