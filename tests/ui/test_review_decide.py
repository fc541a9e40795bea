"""Accept or reject each change of an imported revision, then apply (issue 18, item 1).

As a reviewer does it: open the workspace holding the seed (published 1.0),
File ▸ Import Revision…, then in the compare view step through the changes
with the keyboard, reject one, accept the rest, Apply to Draft; the draft
reads exactly as expected, keeps its section ids, and Ctrl+Z takes the whole
step back. The same with Accept All (the draft is the revision) and Reject
All (the draft is the original).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, walk
from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from policyeditor.ui.review.compare_view import CompareView
from policyeditor.ui.review.decide.change_tree import INDEX_ROLE
from tests.ui.helpers import trigger

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
RETENTION = "Vi sparar dina uppgifter i 36 månader efter att kontot avslutats."

# (old, new) replacements, each in a different section of the seed
EDITS = [
    ("Vi delar inte personuppgifter med företag", "Vi delar personuppgifter med företag"),
    ("5. Komma åt och uppdatera personuppgifter",
     "5. Komma åt, uppdatera och radera personuppgifter"),
    ("finnas kvar i våra säkerhetskopieringssystem.",
     f"finnas kvar i våra säkerhetskopieringssystem.\n\n{RETENTION}"),
    ("Vi krypterar många av våra tjänster med SSL.", "Vi krypterar alla våra tjänster med TLS."),
]


def texts(policy: Policy) -> list[tuple[str, str, str, str]]:
    """The document as the reader and the history see it: id, number, heading, body."""
    return [(r.section.id, r.number, r.section.heading, r.section.body) for r in walk(policy)]


def write_revision(seed_path: Path, target: Path, skip: int | None = None) -> Path:
    """The seed with EDITS applied (all but the ``skip``-th)."""
    text = seed_path.read_text(encoding="utf-8")
    for number, (old, new) in enumerate(EDITS):
        assert text.count(old) == 1, old
        if number != skip:
            text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")
    return target


def published_seed(tmp_path: Path, seed_path: Path) -> Path:
    path = tmp_path / "policy.policy"
    with Workspace.create(path, import_file(seed_path).policy) as ws:
        ws.save_version("1.0", author="Jurist")
        ws.publish("1.0", author="Jurist")
    return path


def import_revision(editor: EditorController, dialogs: Any, revision: Path) -> CompareView:
    """Review ▸ Import Revision… with ``revision`` chosen in the file dialog."""
    dialogs.open_paths.append(str(revision))
    trigger(editor, "review_import")
    view = editor.window.findChild(CompareView, "compare_view")
    assert view is not None and view.isVisible()
    QApplication.processEvents()
    return view


def key(qtbot: Any, view: CompareView, letter: Qt.Key,
        modifiers: Qt.KeyboardModifier = CTRL_SHIFT) -> None:
    view.activateWindow()
    qtbot.keyClick(view.decide.list, letter, modifiers)
    QApplication.processEvents()


def rows(view: CompareView) -> list[tuple[str, str]]:
    """(change, decision) as the list shows them."""
    out = []
    tree = view.decide.list
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            item = group.child(r)
            out.append((item.text(0).strip(), item.text(1)))
    return out


def expected_ids(editor: EditorController, expected: Policy) -> list[tuple[str, str, str, str]]:
    """``expected`` with the ids of the draft's sections (matched by number)."""
    ids = {r.number: r.section.id for r in walk(editor.session.policy)}
    return [(ids[n], n, h, b) for _, n, h, b in texts(expected)]


