"""Screenshots of the one palette: the preview, the compare view and a redline PDF page.

The seed is published as 1.0 with a link in section 1.2.5; the draft inserts
words right beside that link, deletes a word, moves 1.2.4 and adds a link in
inserted text, so an insertion, a deletion, a move and a link are on screen
together. ``PREFIX`` names the pair (``before`` / ``after`` the palette work).
Run under a display (poppler's ``pdftoppm`` and ImageMagick's ``convert``
needed for the PDF page)::

    Xvfb :97 -screen 0 1280x800x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python \\
        docs/screenshots/make_palette_screenshots.py ../shared/corpus/seed/sekretesspolicy.txt after
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

for var in ("POLICYEDITOR_CONFIG_DIR", "POLICYEDITOR_DATA_DIR", "POLICYEDITOR_CACHE_DIR"):
    os.environ[var] = tempfile.mkdtemp(prefix="pe-shot-")

from PySide6.QtTest import QTest  # noqa: E402

from policyeditor.app.documents import close_session  # noqa: E402
from policyeditor.core import edits  # noqa: E402
from policyeditor.core.model import walk  # noqa: E402
from policyeditor.gui import EditorApp, make_application  # noqa: E402
from policyeditor.ui.review.compare_view import CompareView  # noqa: E402

OUT = Path(__file__).resolve().parent / "palette"
LINK = "[Post- och telestyrelsen](https://pts.se/cookies)"
PDF_DPI = 110
MAX_HEIGHT = 800


def linked_workspace(seed: str) -> str:
    """The seed with a link, published as 1.0; a draft changing words around the link."""
    from policyeditor.core.importing import import_file
    from policyeditor.core.workspace import Workspace

    path = Path(tempfile.mkdtemp(prefix="pe-shot-")) / "sekretesspolicy.policy"
    policy = import_file(seed).policy
    cookies = {ref.number: ref.section for ref in walk(policy)}["1.2.5"]
    cookies.body += f"\n\nLäs mer om cookies hos {LINK}."
    with Workspace.create(path, policy) as ws:
        ws.save_version("1.0", author="Anna Lind", note="Första publicerade versionen")
        ws.publish("1.0", author="Anna Lind")
        draft = ws.load_draft()
        sections = {ref.number: ref.section for ref in walk(draft)}
        cookies = sections["1.2.5"]
        cookies.body = (
            cookies.body.replace("en liten fil", "en fil")
            .replace(f"cookies hos {LINK}", f"cookies och hur du blockerar dem hos {LINK}")
            + "\n\nSe även [vår cookielista](https://example.se/cookielista) för detaljer."
        )
        edits.move_down(draft, sections["1.2.4"].id).apply(draft)
        ws.save_draft(draft)
    return str(path)


def preview_shot(editor: EditorApp, workspace: str, prefix: str) -> None:
    """The main window with the preview scrolled to the section with the link."""
    controller = editor.start(workspace)
    window = controller.window
    window.resize(1280, 800)
    QTest.qWaitForWindowExposed(window)
    session = controller.session
    target = next(ref.section.id for ref in walk(session.policy)
                  if ref.section.heading.startswith("Cookies"))
    session.set_current(target)
    QTest.qWait(500)
    window.grab().save(str(OUT / f"{prefix}-preview.png"))
    compare_shots(controller, prefix)
    window.close_guard = None
    window.close()
    if controller.session is not None:
        close_session(controller.session)


def compare_shots(controller: object, prefix: str) -> None:
    """The compare view, inline and side by side, at the section with the link."""
    view = controller.review.open_compare()
    assert isinstance(view, CompareView)
    view.resize(1280, 800)
    view.move(0, 0)
    QTest.qWaitForWindowExposed(view)
    comparison = view.model.comparison
    assert comparison is not None
    index = next(i for i, change in enumerate(comparison.sections)
                 if change.new_section is not None
                 and change.new_section.heading.startswith("Cookies"))
    QTest.qWait(300)
    view.go_to_change(index)
    QTest.qWait(300)
    view.grab().save(str(OUT / f"{prefix}-compare-inline.png"))
    view.bar.side_button.click()
    QTest.qWait(300)
    view.go_to_change(index)
    QTest.qWait(300)
    view.grab().save(str(OUT / f"{prefix}-compare-side-by-side.png"))
    view.close()


def pdf_shot(workspace: str, prefix: str) -> None:
    """The redline PDF page with the cookie section, cropped to it (≤ 800 px high)."""
    folder = Path(tempfile.mkdtemp(prefix="pe-shot-"))
    pdf = folder / "redline.pdf"
    subprocess.run([sys.executable, "-m", "policyeditor", "compare", f"{workspace}@1.0",
                    workspace, "--format", "pdf", "-o", str(pdf)], check=True)
    page = _page_with(pdf, "blockerar")
    subprocess.run(["pdftoppm", "-png", "-r", str(PDF_DPI), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(folder / "page")], check=True)
    # the changed line about two fifths down: its heading above, the moved section below
    top = _word_top(pdf, page, "blockerar")
    y = max(0, int(top * PDF_DPI / 72) - 320)
    subprocess.run(["convert", str(folder / "page.png"), "-crop", f"x{MAX_HEIGHT}+0+{y}",
                    "+repage", str(OUT / f"{prefix}-redline-pdf.png")], check=True)


def _page_with(pdf: Path, word: str) -> int:
    """The last page with ``word``: the body, not the summary quoting the change."""
    from pypdf import PdfReader

    pages = [number for number, page in enumerate(PdfReader(pdf).pages, start=1)
             if word in page.extract_text()]
    if not pages:
        raise SystemExit(f"{word!r} not found in {pdf}")
    return pages[-1]


def _word_top(pdf: Path, page: int, word: str) -> float:
    """y (points from the top) of the first ``word`` on ``page``, from pdftotext -bbox."""
    text = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    for line in text.splitlines():
        if f">{word}<" in line:
            return float(line.split('yMin="')[1].split('"')[0])
    return 0.0


def main() -> None:
    seed, prefix = sys.argv[1], sys.argv[2]
    OUT.mkdir(exist_ok=True)
    workspace = linked_workspace(seed)
    app = make_application()
    editor = EditorApp(app)
    editor.settings.author_name = "Anna Lind"
    editor.settings.ui_language = "sv"
    editor.translations.apply("sv")
    preview_shot(editor, workspace, prefix)
    pdf_shot(workspace, prefix)
    print(f"wrote {OUT}/{prefix}-*.png")


if __name__ == "__main__":
    main()
