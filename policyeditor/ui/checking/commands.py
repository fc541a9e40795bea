"""Drafting checks of one editor window: underlines, the spelling menu, the Problems panel.

Nothing here runs on a keystroke. Typing restarts two timers: after a short
pause the current section's body is spell-checked (a few milliseconds: the
speller caches its answers) and underlined; after a longer one the whole
document is checked in a worker thread and the Problems panel refilled.
"Add to Dictionary" writes the word into the workspace (every editor of the
document shares it); a document not yet saved in a workspace keeps it until
it is closed, like "Ignore".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from policyeditor.app.session import DocumentSession
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.lint import Finding, suggest, tokens
from policyeditor.core.lint.language import detect
from policyeditor.core.lint.spelling import SpellingContext, misspelt, section_language
from policyeditor.ui.checking.renumbering import ReferenceFollower
from policyeditor.ui.checking.service import CheckService, Linted
from policyeditor.ui.checking.underline import qt_offset, underline
from policyeditor.ui.window_context import FeatureCommands, WindowContext, on_trigger

SPELL_DELAY_MS = 350
LINT_DELAY_MS = 1200


def _cache() -> Path | None:
    from policyeditor.app.paths import cache_dir

    try:
        return cache_dir()
    except OSError:
        return None  # no cache folder: the dictionaries load unsplit


class CheckingCommands(FeatureCommands):
    """Spell check as you type, the spelling context menu, the Problems panel."""

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context)
        self.actions = self.window.checking_actions
        self.panel = self.window.problems_panel
        self.service = CheckService(_cache(), self.window)
        self.service.ready.connect(self._ready)
        self.service.failed.connect(self._failed)
        self.service.linted.connect(self._linted)
        self._spell_timer = QTimer(self.window, singleShot=True, interval=SPELL_DELAY_MS)
        self._spell_timer.timeout.connect(self.check_current)
        self._lint_timer = QTimer(self.window, singleShot=True, interval=LINT_DELAY_MS)
        self._lint_timer.timeout.connect(self.lint_document)
        self._ignored: set[str] = set()
        self._user_words: set[str] = set()
        self._misspelt: list[tokens.Word] = []
        self._context: SpellingContext | None = None
        self._follower: ReferenceFollower | None = None
        self.actions.view_spelling.setChecked(self.settings.spell_check)
        self.actions.view_spelling.toggled.connect(self._spelling_toggled)
        on_trigger(self.actions.view_problems, self.show_problems)
        self.panel.finding_activated.connect(self.go_to)

    # -- the document -------------------------------------------------------
    def attach(self, session: DocumentSession) -> None:
        """Check ``session`` from now on (called when the window shows it)."""
        self._ignored.clear()
        self._user_words = set(self._workspace_words(session))
        self._context = None
        editor = self.window.editor
        assert editor is not None
        for edit in (editor.body_edit, editor.preamble_edit):
            edit.setContextMenuPolicy(edit.contextMenuPolicy().CustomContextMenu)
            edit.customContextMenuRequested.connect(self._context_menu)
            edit.textChanged.connect(self._spell_timer.start)
        # another section: underline it at once (start(0) would change the typing delay)
        session.current_changed.connect(lambda _id: QTimer.singleShot(0, self.check_current))
        session.changed.connect(self._lint_timer.start)
        self._follower = ReferenceFollower(session, self.window, self.dialogs)
        self.panel.set_loading()
        if self.service.spellers is None:
            self.service.load()
        else:
            self._ready()

    @staticmethod
    def _workspace_words(session: DocumentSession) -> list[str]:
        if session.workspace is None:
            return []
        try:
            return list(session.workspace.dictionary_words())
        except PolicyEditorError:
            return []  # an unreadable word list must not stop the editor

    def _ready(self) -> None:
        self.lint_document()
        self.check_current()

    def _failed(self, error: object) -> None:
        from policyeditor.app.services.errors import describe

        if isinstance(error, PolicyEditorError):
            self.panel.set_unavailable(describe(error))

    @property
    def spelling_on(self) -> bool:
        """Spell check is on (View ▸ Check Spelling)."""
        return self.actions.view_spelling.isChecked()

    def _words(self) -> set[str]:
        return self._user_words | self._ignored

    # -- checks ---------------------------------------------------------------
    def lint_document(self) -> None:
        """Check the whole document in the background (the Problems panel)."""
        session = self.session
        if session is None or self.service.spellers is None:
            return
        self.service.lint(session.policy, self._words())

    def _linted(self, result: Linted) -> None:
        session = self.session
        first = self._context is None
        if session is not None:
            self._context = result.context  # built in the worker, not on this thread
            # words added or ignored while that check ran
            self._context.exempt |= {word.lower() for word in self._words()}
        shown = [f for f in result.findings if self.spelling_on or f.kind != "spelling"]
        if session is not None:
            # document order, whatever the kind: a drafter works top to bottom
            order = {section_id: i for i, section_id in enumerate(session.ordered_ids())}
            parts = {"title": 0, "preamble": 1, "heading": 2, "body": 3}
            shown.sort(key=lambda f: (order.get(f.section_id or "", -1),
                                      parts.get(f.part, 3), f.start))
        self.panel.set_findings(shown)
        if first and session is not None:
            self.check_current()  # the underlines waited for the context

    def _edit(self) -> tuple[QPlainTextEdit, str] | None:
        """The text field being edited (a section's body or the preamble) and its language."""
        session, editor = self.session, self.window.editor
        if session is None or editor is None:
            return None
        section_id = session.current_section_id
        if not section_id:
            preamble = session.policy.preamble
            return editor.preamble_edit, detect(preamble, session.policy.language)
        section = session.section(section_id)
        language = section_language(section.heading, section.body, session.policy.language)
        return editor.body_edit, language

    def check_current(self) -> None:
        """Underline the misspelt words of the section (or preamble) being edited."""
        session, current = self.session, self._edit()
        if session is None or current is None or self.service.spellers is None:
            return
        edit, language = current
        if not self.spelling_on:
            self._misspelt = []
            underline(edit, [])
            return
        if self._context is None:
            return  # the background check builds it, then underlines (_linted)
        self._misspelt = list(misspelt(edit.toPlainText(), language, self._context))
        underline(edit, self._misspelt)

    def _spelling_toggled(self, on: bool) -> None:
        self.settings.spell_check = on  # remembered for the next window and session
        self.check_current()
        self.lint_document()

    def _recheck(self) -> None:
        if self._context is not None:
            self._context.exempt |= {word.lower() for word in self._words()}
        self.check_current()
        self.lint_document()

    # -- the spelling menu ------------------------------------------------------
    def spelling_menu(self, position: QPoint) -> QMenu:
        """The body's context menu at ``position``: suggestions first on a misspelt word."""
        current = self._edit()
        assert current is not None
        body = current[0]
        menu = body.createStandardContextMenu(position)
        menu.setObjectName("spelling_menu")
        text = body.toPlainText()
        at = body.cursorForPosition(position).position()
        word = next((w for w in self._misspelt if qt_offset(text, w.start) <= at
                     <= qt_offset(text, w.end)), None) if self.spelling_on else None
        if word is None:
            self._offer_removal(menu, text, at)
        if word is None or self.service.spellers is None or self._context is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        items: list[QAction] = []
        proposals = self._suggestions(word)
        for proposal in proposals:
            action = QAction(proposal, menu)
            action.setObjectName("spelling_suggestion")
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, w=word, p=proposal: self._replace(w, p))
            items.append(action)
        if not proposals:
            none = QAction(QCoreApplication.translate("Problems", "(no suggestions)"), menu)
            none.setEnabled(False)
            items.append(none)
        ignore = QAction(QCoreApplication.translate("Problems", "Ignore “%1”")
                         .replace("%1", word.text), menu)
        ignore.setObjectName("spelling_ignore")
        ignore.triggered.connect(lambda _c=False, w=word.text: self.ignore(w))
        add = QAction(QCoreApplication.translate("Problems", "Add “%1” to Dictionary")
                      .replace("%1", word.text), menu)
        add.setObjectName("spelling_add")
        add.triggered.connect(lambda _c=False, w=word.text: self.add_to_dictionary(w))
        items += [ignore, add]
        for action in items:
            if first is not None:
                menu.insertAction(first, action)
            else:
                menu.addAction(action)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def _offer_removal(self, menu: QMenu, text: str, at: int) -> None:
        """On a word of the workspace's dictionary: a way to take it back out."""
        here = next((w for w in tokens.words(text)
                     if qt_offset(text, w.start) <= at <= qt_offset(text, w.end)), None)
        if here is None or here.text not in self._user_words:
            return
        remove = QAction(QCoreApplication.translate("Problems", "Remove “%1” from Dictionary")
                         .replace("%1", here.text), menu)
        remove.setObjectName("spelling_remove")
        remove.triggered.connect(lambda _c=False, w=here.text: self.remove_from_dictionary(w))
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, remove)
            menu.insertSeparator(first)
        else:
            menu.addAction(remove)

    def remove_from_dictionary(self, word: str) -> None:
        """Take ``word`` out of the workspace's dictionary: it is checked again."""
        session = self.session
        if session is not None and session.workspace is not None and not session.readonly:
            try:
                session.workspace.remove_dictionary_word(word)
            except PolicyEditorError as error:
                from policyeditor.app.services.errors import describe

                self.window.statusBar().showMessage(describe(error), 10000)
        self._user_words.discard(word)
        self._context = None  # its exempt words included this one: rebuilt from scratch
        self.check_current()
        self.lint_document()

    def _suggestions(self, word: tokens.Word) -> list[str]:
        spellers, current = self.service.spellers, self._edit()
        if current is None or spellers is None or self._context is None:
            return []
        speller = spellers.get(current[1])
        return suggest.suggest(speller, word.text, self._context.usage) if speller else []

    def _context_menu(self, position: QPoint) -> None:
        current = self._edit()
        if current is None:
            return
        menu = self.spelling_menu(position)
        menu.exec(current[0].viewport().mapToGlobal(position))
        menu.deleteLater()

    def _replace(self, word: tokens.Word, proposal: str) -> None:
        current = self._edit()
        if current is None:
            return
        body = current[0]
        text = body.toPlainText()
        if text[word.start:word.end] != word.text:
            return  # the text moved on since the menu opened
        cursor = body.textCursor()
        cursor.setPosition(qt_offset(text, word.start))
        cursor.setPosition(qt_offset(text, word.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(proposal)  # through textChanged: one undoable edit, as typing is
        body.setTextCursor(cursor)

    def ignore(self, word: str) -> None:
        """Accept ``word`` everywhere in this document until it is closed."""
        self._ignored.add(word)
        self._recheck()

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` in this document for good (kept in its workspace)."""
        session = self.session
        if session is not None and session.workspace is not None and not session.readonly:
            try:
                session.workspace.add_dictionary_word(word)
            except PolicyEditorError as error:
                from policyeditor.app.services.errors import describe

                self.window.statusBar().showMessage(describe(error), 10000)
        self._user_words.add(word)
        self._recheck()

    # -- the Problems panel ------------------------------------------------------
    def show_problems(self) -> None:
        """Show the Problems panel and check now."""
        self.window.problems_dock.show()
        self.window.problems_dock.raise_()
        self.lint_document()

    def go_to(self, finding: Finding) -> None:
        """Select the section of ``finding`` and the words it is about."""
        session, editor = self.session, self.window.editor
        if session is None or editor is None:
            return
        section_id = finding.section_id or ""
        if section_id and section_id not in session.ordered_ids():
            return  # gone since the check
        session.set_current(section_id)
        if self.window.outline is not None:
            self.window.outline.select_section(section_id)
        if finding.part == "body" and section_id:
            text = editor.body_edit.toPlainText()
            if text[finding.start:finding.end] == finding.text or finding.kind == "link":
                start = qt_offset(text, finding.start)
                editor.select_in_body(start, qt_offset(text, finding.end) - start)
            editor.body_edit.setFocus()
        elif finding.part == "heading" and section_id:
            editor.focus_heading()
        elif finding.part == "preamble":
            edit = editor.preamble_edit
            text = edit.toPlainText()
            if text[finding.start:finding.end] == finding.text:
                cursor = edit.textCursor()
                cursor.setPosition(qt_offset(text, finding.start))
                cursor.setPosition(qt_offset(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
                edit.setTextCursor(cursor)
            edit.setFocus()