@pytest.mark.parametrize("opened", ["seed file", "published workspace"])
def test_reject_one_change_accept_the_rest_and_undo(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path, opened: str
) -> None:
    # the seed text itself (no versions: the revision is compared with the draft
    # before the import), or a workspace whose 1.0 is the seed, published
    plain = opened == "seed file"
    editor = open_editor(seed_path if plain else published_seed(tmp_path, seed_path))
    original = texts(editor.session.policy)
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    base = "Draft before import" if plain else "1.0 (published)"
    assert view.bar.old_combo.currentText() == base
    assert view.bar.new_combo.currentText() == "Draft (current)"
    imported = texts(editor.session.policy)
    assert [i for i, _, _, _ in imported] == [i for i, _, _, _ in original]  # ids carried over
    shown = rows(view)
    assert len(shown) >= len(EDITS) and all(decision == "" for _, decision in shown)
    # the first open change is selected; Next Change (Ctrl+Shift+N) until the dropped
    # "inte" is current, then Reject (Ctrl+Shift+R)
    assert view.decide.list.currentItem() is not None
    for _ in range(len(shown)):
        if "inte" in view.decide.list.currentItem().text(0):
            break
        key(qtbot, view, Qt.Key.Key_N)
    assert view.decide.list.currentItem().text(0).strip() == "− “inte”"
    key(qtbot, view, Qt.Key.Key_R)
    assert ("− “inte”", "✗ Rejected") in rows(view)
    # the reject moved on to the next open change; accept it and every other (Ctrl+Shift+A)
    for _ in range(len(shown) - 1):
        key(qtbot, view, Qt.Key.Key_A)
    decisions = [decision for _, decision in rows(view)]
    assert decisions.count("✗ Rejected") == 1
    assert decisions.count("✓ Accepted") == len(shown) - 1
    assert view.decide.bar.counts.text() == f"{len(shown) - 1} accepted · 1 rejected · 0 open"
    text = view.inline_pane.toPlainText()
    assert "Vi delar inte personuppgifter" in text  # rejected: the old words stay
    # Apply to Draft, by its button
    steps = editor.session.undo_stack.count()
    qtbot.mouseClick(view.decide.bar.apply_button, Qt.MouseButton.LeftButton)
    assert editor.session.undo_stack.count() == steps + 1  # one undoable step
    expected = import_file(write_revision(seed_path, tmp_path / "exp.txt", skip=0)).policy
    assert texts(editor.session.policy) == expected_ids(editor, expected)
    assert [i for i, _, _, _ in texts(editor.session.policy)] == [i for i, _, _, _ in original]
    # the rejected change is gone from the comparison; the accepted ones stay accepted
    after = rows(view)
    assert ("− “inte”", "✗ Rejected") not in after
    assert after and all(decision == "✓ Accepted" for _, decision in after)
    # Ctrl+Z in the compare window takes the whole step back
    qtbot.keyClick(view.inline_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert texts(editor.session.policy) == imported


def test_accept_all_gives_the_revision(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(published_seed(tmp_path, seed_path))
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    imported = texts(editor.session.policy)
    menu_action = next(a for a in view.decide.bar.accept_menu.actions()
                       if a.objectName() == "review_accept_all")
    menu_action.trigger()  # Accept ▾ ▸ Accept All Changes
    assert all(decision == "✓ Accepted" for _, decision in rows(view))
    steps = editor.session.undo_stack.count()
    key(qtbot, view, Qt.Key.Key_Return)  # Apply to Draft: Ctrl+Shift+Return
    # the draft already was the revision: nothing to change, nothing to undo
    assert texts(editor.session.policy) == imported
    assert editor.session.undo_stack.count() == steps


def test_reject_all_gives_the_original_and_undo_restores_the_revision(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(published_seed(tmp_path, seed_path))
    original = texts(editor.session.policy)
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    imported = texts(editor.session.policy)
    menu_action = next(a for a in view.decide.bar.reject_menu.actions()
                       if a.objectName() == "review_reject_all")
    menu_action.trigger()  # Reject ▾ ▸ Reject All Changes
    assert all(decision == "✗ Rejected" for _, decision in rows(view))
    key(qtbot, view, Qt.Key.Key_Return)
    assert texts(editor.session.policy) == original
    assert rows(view) == []  # nothing left to decide: the draft is the published text
    # Edit ▸ Undo in the editor window takes the whole step back, too
    trigger(editor, "edit_undo")
    assert texts(editor.session.policy) == imported


def test_accept_section_and_context_menu_actions(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(published_seed(tmp_path, seed_path))
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    tree = view.decide.list
    names = [a.objectName() for a in tree.actions()]
    assert names[:4] == ["review_accept_change", "review_reject_change",
                         "review_accept_section", "review_reject_section"]
    for action in tree.actions():
        assert action.toolTip()
    assert view.decide.actions.review_accept_change.toolTip().endswith("(Ctrl+Shift+A)")
    # click a change in section 7 (the SSL line: two word groups), accept its section
    target = next(
        tree.topLevelItem(g) for g in range(tree.topLevelItemCount())
        if tree.topLevelItem(g).text(0).startswith("7 "))
    item = target.child(0)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item and item.data(0, INDEX_ROLE) is not None
    view.decide.actions.review_accept_section.trigger()
    assert all(target.child(r).text(1) == "✓ Accepted" for r in range(target.childCount()))
    others = [d for g in range(tree.topLevelItemCount()) if tree.topLevelItem(g) is not target
              for d in [tree.topLevelItem(g).child(r).text(1)
                        for r in range(tree.topLevelItem(g).childCount())]]
    assert others and all(d == "" for d in others)


def test_the_current_change_is_shown_and_highlighted_in_every_mode(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(published_seed(tmp_path, seed_path))
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    view.bar.collapse.setChecked(False)
    for _ in rows(view):  # Next Change until the SSL → TLS change is current
        key(qtbot, view, Qt.Key.Key_N)
        if "SSL" in view.decide.list.currentItem().text(0):
            break
    assert view.inline_pane.highlighted_text().replace("\u00a0", " ") in (
        "SSLTLS", "SSL TLS")
    bar = view.inline_pane.verticalScrollBar()
    assert bar.value() > 0  # scrolled down to section 7
    view.bar.side_button.click()
    QApplication.processEvents()
    key(qtbot, view, Qt.Key.Key_P)
    key(qtbot, view, Qt.Key.Key_N)  # back on the same change, now side by side
    assert view.old_pane.highlighted_text() == "SSL"
    assert view.new_pane.highlighted_text() == "TLS"
    # a decided change reads as its outcome: the kept words stay, the dropped are struck
    key(qtbot, view, Qt.Key.Key_R)
    assert "SSL" in view.new_pane.toPlainText().split("Vi krypterar")[1][:60]


def test_a_word_revision_rejected_whole_gives_the_original_back(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    from policyeditor.core.wordexport.document import write_policy_docx

    editor = open_editor(published_seed(tmp_path, seed_path))
    original = texts(editor.session.policy)
    revision = import_file(write_revision(seed_path, tmp_path / "rev.txt")).policy
    docx = tmp_path / "granskad.docx"
    write_policy_docx(revision, docx)
    view = import_revision(editor, dialogs, docx)
    assert rows(view)
    view.decide.actions.review_reject_all.trigger()
    key(qtbot, view, Qt.Key.Key_Return)
    assert texts(editor.session.policy) == original


def test_two_saved_versions_decided_replace_the_draft_after_asking(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    from tests.ui.conftest import click_button

    path = published_seed(tmp_path, seed_path)
    revised = import_file(write_revision(seed_path, tmp_path / "rev.txt")).policy
    with Workspace.open(path) as ws:
        from policyeditor.core.idmatch import carry_over_ids

        ws.replace_draft(carry_over_ids(ws.load_draft(), revised), detail="rev.txt")
        ws.save_version("2.0", author="Jurist")
        ws.replace_draft(import_file(seed_path).policy, detail="seed")  # the draft moved on
    editor = open_editor(path)
    trigger(editor, "review_compare")
    view = editor.window.findChild(CompareView, "compare_view")
    assert view is not None
    view.choose("1.0", "2.0")
    v2 = texts(view.model.policy_of("2.0"))
    inte = next(i for i, c in enumerate(view.decide.state.changes) if c.old == "inte ")
    view.decide.actions.review_accept_all.trigger()
    view.decide.list.select(inte)
    key(qtbot, view, Qt.Key.Key_R)
    dialogs.handlers.append(click_button("Cancel"))
    key(qtbot, view, Qt.Key.Key_Return)
    assert "replaced by version 2.0" in dialogs.messages()
    assert texts(editor.session.policy) != v2  # cancelled: the draft is untouched
    dialogs.handlers.append(click_button("Replace Draft"))
    key(qtbot, view, Qt.Key.Key_Return)
    expected = import_file(write_revision(seed_path, tmp_path / "exp.txt", skip=0)).policy
    assert [t[1:] for t in texts(editor.session.policy)] == [t[1:] for t in texts(expected)]
    assert [t[0] for t in texts(editor.session.policy)] == [t[0] for t in v2]  # ids kept
    assert view.bar.chosen() == ("1.0", "")  # now the draft is compared
    assert ("− “inte”", "✗ Rejected") not in rows(view)


def test_a_click_in_the_section_list_selects_that_sections_first_change(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    editor = open_editor(published_seed(tmp_path, seed_path))
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    row = next(r for r in range(view.changes.count())
               if view.changes.item(r).text().startswith("7 "))
    item = view.changes.item(row)
    qtbot.mouseClick(view.changes.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.changes.visualItemRect(item).center())
    current = view.decide.list.currentItem()
    assert current is not None and current.parent().text(0).startswith("7 ")
    key(qtbot, view, Qt.Key.Key_A)  # and Accept works on it at once
    assert current.text(1) == "✓ Accepted"


def test_a_click_on_a_change_in_the_redline_makes_it_current(
    qtbot: Any, open_editor: Any, dialogs: Any, tmp_path: Path, seed_path: Path
) -> None:
    from PySide6.QtGui import QTextCursor

    editor = open_editor(published_seed(tmp_path, seed_path))
    view = import_revision(editor, dialogs, write_revision(seed_path, tmp_path / "rev.txt"))
    view.bar.collapse.setChecked(False)
    pane = view.inline_pane
    found = pane.document().find("TLS")
    assert not found.isNull()
    caret = QTextCursor(found)
    caret.setPosition(found.selectionStart() + 1)
    pane.setTextCursor(caret)
    pane.ensureCursorVisible()
    QApplication.processEvents()
    point = pane.cursorRect(caret).center()
    first = view.decide.list.currentItem()  # the first open change, from the start
    assert first is not None and "SSL" not in first.text(0)
    assert view.decide.list.currentItem() is first  # moving the caret selects nothing
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.decide.list.currentItem().text(0).strip() == "“SSL” → “TLS”"
    assert pane.highlighted_text() in ("SSLTLS", "SSL\u00a0TLS", "SSL TLS")
    key(qtbot, view, Qt.Key.Key_A)
    assert ("“SSL” → “TLS”", "✓ Accepted") in rows(view)
