"""The document session: undo of every edit, typing merged, signals views rely on."""

from __future__ import annotations

from typing import Any

import pytest

from policyeditor.app import undo_commands
from policyeditor.app.session import DocumentSession, ReadOnlyError
from policyeditor.core.model import Policy, Section


def _policy() -> Policy:
    return Policy(
        title="P",
        sections=[
            Section("A", "alpha", [Section("A1", "one")]),
            Section("B", "beta"),
            Section("C", "gamma"),
        ],
    )


@pytest.fixture
def session(qapp: Any) -> DocumentSession:
    return DocumentSession(_policy())


def test_typing_merges_into_one_undo_step(session: DocumentSession) -> None:
    sid = session.policy.sections[1].id
    for text in ("beta ", "beta g", "beta go"):
        session.set_body(sid, text)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.section(sid).body == "beta"
    session.undo_stack.redo()
    assert session.section(sid).body == "beta go"


def test_pause_or_new_paragraph_starts_a_new_undo_step(
    session: DocumentSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = session.policy.sections[1].id
    clock = [100.0]
    monkeypatch.setattr(undo_commands.time, "monotonic", lambda: clock[0])
    session.set_body(sid, "beta x")
    clock[0] += undo_commands.MERGE_WINDOW_S + 0.5
    session.set_body(sid, "beta xy")
    session.set_body(sid, "beta xy\n\nnew")
    assert session.undo_stack.count() == 3


def test_typing_into_another_section_is_a_separate_step(session: DocumentSession) -> None:
    a, b = session.policy.sections[0].id, session.policy.sections[1].id
    session.set_body(a, "alpha!")
    session.set_body(b, "beta!")
    assert session.undo_stack.count() == 2


def test_typed_and_erased_back_leaves_nothing_to_undo(session: DocumentSession) -> None:
    sid = session.policy.sections[2].id
    session.set_body(sid, "gammax")
    session.set_body(sid, "gamma")
    assert session.undo_stack.count() == 0
    assert not session.is_modified


def test_structural_edits_emit_precise_signals_and_undo(session: DocumentSession) -> None:
    seen: list[tuple[str, ...]] = []
    session.section_moved.connect(lambda i, p, x: seen.append(("moved", i, p, str(x))))
    session.section_removed.connect(lambda i, p, x: seen.append(("removed", i, p, str(x))))
    session.section_inserted.connect(lambda i: seen.append(("inserted", i)))
    c = session.policy.sections[2].id
    assert session.indent(c)
    assert seen[-1] == ("moved", c, "", "2")
    assert session.number_of(c) == "2.1"
    assert session.remove_section(c)
    assert seen[-1][0] == "removed"
    session.undo_stack.undo()
    assert seen[-1] == ("inserted", c)
    session.undo_stack.undo()
    assert session.number_of(c) == "3"


def test_impossible_move_changes_nothing_and_pushes_nothing(session: DocumentSession) -> None:
    first = session.policy.sections[0].id
    assert not session.move_up(first)
    assert not session.outdent(first)
    assert not session.move_section(first, first, 0)  # into itself
    assert session.undo_stack.count() == 0


def test_replace_document_is_one_undoable_step(session: DocumentSession) -> None:
    before = session.policy.clone()
    new = Policy(title="Q", sections=[Section("Z", "zeta")])
    resets: list[int] = []
    session.document_reset.connect(lambda: resets.append(1))
    assert session.replace_document(new, "Restore")
    assert session.policy.title == "Q" and [s.heading for s in session.policy.sections] == ["Z"]
    assert resets == [1]
    session.undo_stack.undo()
    assert session.policy == before


def test_read_only_session_refuses_edits(qapp: Any) -> None:
    viewer = DocumentSession(_policy(), readonly=True, version_label="1.0")
    with pytest.raises(ReadOnlyError):
        viewer.set_title("x")
    assert viewer.policy.title == "P"


def test_modified_follows_the_undo_stack(session: DocumentSession) -> None:
    changes: list[bool] = []
    session.modified_changed.connect(changes.append)
    session.set_title("Ny")
    assert session.is_modified
    session.mark_saved()
    assert not session.is_modified
    session.undo_stack.undo()
    assert session.is_modified
    session.undo_stack.redo()
    assert not session.is_modified
    assert changes == [True, False, True, False]


def test_app_layer_uses_no_widgets() -> None:
    """DESIGN.md §2: app/ is QtCore/QtGui only, so it runs headless and is testable alone."""
    import subprocess
    import sys

    modules = ["session", "undo_commands", "settings", "paths", "i18n", "autosave",
               "recent_files", "documents", "export_runner", "search"]
    code = ("import sys\n"
            + "".join(f"import policyeditor.app.{m}\n" for m in modules)
            + "print('PySide6.QtWidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
