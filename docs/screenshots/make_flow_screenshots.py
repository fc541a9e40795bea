"""Take the release-flow screenshots, in Swedish: Save Version, Publish, the version history.

The seed (last changed 2021-01-24) is published as 1.0; the draft drops an
"inte" and adds a vendor. The screenshots show the Save Version dialog (the
next label suggested, "last changed" offered), the publish dialog with its
open flags, release notice and old-date hint, and the versions panel after an
override. Run offscreen::

    QT_QPA_PLATFORM=offscreen .venv/bin/python \\
        docs/screenshots/make_flow_screenshots.py ../shared/corpus/seed/sekretesspolicy.txt
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDialog, QPlainTextEdit  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.core.model import walk  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402
from policyeditor.ui.common.dialogs import Dialogs  # noqa: E402

OUT = Path(__file__).resolve().parent / "review-flow"
REASON = "Juridik har godkänt delningen med Salesforce (avtal 2026-11-30)."


def planted_workspace(seed: str) -> str:
    """The seed published as 1.0; the draft shares where it did not."""
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
        ws.save_draft(draft)
    return str(path)


def grab_then(name: str, finish: str) -> None:
    """Make every dialog the editor opens save a picture of itself, then accept or reject."""

    def exec_and_grab(self: Dialogs, dialog: QDialog) -> int:
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        QTest.qWait(200)
        dialog.grab().save(str(OUT / name))
        if finish == "accept":
            reason = dialog.findChild(QPlainTextEdit)
            if reason is not None:
                reason.setPlainText(REASON)
            dialog.accept()
            return QDialog.DialogCode.Accepted.value
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    Dialogs.exec = exec_and_grab  # type: ignore[method-assign]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    workspace = planted_workspace(sys.argv[1])
    app = make_application()
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(workspace)
    window = controller.window
    window.resize(1280, 800)
    QTest.qWaitForWindowExposed(window)
    grab_then("save-version-sv.png", "accept")
    controller.versions.save_version()
    grab_then("publish-sv.png", "accept")
    controller.review.publish_version()
    QTest.qWait(300)
    window.grab().save(str(OUT / "versions-override-sv.png"))
    window.close_guard = None
    window.close()
    if controller.session is not None:
        close_session(controller.session)
    print(f"wrote {sorted(p.name for p in OUT.glob('*.png'))}")


if __name__ == "__main__":
    main()
