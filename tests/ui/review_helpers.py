"""The seed with planted significant edits, and helpers to drive the review desk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from policyeditor.core import edits
from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, Section, find, walk
from policyeditor.core.workspace import Workspace
from policyeditor.ui.controller import EditorController
from policyeditor.ui.review.compare_view import CompareView
from tests.ui.helpers import trigger

VENDOR_SENTENCE = "Vi anlitar Salesforce Inc. för att lagra kunduppgifter."
RETENTION_SENTENCE = "Vi sparar dina uppgifter i 36 månader efter att kontot avslutats."
TRANSFER_BODY = "Vi kan överföra personuppgifter till mottagare i USA."


def number_map(policy: Policy) -> dict[str, Section]:
    """Section number → section."""
    return {ref.number: ref.section for ref in walk(policy)}


def plant_edits(policy: Policy) -> Policy:
    """A copy of the seed with significant edits: negation dropped, new vendor, longer
    retention, a moved subsection and a new section on transfers abroad."""
    new = policy.clone()
    sections = number_map(new)
    sections["6"].body = sections["6"].body.replace("Vi delar inte", "Vi delar")
    sections["6.2"].body += "\n\n" + VENDOR_SENTENCE
    sections["5"].body += "\n\n" + RETENTION_SENTENCE
    edits.move_down(new, sections["1.2.4"].id).apply(new)
    new.sections.append(Section(heading="Överföring till tredje land", body=TRANSFER_BODY))
    return new


def review_workspace(tmp_path: Path, seed_path: Path, *, save_as: str | None = None) -> Path:
    """Seed published as 1.0; the draft carries the planted edits (also saved as
    ``save_as`` when given)."""
    path = tmp_path / "granskning.policy"
    seed = import_file(seed_path).policy
    with Workspace.create(path, seed) as ws:
        ws.save_version("1.0", author="Jurist")
        ws.publish("1.0", author="Jurist")
        ws.save_draft(plant_edits(ws.load_draft()))
        if save_as:
            ws.save_version(save_as, author="Jurist")
    return path


def open_compare(controller: EditorController) -> CompareView:
    """Review ▸ Compare… and return the view it shows."""
    trigger(controller, "review_compare")
    view = controller.window.findChild(CompareView, "compare_view")
    assert view is not None and view.isVisible()
    QApplication.processEvents()
    return view


def change_list(view: CompareView) -> list[str]:
    """The change list as shown: one "number heading — kind" line per change."""
    out = []
    for row in range(view.changes.count()):
        first, _, kind = view.changes.item(row).text().partition("\n")
        out.append(f"{first.strip()} — {kind.strip()}")
    return out


def flag_rows(view: CompareView) -> list[dict[str, str]]:
    """The flags list as shown."""
    names = ["severity", "status", "category", "section", "explanation", "reference"]
    # the flag rows under their section headers
    return [{name: item.text(i) for i, name in enumerate(names)}
            for item in view.flags.flag_items()]


def click_flag(qtbot: Any, view: CompareView, predicate: Any) -> int:
    """Click the first flag row for which ``predicate(row)`` holds; return its row."""
    from PySide6.QtCore import Qt

    tree = view.flags.tree
    items = view.flags.flag_items()
    for row, values in enumerate(flag_rows(view)):
        if predicate(values):
            item = items[row]
            tree.scrollToItem(item)
            rect = tree.visualItemRect(item)
            qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return row
    raise AssertionError(f"no such flag in {flag_rows(view)}")


def section_id(policy: Policy, number: str) -> str:
    """Id of the section numbered ``number``."""
    for ref in walk(policy):
        if ref.number == number:
            return ref.section.id
    raise KeyError(number)


__all__ = ["find"]
