"""Exports from the review desk and a revision imported from elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from policyeditor.core.workspace import Workspace
from policyeditor.ui.review.compare_view import CompareView
from tests.ui.conftest import accept_with
from tests.ui.helpers import export_as, trigger
from tests.ui.review_helpers import (
    VENDOR_SENTENCE,
    change_list,
    open_compare,
    plant_edits,
    review_workspace,
)


def _wait_written(qtbot: Any, editor: Any, target: Path) -> None:
    qtbot.waitUntil(lambda: target.is_file() and not editor.exporter.busy, timeout=20000)


def test_exported_redline_is_filtered_as_on_screen(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    qtbot.mouseClick(view.bar.ignore_formatting, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.mouseClick(view.flags.severity_buttons["medium"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.flags.severity_buttons["low"], Qt.MouseButton.LeftButton)
    target = tmp_path / "redline"
    dialogs.handlers.append(export_as(qtbot, target, "html"))
    qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "redline.html"
    _wait_written(qtbot, editor, written)
    page = written.read_text(encoding="utf-8")
    assert "<del>inte</del>" in page or "<del>inte " in page  # the redline itself
    assert "Salesforce" in page  # every change is there ...
    assert "flag-group-high" in page  # ... but only the flags shown on screen
    assert "flag-group-medium" not in page and "flag-group-low" not in page
    assert "Ändringar som bara gäller formatering ignoreras." in page


def test_exported_redline_pdf(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from pypdf import PdfReader

    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    target = tmp_path / "redline.pdf"
    dialogs.handlers.append(export_as(qtbot, target, "pdf"))
    qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
    _wait_written(qtbot, editor, target)
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Salesforce" in text


def test_a_signed_off_flag_says_so_with_who_and_the_note_in_html_and_pdf(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from pypdf import PdfReader

    from tests.ui.review_helpers import click_flag

    editor = open_editor(review_workspace(tmp_path, seed_path))
    editor.settings.author_name = "Anna Lind"
    view = open_compare(editor)
    click_flag(qtbot, view, lambda r: r["category"] == "Negation")
    dialogs.handlers.append(accept_with(
        lambda d: d.comment_edit.setPlainText("Avsiktligt enligt avtal 2024-17.")))
    qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    for kind in ("html", "pdf"):
        target = tmp_path / f"granskad.{kind}"
        dialogs.handlers.append(export_as(qtbot, target, kind))
        qtbot.mouseClick(view.bar.export_button, Qt.MouseButton.LeftButton)
        _wait_written(qtbot, editor, target)
        if kind == "html":
            text = target.read_text(encoding="utf-8")
        else:
            text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
            text = " ".join(text.split())
        # the Swedish document's report, in its language: who, when and the note
        assert text.count("Kvitterad av Anna Lind") == 1, kind
        assert "Avsiktligt enligt avtal 2024-17." in text, kind


def test_published_version_exported_with_its_release_notice(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")

    def edit(dialog: Any) -> None:
        drafted = dialog.text_edit.toPlainText()
        assert "Vi har uppdaterat" in drafted  # drafted in the policy's language
        assert "Nytt avsnitt 9 (Överföring till tredje land): " in drafted
        dialog.text_edit.setPlainText(drafted + "\nVi delar nu uppgifter med partner.")

    dialogs.handlers.append(accept_with(edit))
    trigger(editor, "review_notice")
    with Workspace.open(path) as ws:
        assert "Vi delar nu uppgifter med partner." in ws.version("2.0").notice
        ws.publish("2.0", author="Jurist", override_reason="test")
    editor.window.versions_panel.refresh()
    target = tmp_path / "publicerad.html"
    dialogs.handlers.append(export_as(qtbot, target, "html"))
    trigger(editor, "review_export_published")
    _wait_written(qtbot, editor, target)
    page = target.read_text(encoding="utf-8")
    assert "Vad har ändrats" in page and "Vi delar nu uppgifter med partner." in page
    assert "Salesforce" in page


def test_import_revision_carries_review_state_and_compares_with_publication(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from policyeditor.core.importing import import_file
    from policyeditor.core.textexport import to_plain_text

    path = tmp_path / "ws.policy"
    seed = import_file(seed_path).policy
    with Workspace.create(path, seed) as ws:
        ws.save_version("1.0")
        ws.publish("1.0")
    revised = tmp_path / "reviderad.txt"
    revised.write_text(to_plain_text(plant_edits(seed)), encoding="utf-8")
    editor = open_editor(path)
    before = [s.id for s in editor.session.policy.sections]
    dialogs.open_paths.append(str(revised))
    trigger(editor, "review_import")
    view = editor.window.findChild(CompareView, "compare_view")
    assert view is not None and view.isVisible()
    assert view.model.old_key == "1.0" and view.model.new_key == ""
    assert "6.2  För extern behandling — modified" in change_list(view)
    assert VENDOR_SENTENCE in view.inline_pane.toPlainText()
    # Sections kept their ids (review state follows them); the import is one undo step.
    assert [s.id for s in editor.session.policy.sections][:8] == before[:8]
    trigger(editor, "edit_undo")
    qtbot.waitUntil(lambda: "No differences. — " in change_list(view), timeout=5000)


def test_signoff_can_be_cancelled(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path)
    editor = open_editor(path)
    view = open_compare(editor)
    first = view.flags.flag_items()[0]  # the first flag, under its section's header
    view.flags.tree.setCurrentItem(first)

    def cancel(dialog: Any) -> int:
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(cancel)
    qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    with Workspace.open(path, readonly=True) as ws:
        assert ws.acknowledgements() == []


def test_release_notice_of_the_draft_asks_for_a_saved_version(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    editor = open_editor(review_workspace(tmp_path, seed_path))
    view = open_compare(editor)
    qtbot.mouseClick(view.bar.notice_button, Qt.MouseButton.LeftButton)
    assert "Save the draft as a version first." in dialogs.messages()


def test_release_notice_can_be_redrafted_from_the_changes(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    with Workspace.open(path) as ws:
        ws.set_version_notice("2.0", "Gammal text.")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")

    def redraft(dialog: Any) -> None:
        assert dialog.text_edit.toPlainText() == "Gammal text."  # the stored notice first
        qtbot.mouseClick(dialog.redraft_button, Qt.MouseButton.LeftButton)
        assert dialog.text_edit.toPlainText().startswith("Vi har uppdaterat")

    dialogs.handlers.append(accept_with(redraft))
    trigger(editor, "review_notice")
    with Workspace.open(path, readonly=True) as ws:
        assert ws.version("2.0").notice.startswith("Vi har uppdaterat")


def test_published_version_as_pdf_starts_with_the_notice(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from pypdf import PdfReader

    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    with Workspace.open(path) as ws:
        ws.set_version_notice("2.0", "Vi har förlängt lagringstiden till 36 månader.")
        ws.publish("2.0", author="Jurist", override_reason="test")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")
    target = tmp_path / "publicerad.pdf"
    dialogs.handlers.append(export_as(qtbot, target, "pdf"))
    trigger(editor, "review_export_published")
    _wait_written(qtbot, editor, target)
    first_pages = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages[:2]
    )
    assert "Vad har ändrats" in first_pages
    assert "36 månader" in first_pages
