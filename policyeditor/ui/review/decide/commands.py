"""Accept/reject behaviour of the compare view: decide, step, show, apply to the draft.

Like Word, Accept and Reject act on the selected change and move on to the
next open one. Unlike Word, where each click edits the document at once, a
decision is first shown in the redline (kept words on a tint, dropped words
muted and struck through) and in the list, and Apply to Draft then makes the
draft from all of them as one undo step (Ctrl+Z takes it back whole). After
applying, the draft is compared again: rejected changes are gone, accepted
ones stay listed as accepted, open ones stay open (they read as the new side
has them, as unreviewed tracked changes stay in a Word document).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from policyeditor.app.review_session import DRAFT, ReviewModel
from policyeditor.core.compare.result import Comparison
from policyeditor.core.merge.build import build_policy
from policyeditor.core.merge.changes import ACCEPT, REJECT, Decision
from policyeditor.core.merge.draft_edits import draft_edits
from policyeditor.core.merge.preview import (
    decided_comparison,
    finish_html,
    parse_anchor,
)
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.panes import RenderOptions, anchor, redline_html
from policyeditor.ui.review.actions import DecideActions
from policyeditor.ui.review.compare_panes import RedlinePane
from policyeditor.ui.review.decide.change_tree import DecisionList
from policyeditor.ui.review.decide.review_bar import ReviewBar
from policyeditor.ui.review.decide.state import DecisionState
from policyeditor.ui.window_context import on_trigger

#: Asks the user (title, question, yes-button text) and says whether to go on.
Confirm = Callable[[str, str, str], bool]


class DecideCommands(QObject):
    """The decide actions of one compare view, its change list and its review bar."""

    def __init__(self, view: QWidget, model: ReviewModel,
                 panes: Callable[[], list[RedlinePane]],
                 rerender: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self._panes = panes
        self._rerender = rerender
        self.confirm: Confirm | None = None  # set by the review commands (real dialogs)
        self._watched: tuple[RedlinePane, ...] = ()
        self.state = DecisionState(self)
        self.actions = DecideActions(view)
        view.addActions(list(self.actions))
        undo = model.session.undo_stack.createUndoAction(
            self, QCoreApplication.translate("DecideView", "Undo"))
        undo.setObjectName("decide_undo_action")
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        view.addAction(undo)
        self.undo = undo
        self.list = DecisionList()
        self.bar = ReviewBar(self.actions, undo)
        a = self.actions
        self.list.set_context_actions([
            a.review_accept_change, a.review_reject_change, a.review_accept_section,
            a.review_reject_section,
        ])
        on_trigger(a.review_accept_change, lambda: self.decide_current(ACCEPT))
        on_trigger(a.review_reject_change, lambda: self.decide_current(REJECT))
        on_trigger(a.review_accept_section, lambda: self.decide_section(ACCEPT))
        on_trigger(a.review_reject_section, lambda: self.decide_section(REJECT))
        on_trigger(a.review_accept_all, lambda: self.decide_all(ACCEPT))
        on_trigger(a.review_reject_all, lambda: self.decide_all(REJECT))
        on_trigger(a.review_next_change, lambda: self.step(1))
        on_trigger(a.review_previous_change, lambda: self.step(-1))
        on_trigger(a.review_apply_decisions, self.apply)
        self.list.current_change.connect(self._current_changed)
        self.list.itemActivated.connect(lambda *_: self.show_current())
        self.state.changed.connect(self._decisions_changed)
        self._update()

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        self.actions.translate_ui()
        self.list.retranslate()
        self.bar.retranslate()
        self._fill()

    # -- the comparison shown ---------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        """The comparison was (re)computed: list its changes, keeping decisions."""
        current = self.list.current_index()
        key = self.state.changes[current].key if 0 <= current < len(self.state.changes) else ""
        self.state.blockSignals(True)
        self.state.set_comparison(comparison)
        self.state.blockSignals(False)
        keys = [c.key for c in self.state.changes]
        if key in keys:
            current = keys.index(key)
        else:
            # Like Word's cursor at the top of a marked-up document: Accept and
            # Reject work at once, on the first change still open.
            found = self.state.next_open(len(keys) - 1) if keys else None
            current = found if found is not None else (0 if keys else -1)
        self._fill(current)

    def render(self, comparison: Comparison, side: str, options: RenderOptions) -> str:
        """One pane's rich text: the redline with the decisions and change anchors on it."""
        shown = decided_comparison(comparison, self.state.changes, self.state.decisions())
        return finish_html(redline_html(shown, side, options))

    def _decisions(self) -> list[Decision | None]:
        return [self.state.decision(i) for i in range(len(self.state.changes))]

    def _fill(self, current: int = -1) -> None:
        self.list.fill(self.state.comparison, self.state.changes, self._decisions(), current)
        self._update()

    def _decisions_changed(self) -> None:
        self.list.update_decisions(self._decisions())
        self._update()
        self._rerender()
        self.show_current()

    def _update(self) -> None:
        a = self.actions
        has_current = self.list.current_index() >= 0
        for action in (a.review_accept_change, a.review_reject_change,
                       a.review_accept_section, a.review_reject_section):
            action.setEnabled(has_current)
        has_changes = bool(self.state.changes)
        for action in (a.review_accept_all, a.review_reject_all, a.review_next_change,
                       a.review_previous_change):
            action.setEnabled(has_changes)
        editable = not self.model.session.readonly
        a.review_apply_decisions.setEnabled(editable and bool(self.state.decisions()))
        self.bar.show_counts(*self.state.counts())

    # -- deciding -------------------------------------------------------------------------
    def decide_current(self, decision: Decision) -> None:
        """Decide the selected change, then select the next open one (as Word does)."""
        index = self.list.current_index()
        if index < 0:
            return
        self.state.decide([index], decision)
        following = self.state.next_open(index)
        if following is not None:
            self.list.select(following)

    def decide_section(self, decision: Decision) -> None:
        """Decide every change in the selected change's section."""
        index = self.list.current_index()
        if index >= 0:
            self.state.decide(self.state.same_section(index), decision)

    def decide_all(self, decision: Decision) -> None:
        """Decide every change listed."""
        self.state.decide(list(range(len(self.state.changes))), decision)

    def step(self, delta: int) -> None:
        """Select the next (1) or previous (-1) change and show it."""
        count = len(self.state.changes)
        if not count:
            return
        index = self.list.current_index()
        if index < 0:
            index = 0 if delta > 0 else count - 1
        else:
            index = max(0, min(count - 1, index + delta))
        self.list.select(index)
        self.show_current()

    def watch(self, panes: tuple[RedlinePane, ...]) -> None:
        """A click on a change in any of ``panes`` makes it current (as a click on a
        tracked change in Word puts the cursor there for Accept and Reject)."""
        # The mouse, not the caret: a selected flag moves the caret to its evidence
        # and must keep its own highlight.
        self._watched = panes
        for pane in panes:
            pane.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease:
            pane = next((p for p in self._watched if p.viewport() == watched), None)
            if pane is not None:
                self._clicked_in(pane, event.position().toPoint())
        return False

    def _clicked_in(self, pane: RedlinePane, point: QPoint) -> None:
        if pane.textCursor().hasSelection():
            return  # the reader is selecting words (to copy or comment on them)
        position = pane.cursorForPosition(point).position()
        for index, (start, end) in sorted(_anchor_spans(pane.document()).items()):
            if start <= position <= end and index < len(self.state.changes):
                self._make_current(index)
                return

    def _make_current(self, index: int) -> None:
        """Select the ``index``-th change and mark it, without scrolling the panes."""
        self.list.blockSignals(True)
        self.list.select(index)
        self.list.blockSignals(False)
        self._update()
        self.show_current(scroll=False)

    def select_section(self, section: int) -> None:
        """Make the first change of comparison row ``section`` current (the section list
        was clicked), without scrolling the panes: the section list already did."""
        first = next((i for i, c in enumerate(self.state.changes) if c.section == section), -1)
        if first >= 0:
            self._make_current(first)

    def _current_changed(self, _index: int) -> None:
        self._update()
        self.show_current()

    # -- showing the current change ---------------------------------------------------------
    def show_current(self, *, scroll: bool = True) -> None:
        """Highlight the current change's words (and scroll the panes to it)."""
        index = self.list.current_index()
        if index < 0:
            return
        change = self.state.changes[index]
        for pane in self._panes():
            if scroll and change.section >= 0:
                pane.go_to(anchor(change.section))
            self._highlight(pane, index, scroll)

    def _highlight(self, pane: RedlinePane, index: int, scroll: bool) -> None:
        found = _anchor_spans(pane.document()).get(index)
        if found is None:
            pane.setExtraSelections([])
            return
        start, end = found
        cursor = QTextCursor(pane.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(PALETTE.highlight))
        selection.format = fmt
        selection.cursor = cursor
        pane.setExtraSelections([selection])
        if not scroll:
            return
        caret = QTextCursor(cursor)
        caret.setPosition(start)
        pane.setTextCursor(caret)
        pane.ensureCursorVisible()

    # -- applying -----------------------------------------------------------------------------
    def apply(self) -> None:
        """Make the draft from the decisions, as one undoable step."""
        model = self.model
        session = model.session
        if session.readonly or model.comparison is None or not self.state.decisions():
            return
        if model.new_key != DRAFT and self.confirm is not None and not self.confirm(
            QCoreApplication.translate("DecideView", "Apply to Draft"),
            QCoreApplication.translate(
                "DecideView",
                "The draft will be replaced by version %1 with your decisions applied. "
                "Undo brings the current draft back.",
            ).replace("%1", model.new_key),
            QCoreApplication.translate("DecideView", "Replace Draft"),
        ):
            return
        comparison = model.comparison
        draft_side = comparison.new if model.new_key == DRAFT else comparison.old
        if DRAFT in (model.old_key, model.new_key) and draft_side != session.policy:
            model.refresh()  # typed since the last comparison: decide on what is there now
            comparison = model.comparison
            if comparison is None:
                return
        target = build_policy(comparison, self.state.decisions())
        changes = draft_edits(session.policy, target)
        if changes:
            name = QCoreApplication.translate("DecideView", "Apply Review Decisions")
            session.apply_edits(changes, name)
        if model.new_key != DRAFT:
            model.set_sides(model.old_key, DRAFT)
        else:
            model.refresh()

    def actions_list(self) -> list[QAction]:
        """Every action of this feature (the window's keys and the tests find them)."""
        return [*self.actions, self.undo]


def _anchor_spans(document: QTextDocument) -> dict[int, tuple[int, int]]:
    """Where each change stands in a pane: from its first start anchor to its last end
    anchor (inline, the deleted and the inserted words together), by change number."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            for name in fragment.charFormat().anchorNames():
                parsed = parse_anchor(name)
                if parsed is None:
                    continue
                number, kind = parsed
                if kind == "e":
                    ends[number] = max(ends.get(number, -1), fragment.position())
                else:
                    # an anchor on the space before a change: the change starts after it
                    start = fragment.position() + (1 if kind == "s" else 0)
                    starts[number] = min(starts.get(number, start), start)
            fragments += 1
        block = block.next()
    return {n: (start, ends[n]) for n, start in starts.items() if ends.get(n, -1) > start}
