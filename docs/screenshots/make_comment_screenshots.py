"""Take the comments screenshot: the editor in Swedish with commented words and the panel.

Run with ``QT_QPA_PLATFORM=offscreen`` (or under a display)::

    .venv/bin/python docs/screenshots/make_comment_screenshots.py \
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

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.core.comments.edits import AddComment, AddReply  # noqa: E402
from policyeditor.core.model import Comment, Policy, Reply, Section, walk  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402

OUT = Path(__file__).resolve().parent / "comments"


def _comment(section: Section, quote: str, author: str, when: str, text: str,
             resolved: bool = False) -> Comment:
    start = section.body.index(quote)
    return Comment(author=author, created=when, quote=quote, text=text, resolved=resolved,
                   anchor=(start, start + len(quote)))


def workspace_with_comments(seed: str) -> str:
    """The seed in a workspace (version 1.0 saved) whose sections 6 and 6.2 carry threads."""
    from policyeditor.core.importing import import_file
    from policyeditor.core.workspace import Workspace

    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.policy"
    policy: Policy = import_file(seed).policy
    by_number = {ref.number: ref.section for ref in walk(policy)}
    six, six_two = by_number["6"], by_number["6.2"]
    first = _comment(six, "utanför Intensive Code", "Anna Lind", "2026-12-01T09:30:00Z",
                     "Räknas våra koncernbolag som utanför? Förtydliga gärna.")
    AddComment(six.id, first).apply(policy)
    AddReply(six.id, first.id, Reply("Erik Berg", "2026-12-01T13:05:00Z",
                                     "Nej, de omfattas av 6.2. Jag lägger till en mening.")
             ).apply(policy)
    AddComment(six.id, _comment(six, "i följande situationer", "Erik Berg",
                                "2026-12-02T08:15:00Z", "Listan är uttömmande.",
                                resolved=True)).apply(policy)
    AddComment(six_two.id, _comment(six_two, "närstående bolag", "Anna Lind",
                                    "2026-12-02T10:40:00Z",
                                    "Ange vilka bolag som avses.")).apply(policy)
    with Workspace.create(path, policy) as workspace:
        workspace.save_version("1.0", author="Anna Lind", note="Utkast för granskning")
    return str(path)


def main() -> None:
    seed = workspace_with_comments(sys.argv[1])
    OUT.mkdir(exist_ok=True)
    app = make_application()
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    controller = editor.start(seed)
    window = controller.window
    window.resize(1280, 800)
    QTest.qWaitForWindowExposed(window)
    session = controller.session
    six = next(ref.section for ref in walk(session.policy) if ref.number == "6")
    session.set_current(six.id)
    QTest.qWait(200)
    controller.comments.panel.choose(six.id, six.comments[0].id)
    body = window.editor.body_edit
    body.moveCursor(body.textCursor().MoveOperation.End)  # the marks, not a selection, show
    body.setFocus()
    QTest.qWait(400)
    target = OUT / "editor-comments-sv.png"
    window.grab().save(str(target))
    window.close_guard = None
    window.close()
    close_session(session)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
