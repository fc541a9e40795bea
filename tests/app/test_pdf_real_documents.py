"""PDF exports of shapes found in real corpus policies, read back with pypdf."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policyeditor.app.pdf.policy_pdf import write_policy_pdf
from policyeditor.core.model import Policy, Section
from tests.app.test_pdf_export import catalog, pdf_text


def test_effective_date_on_title_page(tmp_path: Path) -> None:
    policy = Policy("Privacy Policy", "en", {"effective": "2026-07-01"}, "", [Section("A", "a")])
    out = tmp_path / "p.pdf"
    write_policy_pdf(policy, out)
    first = " ".join(pdf_text(out)[0].split())
    assert "Effective 2026-07-01" in first


TABLE = (
    "| Right | How? |\n| --- | --- |\n"
    "| Be informed | We inform you:<br><br>*   through this Policy<br>*   by email |\n"
    "| Access | Download |\n\nAfter the table."
)


def test_table_has_visible_rules_and_bulleted_cells(tmp_path: Path) -> None:
    # Spotify's tables printed as loose columns without any rule
    # (border="0.5" draws nothing in Qt) and with literal "*" items.
    from PySide6.QtGui import QTextDocument, QTextTable

    from policyeditor.core.render.document.sections import body_html
    from policyeditor.core.render.target import Target

    doc = QTextDocument()
    doc.setHtml(body_html(TABLE, Target.QT))
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    fmt = tables[0].format()
    assert fmt.border() >= 1 and fmt.borderCollapse()
    out = tmp_path / "t.pdf"
    write_policy_pdf(Policy("P", "en", {}, "", [Section("A", TABLE)]), out)
    text = " ".join(" ".join(pdf_text(out)).split())
    assert "• through this Policy" in text and "• by email" in text
    assert "* through" not in text


def test_redline_pdf_of_a_changed_table_keeps_rows(tmp_path: Path) -> None:
    from policyeditor.app.pdf.redline_pdf import write_comparison_pdf
    from policyeditor.core.compare.engine import compare
    from tests.core.test_render_real_documents import RIGHTS_NEW, RIGHTS_OLD

    old = Policy("P", "en", {}, "", [Section("Rights", RIGHTS_OLD, id="r")])
    new = Policy("P", "en", {}, "", [Section("Rights", RIGHTS_NEW, id="r")])
    out = tmp_path / "r.pdf"
    write_comparison_pdf(compare(old, new), out)
    text = " ".join(pdf_text(out))
    assert "---" not in text and "| " not in text
    for words in ("Be informed", "Erasure", "Account Privacy", "Object to processing"):
        assert words in " ".join(text.split())


def test_german_policy_marked_swedish_prints_german_words_and_lang(tmp_path: Path) -> None:
    import pypdf

    from tests.core.test_render_real_documents import german_marked_swedish

    out = tmp_path / "de.pdf"
    write_policy_pdf(german_marked_swedish(), out)
    texts = pdf_text(out)
    assert f"Seite 1 von {len(texts)}" in texts[0] and "Inhalt" in texts[0]
    assert "sida" not in " ".join(texts)
    assert catalog(pypdf.PdfReader(str(out)))["/Lang"] == "de"


def _front_doc(policy: Policy, lang: str, width: float) -> Any:
    from PySide6.QtGui import QTextDocument

    from policyeditor.app.pdf.fonts import ensure_gui_application
    from policyeditor.core.render.document.front import front_html
    from policyeditor.core.render.stamp import resolve_stamp
    from policyeditor.core.render.style import stylesheet
    from policyeditor.core.render.target import Target

    ensure_gui_application()
    doc = QTextDocument()
    doc.setDefaultStyleSheet(stylesheet(Target.QT))
    doc.setHtml(front_html(policy, resolve_stamp(policy, None), lang, None, Target.QT))
    doc.setTextWidth(width)
    doc.documentLayout().documentSize()
    return doc


def test_long_toc_entry_continues_under_its_heading_not_the_number() -> None:
    # Threads' "4 What is our legal basis … and what are your rights?" wrapped
    # "rights?" back to the margin, under the section numbers.
    heading = "What is our legal basis for processing your information and what are your rights"
    policy = Policy("P", "en", {}, "", [Section("Short", "a"),
                                        Section("B", "b", [Section(heading, "c")])])
    doc = _front_doc(policy, "en", 420)
    block = doc.begin()
    while block.isValid() and heading[:20] not in block.text():
        block = block.next()
    assert block.isValid() and block.layout().lineCount() >= 2
    first, second = block.layout().lineAt(0), block.layout().lineAt(1)
    # the second line starts right of the number "2.1" (about 20 pt wide)
    assert second.x() - first.x() > 15


def test_german_fingerprint_fits_on_one_line_of_the_title_page(tmp_path: Path) -> None:
    # "Fingerabdruck" is wider than "Fingerprint": Telegram's fingerprint
    # wrapped its last digits onto a second line. "d" is the widest hex digit.
    import pypdf

    from policyeditor.core.render.stamp import VersionStamp
    from tests.core.test_render_real_documents import german_marked_swedish

    widest = "sha256:" + "d" * 64
    for size in ("A4", "Letter"):
        out = tmp_path / f"de-{size}.pdf"
        write_policy_pdf(german_marked_swedish(), out, page_size=size,
                         version=VersionStamp("2.0", widest, "2024-03-01", "approved"))
        raw = pypdf.PdfReader(str(out)).pages[0].extract_text() or ""
        assert any(widest in line for line in raw.splitlines()), size


def test_indented_body_is_text_not_a_code_block_cut_at_the_margin(tmp_path: Path) -> None:
    # Bluesky 2024–25: sections promoted from list items keep a four-space
    # indent; printed as monospace code with "**" and lines cut off at the margin.
    body = ("    We use your personal information for a variety of business purposes, "
            "including to provide the Services and to market them, as described below.\n"
            "    \n    1. **Provide Our Services**\n        \n        We use it to:\n        \n"
            "        * Managing your account; and\n"
            "        * Answering support requests about the account you hold with us.\n"
            "    2. **Administrative Purposes**\n")
    out = tmp_path / "b.pdf"
    write_policy_pdf(Policy("P", "en", {}, "", [Section("How we use it", body)]), out)
    text = " ".join(" ".join(pdf_text(out)).split())
    assert "**" not in text
    assert "including to provide the Services and to market them, as described below." in text
    assert "Answering support requests about the account you hold with us." in text


def test_code_block_wraps_instead_of_running_off_the_page() -> None:
    # Text past the right margin is still in the PDF's text, just not visible:
    # check the layout instead — the block must wrap within the text width.
    from PySide6.QtGui import QTextDocument

    from policyeditor.app.pdf.fonts import ensure_gui_application
    from policyeditor.core.render.document.sections import body_html
    from policyeditor.core.render.style import stylesheet
    from policyeditor.core.render.target import Target

    ensure_gui_application()
    long_line = " ".join(f"word{i}" for i in range(60))
    doc = QTextDocument()
    doc.setDefaultStyleSheet(stylesheet(Target.QT))
    doc.setHtml(body_html(f"```\n{long_line}\n```", Target.QT))
    doc.setTextWidth(400)
    doc.documentLayout().documentSize()
    block = doc.begin()
    while block.isValid() and "word59" not in block.text():
        block = block.next()
    assert block.layout().lineCount() > 1
    assert doc.idealWidth() <= 400 + 1
