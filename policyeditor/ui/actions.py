"""Every QAction of the editor, declared in one place.

Actions carry an objectName (tests and scripts find them by it), an SVG icon,
a standard shortcut where the platform has one, and a translated text that is
re-read on language change (``retranslate``). Behaviour is connected
elsewhere (``ui.controller``); this module only declares.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from policyeditor.ui.common.icons import icon

SK = QKeySequence.StandardKey


# name: (text, icon, shortcut (StandardKey or string or None), status tip)
# Section moves use Word's outline keys (Alt+Shift+arrows): Ctrl+Shift+arrows
# select words and paragraphs in text fields and must keep doing so.
# Texts are QT_TRANSLATE_NOOP markers (typed as object by the stubs; str at run time).
_SPEC: dict[str, tuple[object, str | None, SK | str | None, object]] = {
    "file_new": (
        QT_TRANSLATE_NOOP("Actions", "&New"),
        "document-new",
        SK.New,
        QT_TRANSLATE_NOOP("Actions", "Start a new, empty policy"),
    ),
    "file_open": (
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        "document-open",
        SK.Open,
        QT_TRANSLATE_NOOP("Actions", "Open a policy workspace or a text file"),
    ),
    "file_import": (
        QT_TRANSLATE_NOOP("Actions", "&Import Text…"),
        "document-import",
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Actions", "Import a revised Markdown or text file into this workspace"),
    ),
    "file_save": (
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        "document-save",
        SK.Save,
        QT_TRANSLATE_NOOP("Actions", "Write the draft to its workspace now"),
    ),
    "file_save_as": (
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        "document-save-as",
        SK.SaveAs,
        QT_TRANSLATE_NOOP("Actions", "Save the document as a new workspace file"),
    ),
    "file_export_html": (
        QT_TRANSLATE_NOOP("Actions", "Export Draft as &HTML…"),
        "document-export",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write the draft as a self-contained HTML file"),
    ),
    "file_export_pdf": (
        QT_TRANSLATE_NOOP("Actions", "Export Draft as &PDF…"),
        "document-export",
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Write the draft as a PDF file"),
    ),
    "file_close": (
        QT_TRANSLATE_NOOP("Actions", "&Close Window"),
        None,
        SK.Close,
        QT_TRANSLATE_NOOP("Actions", "Close this window"),
    ),
    "file_quit": (
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "application-exit",
        SK.Quit,
        QT_TRANSLATE_NOOP("Actions", "Quit PolicyEditor"),
    ),
    "edit_undo": (
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "edit-undo",
        SK.Undo,
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
    ),
    "edit_redo": (
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "edit-redo",
        SK.Redo,
        QT_TRANSLATE_NOOP("Actions", "Redo the change you undid"),
    ),
    "edit_find": (
        QT_TRANSLATE_NOOP("Actions", "&Find and Replace…"),
        "edit-find",
        SK.Find,
        QT_TRANSLATE_NOOP("Actions", "Search and replace across all sections"),
    ),
    "edit_find_next": (
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        None,
        SK.FindNext,
        QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
    ),
    "edit_settings": (
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "settings",
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Language, author name, font, autosave"),
    ),
    "section_add": (
        QT_TRANSLATE_NOOP("Actions", "&Add Section"),
        "section-add",
        "Ctrl+Return",
        QT_TRANSLATE_NOOP("Actions", "Add a section after the current one"),
    ),
    "section_add_child": (
        QT_TRANSLATE_NOOP("Actions", "Add &Subsection"),
        "section-add-child",
        "Ctrl+Shift+Return",
        QT_TRANSLATE_NOOP("Actions", "Add a subsection inside the current section"),
    ),
    "section_delete": (
        QT_TRANSLATE_NOOP("Actions", "&Delete Section…"),
        "section-delete",
        "Ctrl+Shift+Delete",
        QT_TRANSLATE_NOOP("Actions", "Delete the current section and its subsections"),
    ),
    "section_rename": (
        QT_TRANSLATE_NOOP("Actions", "&Rename Section"),
        "section-rename",
        "F2",
        QT_TRANSLATE_NOOP("Actions", "Edit the current heading"),
    ),
    "section_move_up": (
        QT_TRANSLATE_NOOP("Actions", "Move &Up"),
        "go-up",
        "Alt+Shift+Up",
        QT_TRANSLATE_NOOP("Actions", "Move the section before the previous one"),
    ),
    "section_move_down": (
        QT_TRANSLATE_NOOP("Actions", "Move Do&wn"),
        "go-down",
        "Alt+Shift+Down",
        QT_TRANSLATE_NOOP("Actions", "Move the section after the next one"),
    ),
    "section_indent": (
        QT_TRANSLATE_NOOP("Actions", "&Indent"),
        "format-indent-more",
        "Alt+Shift+Right",
        QT_TRANSLATE_NOOP("Actions", "Make the section a subsection of the one before"),
    ),
    "section_outdent": (
        QT_TRANSLATE_NOOP("Actions", "&Outdent"),
        "format-indent-less",
        "Alt+Shift+Left",
        QT_TRANSLATE_NOOP("Actions", "Move the section one level up"),
    ),
    "view_preview": (
        QT_TRANSLATE_NOOP("Actions", "&Preview"),
        "view-preview",
        "F9",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the preview"),
    ),
    "view_versions": (
        QT_TRANSLATE_NOOP("Actions", "&Versions"),
        None,
        "F10",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the versions panel"),
    ),
    "version_save": (
        QT_TRANSLATE_NOOP("Actions", "Save &Version…"),
        "version-save",
        "Ctrl+Alt+S",
        QT_TRANSLATE_NOOP("Actions", "Save the draft as a named version"),
    ),
    "version_open": (
        QT_TRANSLATE_NOOP("Actions", "&Open Version"),
        "version-open",
        None,
        QT_TRANSLATE_NOOP("Actions", "View the selected version read-only"),
    ),
    "version_restore": (
        QT_TRANSLATE_NOOP("Actions", "&Restore into Draft"),
        "version-restore",
        None,
        QT_TRANSLATE_NOOP("Actions", "Replace the draft with the selected version (undoable)"),
    ),
    "version_publish": (
        QT_TRANSLATE_NOOP("Actions", "&Publish Version…"),
        "version-publish",
        None,
        QT_TRANSLATE_NOOP("Actions", "Mark the selected version as published"),
    ),
    "version_export_html": (
        QT_TRANSLATE_NOOP("Actions", "Export Version as H&TML…"),
        "document-export",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write the selected version as HTML"),
    ),
    "version_export_pdf": (
        QT_TRANSLATE_NOOP("Actions", "Export Version as P&DF…"),
        "document-export",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write the selected version as PDF"),
    ),
    # Review desk (issue 7): compare view, flags, revision import, release notice.
    "review_compare": (
        QT_TRANSLATE_NOOP("Actions", "&Compare…"),
        None,
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "Compare two versions or the draft and review the changes"),
    ),
    "review_flags": (
        QT_TRANSLATE_NOOP("Actions", "&Flags"),
        None,
        "F8",
        QT_TRANSLATE_NOOP("Actions", "Flags raised since the last published version"),
    ),
    "review_import": (
        QT_TRANSLATE_NOOP("Actions", "&Import Revision…"),
        "document-import",
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Import a revised text into the draft and compare it with the last published version"  # noqa: E501
        ),
    ),
    "review_notice": (
        QT_TRANSLATE_NOOP("Actions", "Release &Notice…"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Edit the “What has changed” text of the selected version"),
    ),
    "review_export_published_html": (
        QT_TRANSLATE_NOOP("Actions", "Export Published Version as &HTML…"),
        "document-export",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write the published version, with its release notice, as HTML"),  # noqa: E501
    ),
    "review_export_published_pdf": (
        QT_TRANSLATE_NOOP("Actions", "Export Published Version as &PDF…"),
        "document-export",
        None,
        QT_TRANSLATE_NOOP("Actions", "Write the published version, with its release notice, as PDF"),  # noqa: E501
    ),
    "help_about": (
        QT_TRANSLATE_NOOP("Actions", "&About PolicyEditor"),
        "help-about",
        None,
        QT_TRANSLATE_NOOP("Actions", "Version and licences"),
    ),
}

CHECKABLE = {"view_preview", "view_versions"}


class Actions(QObject):
    """The editor's actions by name: ``actions["file_open"]`` or ``actions.file_open``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for name, (_text, icon_name, shortcut, _tip) in _SPEC.items():
            action = QAction(parent)
            action.setObjectName(name)
            if icon_name:
                action.setIcon(icon(icon_name))
            if isinstance(shortcut, SK):
                action.setShortcuts(shortcut)
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(name in CHECKABLE)
            self._actions[name] = action
        self["file_quit"].setMenuRole(QAction.MenuRole.QuitRole)
        self["edit_settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self["help_about"].setMenuRole(QAction.MenuRole.AboutRole)
        # Undo/redo must also win inside text fields, whose own undo is disabled.
        for name in ("edit_undo", "edit_redo"):
            self[name].setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        actions = self.__dict__.get("_actions")
        if actions is not None and name in actions:
            return actions[name]
        raise AttributeError(name)

    def names(self) -> list[str]:
        """All action names."""
        return list(self._actions)

    def retranslate(self) -> None:
        """Re-read every text in the current UI language."""
        for name, (text, _icon, _shortcut, tip) in _SPEC.items():
            action = self._actions[name]
            action.setText(QCoreApplication.translate("Actions", str(text)))
            action.setStatusTip(QCoreApplication.translate("Actions", str(tip)))
            action.setToolTip(
                QCoreApplication.translate("Actions", str(text)).replace("&", "").rstrip("…")
            )


def undo_text(base: str, command_text: str) -> str:
    """ "Undo Typing" style label."""
    return f"{base} {command_text}".strip() if command_text else base
