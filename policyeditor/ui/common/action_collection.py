"""The QActions of one feature, declared in one table (after Frescobaldi's action collections).

Each feature package (files, editing, versions, review, export, settings)
declares its actions in its own ``actions.py``: a subclass of
:class:`ActionCollection` with a ``SPECS`` table (objectName, text, icon,
shortcut, status tip) and a typed attribute per action. The collection creates
the QActions on the window it is given, so shortcuts work window-wide and tests
and scripts find an action by its objectName; ``translate_ui`` re-reads the
texts in the current UI language. Behaviour is connected by the feature's
commands; the main window places the actions in menus and the toolbar.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from policyeditor.ui.common.icons import icon

SK = QKeySequence.StandardKey

#: Every action text is in this translation context (the existing Swedish texts apply).
CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    """How one action looks: texts are ``QT_TRANSLATE_NOOP("Actions", ...)`` markers.

    The markers are typed ``object`` by the stubs (they are ``str`` at run
    time); lupdate finds them in the feature's ``actions.py``.
    """

    name: str
    text: object
    icon: str | None
    shortcut: SK | str | None
    tip: object
    checkable: bool = False
    menu_role: QAction.MenuRole | None = None  # macOS moves Quit, Settings, About
    # Undo/redo must also win inside text fields, whose own undo is disabled.
    window_shortcut: bool = False
    # Keys besides the platform's standard ones, e.g. Word's Ctrl+Y for redo
    # (the standard redo is Ctrl+Shift+Z on Linux and macOS).
    extra_shortcuts: tuple[str, ...] = ()


class ActionCollection:
    """A fixed set of QActions, one attribute per ``SPECS`` entry, parented to a window."""

    SPECS: ClassVar[tuple[ActionSpec, ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # Attributes are declared for the type checker; a spec without one is a slip.
        missing = {spec.name for spec in cls.SPECS} - set(cls.__annotations__)
        if missing:
            raise TypeError(f"{cls.__name__} declares no attribute for {sorted(missing)}")

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in self.SPECS:
            action = QAction(parent)
            action.setObjectName(spec.name)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            keys: list[QKeySequence] = []
            if isinstance(spec.shortcut, SK):
                keys = QKeySequence.keyBindings(spec.shortcut)
            elif spec.shortcut:
                keys = [QKeySequence(spec.shortcut)]
            keys += [k for k in map(QKeySequence, spec.extra_shortcuts) if k not in keys]
            if keys:
                action.setShortcuts(keys)
            action.setCheckable(spec.checkable)
            if spec.menu_role is not None:
                action.setMenuRole(spec.menu_role)
            if spec.window_shortcut:
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._actions[spec.name] = action
            setattr(self, spec.name, action)
        self.translate_ui()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def names(self) -> list[str]:
        """The objectNames of the actions, in declaration order."""
        return list(self._actions)

    def translate_ui(self) -> None:
        """Re-read every text in the current UI language."""
        for spec in self.SPECS:
            action = self._actions[spec.name]
            text = QCoreApplication.translate(CONTEXT, str(spec.text))
            action.setText(text)
            action.setStatusTip(QCoreApplication.translate(CONTEXT, str(spec.tip)))
            action.setToolTip(text.replace("&", "").rstrip("…"))
