"""The publish gate in the editor: the same rule as ``policyeditor publish``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from policyeditor.core.workspace import Workspace
from policyeditor.ui.review.compare_view import CompareView
from tests.ui.conftest import accept_with
from tests.ui.helpers import action, trigger
from tests.ui.review_helpers import click_flag, flag_rows, open_compare, review_workspace


def _status(path: Path, label: str) -> str:
    with Workspace.open(path, readonly=True) as ws:
        return ws.version(label).status


def _cli_publish(path: Path, label: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policyeditor", "publish", str(path), label, "--author", "CLI"],
        capture_output=True, text=True, check=False,
    )


def test_publish_is_refused_while_a_high_flag_is_open(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, Any] = {}

    def try_without_reason(dialog: Any) -> int:
        seen["blocked"] = dialog.gate_label.text()
        seen["enabled"] = dialog.publish_button.isEnabled()
        dialog.accept()  # pressing Enter does nothing while the button is disabled
        seen["result"] = dialog.result()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(try_without_reason)
    trigger(editor, "version_publish")
    assert "Publishing is blocked" in seen["blocked"]
    assert "Negation" in seen["blocked"] and "Transfers abroad" in seen["blocked"]
    assert seen["enabled"] is False and seen["result"] == int(QDialog.DialogCode.Rejected)
    assert _status(path, "2.0") == "draft"


def test_override_with_a_reason_is_recorded_in_the_history(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")

    def override(dialog: Any) -> None:
        dialog.author_edit.setText("Chefsjurist")
        dialog.reason_edit.setPlainText("Myndighetskrav: måste publiceras i dag.")
        assert dialog.publish_button.isEnabled()

    dialogs.handlers.append(accept_with(override))
    trigger(editor, "version_publish")
    assert _status(path, "2.0") == "published"
    with Workspace.open(path, readonly=True) as ws:
        events = [(e.kind, e.label, e.author, e.detail) for e in ws.events()]
    assert ("override", "2.0", "Chefsjurist",
            "Myndighetskrav: måste publiceras i dag.") in events
    tree = editor.window.versions_panel.tree
    assert tree.topLevelItem(1).text(1) == "Published"
    # the reason is visible in the version history itself, on the version's status
    assert tree.topLevelItem(1).toolTip(1) == (
        "Published despite open flags by Chefsjurist: Myndighetskrav: måste publiceras i dag.")
    assert tree.topLevelItem(0).toolTip(1) == ""  # 1.0 passed the gate
    # Published versions are read-only: no second publication, notice read-only.
    editor.window.versions_panel.select_label("2.0")
    assert not action(editor, "version_publish").isEnabled()
    shown: dict[str, Any] = {}

    def look(dialog: Any) -> int:
        shown["readonly"] = dialog.text_edit.isReadOnly()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(look)
    trigger(editor, "review_notice")
    assert shown["readonly"] is True


def test_acknowledged_high_flags_open_the_gate_for_editor_and_cli_alike(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    editor.settings.author_name = "Anna Jurist"
    view = open_compare(editor)
    view.choose("1.0", "2.0")
    qtbot.mouseClick(view.flags.severity_buttons["medium"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.flags.severity_buttons["low"], Qt.MouseButton.LeftButton)
    high = len(flag_rows(view))
    assert high >= 2
    for _ in range(high):
        click_flag(qtbot, view, lambda r: r["status"] == "Needs review")
        dialogs.handlers.append(accept_with(
            lambda d: d.comment_edit.setPlainText("Granskat och godkänt.")))
        qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    assert all(r["status"].startswith("Acknowledged") for r in flag_rows(view))
    # The command line applies the same gate and now lets the version through.
    editor.window.close()
    result = _cli_publish(path, "2.0")
    assert result.returncode == 0, result.stderr
    assert _status(path, "2.0") == "published"


def test_cli_refuses_what_the_editor_refuses(tmp_path: Path, seed_path: Path) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    result = _cli_publish(path, "2.0")
    assert result.returncode == 1
    assert "negation-removed" in result.stderr


def test_blocked_publish_leads_to_the_flags_it_counts(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")

    def review(dialog: Any) -> int:
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    dialogs.handlers.append(review)
    trigger(editor, "version_publish")
    view = editor.window.findChild(CompareView, "compare_view")
    assert view is not None and view.isVisible()
    assert (view.model.old_key, view.model.new_key) == ("1.0", "2.0")
    assert any(r["category"] == "Negation" for r in flag_rows(view))
    assert _status(path, "2.0") == "draft"


def test_a_published_new_side_is_read_only_in_the_review(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    with Workspace.open(path) as ws:
        ws.publish("2.0", author="Jurist", override_reason="Akut rättelse")
    editor = open_editor(path)
    view = open_compare(editor)
    view.choose("1.0", "2.0")
    assert flag_rows(view)
    click_flag(qtbot, view, lambda r: r["status"] == "Needs review")
    assert not view.flags.ack_button.isEnabled()
    assert "read-only" in view.readonly_label.text()


def test_flags_signed_off_on_the_draft_stay_signed_off_in_the_saved_version(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    from policyeditor.app.services.publishing import open_high_flags

    path = review_workspace(tmp_path, seed_path)
    editor = open_editor(path)
    editor.settings.author_name = "Anna Jurist"
    view = open_compare(editor)  # 1.0 against the draft
    for severity in ("medium", "low"):
        qtbot.mouseClick(view.flags.severity_buttons[severity], Qt.MouseButton.LeftButton)
    for _ in range(len(flag_rows(view))):
        click_flag(qtbot, view, lambda r: r["status"] == "Needs review")
        dialogs.handlers.append(accept_with(lambda d: d.comment_edit.setPlainText("OK.")))
        qtbot.mouseClick(view.flags.ack_button, Qt.MouseButton.LeftButton)
    dialogs.handlers.append(accept_with(lambda d: d.label_edit.setText("2.0")))
    trigger(editor, "version_save")
    assert open_high_flags(editor.session.workspace, "2.0") == []
    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, str] = {}

    def publish(dialog: Any) -> None:
        seen["gate"] = dialog.gate_label.text()
        assert dialog.publish_button.isEnabled()  # no reason needed

    dialogs.handlers.append(accept_with(publish))
    trigger(editor, "version_publish")
    assert "No unreviewed high-severity flags" in seen["gate"]
    assert _status(path, "2.0") == "published"
    with Workspace.open(path, readonly=True) as ws:
        assert "override" not in [e.kind for e in ws.events()]


USER_RULE = (
    'language = "sv"\n\n[[rule]]\nid = "banned-processor"\ncategory = "recipients"\n'
    'added = "high"\nwords = ["acme"]\nreference = "Avtal 2024-17"\n'
    'explanation.sv = "Acme är inte godkänt."\nexplanation.en = "Acme is not approved."\n'
)


def test_compare_review_and_gate_see_the_same_flags_including_the_users_rule(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    import json
    import os

    from policyeditor.core.importing import import_file
    from tests.ui.review_helpers import number_map, plant_edits

    rules = Path(os.environ["POLICYEDITOR_CONFIG_DIR"]) / "rules"
    rules.mkdir(parents=True)
    (rules / "processors.toml").write_text(USER_RULE, encoding="utf-8")
    path = tmp_path / "regler.policy"
    with Workspace.create(path, import_file(seed_path).policy) as ws:
        ws.save_version("1.0", author="Jurist")
        ws.publish("1.0", author="Jurist")
        revised = plant_edits(ws.load_draft())
        number_map(revised)["3"].body += "\n\nAcme lagrar loggarna åt oss."
        ws.save_draft(revised)
        ws.save_version("2.0", author="Jurist")

    compared = subprocess.run(
        [sys.executable, "-m", "policyeditor", "compare", f"{path}@1.0", f"{path}@2.0",
         "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert compared.returncode == 0, compared.stderr
    cli_flags = {
        (f["rule"], f["section_id"], f["severity"]) for f in json.loads(compared.stdout)["flags"]
    }
    assert ("banned-processor-added", number_map(revised)["3"].id, "high") in cli_flags

    editor = open_editor(path)
    view = open_compare(editor)
    view.choose("1.0", "2.0")
    review = {(s.flag.rule, s.flag.section_id, s.flag.severity) for s in view.model.states}
    assert review == cli_flags
    assert any(r["reference"] == "Avtal 2024-17" for r in flag_rows(view))

    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> int:
        seen["gate"] = {(f.rule, f.section_id, f.severity) for f in dialog.open_flags}
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(look)
    trigger(editor, "version_publish")
    assert seen["gate"] == {flag for flag in cli_flags if flag[2] == "high"}
    editor.window.close()
    refused = _cli_publish(path, "2.0")
    assert refused.returncode == 1 and "banned-processor" in refused.stderr
    assert _status(path, "2.0") == "draft"


def test_writing_the_release_notice_from_the_publish_dialog_keeps_the_dialog(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, Any] = {}

    def write_notice(dialog: Any) -> None:
        seen["notice_over"] = dialog.parent().objectName()
        dialog.text_edit.setPlainText("Vi delar nu uppgifter med våra partner.")

    def publish(dialog: Any) -> int:
        assert "no release notice" in dialog.notice_label.text()
        dialogs.handlers.append(accept_with(write_notice))
        qtbot.mouseClick(dialog.notice_button, Qt.MouseButton.LeftButton)
        # back in the publish dialog, still open, and it knows about the notice now
        seen["after"] = dialog.notice_label.text()
        dialog.author_edit.setText("Chefsjurist")
        dialog.reason_edit.setPlainText("Myndighetskrav.")
        dialog.accept()
        return int(dialog.result())

    dialogs.handlers.append(publish)
    trigger(editor, "version_publish")
    assert seen["notice_over"] == "publish_dialog"
    assert "has a release notice" in seen["after"]
    assert _status(path, "2.0") == "published"
    with Workspace.open(path, readonly=True) as ws:
        assert ws.version("2.0").notice == "Vi delar nu uppgifter med våra partner."


def test_the_publish_dialog_points_out_an_old_last_changed_date(
    qtbot: Any, open_editor: Any, tmp_path: Path, seed_path: Path, dialogs: Any
) -> None:
    path = review_workspace(tmp_path, seed_path, save_as="2.0")  # says 2021-01-24
    editor = open_editor(path)
    editor.window.versions_panel.select_label("2.0")
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> int:
        seen["visible"] = dialog.date_note.isVisibleTo(dialog)
        seen["text"] = dialog.date_note.text()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    dialogs.handlers.append(look)
    trigger(editor, "version_publish")
    assert seen["visible"] is True
    assert "2021-01-24" in seen["text"] and "Set ‘last changed’ to today" in seen["text"]
    assert _status(path, "2.0") == "draft"  # nothing published by looking
