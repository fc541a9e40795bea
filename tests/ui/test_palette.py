"""One palette everywhere: preview, HTML export, PDF and compare view mark changes alike.

An insertion is blue and underlined, a deletion red and struck through, a
moved section green, a link purple — and a link never looks like an
insertion: another colour and another decoration in every target.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCharFormat, QTextDocument, QTextFormat

from policyeditor.app.pdf import redline_pdf
from policyeditor.core.compare.result import Comparison
from policyeditor.core.model import Policy, Section
from policyeditor.core.render import PALETTE, comparison_to_html, policy_to_html
from policyeditor.core.workspace import Workspace
from tests.ui.helpers import click_section
from tests.ui.review_helpers import open_compare

LINK_TEXT = "Integritetsskyddsmyndigheten"
INSERTED = "telefonnummer"
DELETED = "e-post"


def policies() -> tuple[Policy, Policy]:
    """Old and new: a word replaced beside a link, and a section moved."""
    def sections(body: str, order: str) -> list[Section]:
        made = {"a": Section("Insamling", body, id="a"),
                "b": Section("Delning", "Vi delar inte uppgifter.", id="b"),
                "c": Section("Lagring", "Vi sparar i 12 månader.", id="c")}
        return [made[key] for key in order]

    link = f"[{LINK_TEXT}](https://www.imy.se)"
    old = Policy("Integritetspolicy", "sv", {}, "",
                 sections(f"Vi samlar in {DELETED}. Läs mer hos {link}.", "abc"))
    new = Policy("Integritetspolicy", "sv", {}, "",
                 sections(f"Vi samlar in namn och {INSERTED}. Läs mer hos {link}.", "acb"))
    return old, new


def workspace(tmp_path: Path) -> Path:
    old, new = policies()
    path = tmp_path / "palett.policy"
    with Workspace.create(path, old) as ws:
        ws.save_version("1.0", author="Jurist")
        ws.publish("1.0", author="Jurist")
        ws.save_draft(new)
    return path


def moved_heading(comparison: Comparison) -> str:
    return next(c.new_section.heading for c in comparison.sections
                if c.moved and c.new_section is not None)


# -- Qt targets: what the laid-out document draws ----------------------------------
def char_format(document: QTextDocument, text: str) -> QTextCharFormat:
    """Format of the first fragment holding ``text``."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if text in fragment.text():
                return fragment.charFormat()
            fragments += 1
        block = block.next()
    raise AssertionError(f"{text!r} is not shown")


def colour(fmt: QTextCharFormat) -> str:
    assert fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
    return fmt.foreground().color().name()


def assert_qt_link(document: QTextDocument) -> QTextCharFormat:
    link = char_format(document, LINK_TEXT)
    assert link.isAnchor() and colour(link) == PALETTE.link and not link.fontUnderline()
    return link


def assert_qt_redline(document: QTextDocument, moved: str, sides: str = "both") -> None:
    """Insertion, deletion, move and link in the palette's colours; link ≠ insertion."""
    link = assert_qt_link(document)
    if sides != "old":
        inserted = char_format(document, INSERTED)
        assert colour(inserted) == PALETTE.insertion and inserted.fontUnderline()
        assert colour(inserted) != colour(link)
        assert inserted.fontUnderline() != link.fontUnderline()
    if sides != "new":
        deleted = char_format(document, DELETED)
        assert colour(deleted) == PALETTE.deletion and deleted.fontStrikeOut()
    assert colour(char_format(document, moved)) == PALETTE.move


def laid_out(html: str, stylesheet: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(stylesheet)
    document.setHtml(html)
    return document


# -- the browser target: the page's markup and its stylesheet ----------------------
def css_rule(page: str, selector: str) -> dict[str, str]:
    """Declarations of the first top-level rule for exactly ``selector`` in the page's CSS."""
    css = page.split("<style>", 1)[1].split("</style>", 1)[0]
    match = re.search(rf"(?m)^{re.escape(selector)} \{{([^}}]*)\}}", css)
    assert match, selector
    pairs = (item.split(":", 1) for item in match.group(1).split(";") if item.strip())
    return {key.strip(): value.strip() for key, value in pairs}


def assert_browser_link(page: str) -> dict[str, str]:
    assert re.search(rf'<a href="https://www.imy.se"[^>]*>{LINK_TEXT}</a>', page)
    link = css_rule(page, "a")
    assert link["color"] == PALETTE.link and "dotted" in link["text-decoration"]
    return link


def test_every_target_draws_changes_and_links_with_the_palette(
    qtbot: Any, open_editor: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    editor = open_editor(workspace(tmp_path))

    # The preview: the draft as it will be published, its link in the link colour.
    click_section(qtbot, editor, "1")
    preview = editor.window.preview
    qtbot.waitUntil(lambda: preview.complete)
    link = assert_qt_link(preview.document())
    # Its stylesheet is the redline's: an insertion would be blue and underlined.
    sample = laid_out(f"<p><ins>{INSERTED}</ins></p>", preview.document().defaultStyleSheet())
    inserted = char_format(sample, INSERTED)
    assert colour(inserted) == PALETTE.insertion != colour(link)
    assert inserted.fontUnderline() and not link.fontUnderline()

    # The compare view, inline and side by side.
    view = open_compare(editor)
    comparison = view.model.comparison
    assert comparison is not None
    moved = moved_heading(comparison)
    assert_qt_redline(view.inline_pane.document(), moved)
    view.bar.side_button.click()
    assert_qt_redline(view.old_pane.document(), moved, sides="old")
    assert_qt_redline(view.new_pane.document(), moved, sides="new")

    # The PDF report: the rich text it lays out, with its stylesheet.
    jobs: list[Any] = []
    monkeypatch.setattr(redline_pdf, "write_paged_pdf", lambda job, _path: jobs.append(job))
    redline_pdf.write_comparison_pdf(comparison, tmp_path / "r.pdf")
    assert_qt_redline(laid_out(jobs[0].body_html, jobs[0].stylesheet), moved)
    assert set(jobs[0].change_colours) == {PALETTE.insertion, PALETTE.deletion, PALETTE.move}

    # The HTML report and the exported page: markup and generated CSS.
    report = comparison_to_html(comparison)
    assert re.search(f"<ins>[^<]*{INSERTED}</ins>", report)
    assert re.search(f"<del>[^<]*{DELETED}</del>", report)
    assert re.search(rf'class="rl-heading moved">.*?{moved}', report)
    link_rule = assert_browser_link(report)
    ins_rule, del_rule = css_rule(report, "ins, .ins"), css_rule(report, "del, .del")
    assert ins_rule["color"] == PALETTE.insertion and ins_rule["text-decoration"] == "underline"
    assert del_rule["color"] == PALETTE.deletion and del_rule["text-decoration"] == "line-through"
    assert css_rule(report, ".moved")["color"] == PALETTE.move
    assert ins_rule["color"] != link_rule["color"]
    assert ins_rule["text-decoration"] != link_rule["text-decoration"]
    assert_browser_link(policy_to_html(policies()[1]))
