"""The review of one document as a model, without widgets.

Which two sides are compared (any saved version, or the live draft), whether
formatting-only changes are ignored, the resulting comparison with its flags,
and each flag's review state, all from the review service
(:mod:`policyeditor.app.services.review`). Acknowledging a flag writes to the
workspace and re-reads the states; a change of the draft is picked up after a
short pause so the compare view follows typing without recomputing on every
keystroke.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from policyeditor.app.services import review
from policyeditor.app.session import DocumentSession
from policyeditor.core.compare.result import Comparison, Flag, SideInfo
from policyeditor.core.model import Policy
from policyeditor.core.review.flagged import FlaggedComparison
from policyeditor.core.review.states import FlagState

if TYPE_CHECKING:
    from policyeditor.core.workspace import Workspace

DRAFT = ""  # the side key of the live draft; any other key is a version label
REFRESH_DELAY_MS = 400


@dataclass(frozen=True)
class Side:
    """One thing that can be compared: a saved version or the draft."""

    key: str  # version label, or DRAFT
    status: str  # "draft" (unsaved draft or saved version), "approved", "published"
    created: str = ""

    @property
    def is_draft(self) -> bool:
        """The live draft (not a saved version)."""
        return self.key == DRAFT


#: A comparison ready to run: its inputs were read on the GUI thread (SQLite stays
#: there), so calling it touches no workspace and is safe in a worker thread.
ComparisonWork = Callable[[], FlaggedComparison]


class _CompareJob(QThread):
    """One background comparison; the result comes back as a queued signal."""

    done = Signal(object, int)  # Comparison, generation

    def __init__(self, work: ComparisonWork, generation: int) -> None:
        super().__init__()
        self._work = work
        self._generation = generation

    def run(self) -> None:
        try:
            comparison = self._work().comparison
        except Exception:
            return  # a failed follow-up keeps the last good view; an explicit refresh reports
        self.done.emit(comparison, self._generation)


# Jobs stay referenced until they end (a QThread must not be collected while it runs),
# and the application waits for them before quitting.
_RUNNING: set[_CompareJob] = set()


def _wait_for_jobs() -> None:
    for job in list(_RUNNING):
        job.wait()


def _hook_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("policyeditor_review_hooked"):
        app.aboutToQuit.connect(_wait_for_jobs)
        app.setProperty("policyeditor_review_hooked", True)


class ReviewModel(QObject):
    """Two sides, their comparison, flags and review states."""

    changed = Signal()  # comparison (and states) recomputed
    states_changed = Signal()  # only acknowledgements changed

    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.old_key = DRAFT
        self.new_key = DRAFT
        self.ignore_formatting = False
        self.comparison: Comparison | None = None
        self.states: list[FlagState] = []
        # Recompute on draft changes only while someone looks (a hidden view costs nothing).
        self._active = True
        self._stale = False
        self._generation = 0
        self._job: _CompareJob | None = None
        self._pending = False
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_in_background)
        session.changed.connect(self._draft_changed)
        _hook_quit()
        old, new = self.default_keys()
        self.old_key, self.new_key = old, new

    # -- sides --------------------------------------------------------------
    @property
    def workspace(self) -> Workspace | None:
        """The workspace of the document (None before it is saved as one)."""
        return self.session.workspace

    def sides(self) -> list[Side]:
        """Every saved version (oldest first), then the draft."""
        ws = self.workspace
        found = [Side(v.label, v.status, v.created) for v in ws.versions()] if ws else []
        return [*found, Side(DRAFT, "draft")]

    def side(self, key: str) -> Side:
        """The side called ``key``."""
        for side in self.sides():
            if side.key == key:
                return side
        return Side(DRAFT, "draft")

    def default_keys(self) -> tuple[str, str]:
        """The last published version (else the newest version) against the draft."""
        versions = [s for s in self.sides() if not s.is_draft]
        published = [s for s in versions if s.status == "published"]
        base = published[-1] if published else versions[-1] if versions else None
        return (base.key if base else DRAFT), DRAFT

    def last_published(self) -> str | None:
        """Label of the newest published version, if any."""
        published = [s.key for s in self.sides() if s.status == "published"]
        return published[-1] if published else None

    def set_sides(self, old_key: str, new_key: str) -> None:
        """Compare ``old_key`` with ``new_key`` (labels, or DRAFT)."""
        if (old_key, new_key) != (self.old_key, self.new_key):
            self.old_key, self.new_key = old_key, new_key
            self.refresh()

    def set_ignore_formatting(self, ignore: bool) -> None:
        """Hide changes of formatting only (emphasis, quotes, spacing)."""
        if ignore != self.ignore_formatting:
            self.ignore_formatting = ignore
            self.refresh()

    def new_side_published(self) -> bool:
        """The new side is a published version (read-only: no sign-off there)."""
        return self.side(self.new_key).status == "published"

    # -- computing ------------------------------------------------------------
    def policy_of(self, key: str) -> Policy:
        """The content of one side (the draft as it stands now)."""
        if key == DRAFT or self.workspace is None:
            return self.session.policy.clone()
        return self.workspace.load_version(key)

    def _info(self, key: str, policy: Policy) -> SideInfo:
        source = self.session.path or ""
        if key == DRAFT or self.workspace is None:
            return SideInfo(source=source, label=None, title=policy.title)
        info = self.workspace.version(key)
        return SideInfo(
            source=source,
            label=key,
            title=policy.title,
            fingerprint=info.fingerprint,
            created=info.created,
        )

    def _work(self) -> ComparisonWork:
        """The comparison of the chosen sides, read on this thread (SQLite stays here)."""
        old, new = self.policy_of(self.old_key), self.policy_of(self.new_key)
        return functools.partial(
            review.compare_policies,
            old,
            new,
            old_info=self._info(self.old_key, old),
            new_info=self._info(self.new_key, new),
            ignore_formatting=self.ignore_formatting,
        )

    def refresh(self) -> None:
        """Recompute the comparison, its flags and their review states now."""
        self._timer.stop()
        self._stale = False
        self._generation += 1  # a background result still on its way is now outdated
        work = self._work()
        self._show(work().comparison)

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._read_states()
        self.changed.emit()

    def _refresh_in_background(self) -> None:
        """Follow the draft without blocking typing: compare in a worker thread."""
        if self._job is not None:
            self._pending = True  # one more round when the running one ends
            return
        self._stale = False
        self._generation += 1
        job = _CompareJob(self._work(), self._generation)
        job.done.connect(self._job_done)
        job.finished.connect(self._job_finished)
        self._job = job
        _RUNNING.add(job)
        job.start()

    def _job_done(self, comparison: Comparison, generation: int) -> None:
        if generation == self._generation:  # else the user asked for something newer
            self._show(comparison)

    def _job_finished(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            _RUNNING.discard(job)
            job.deleteLater()
        if self._pending:
            self._pending = False
            self._refresh_in_background()

    def wait(self) -> None:
        """Block until a background comparison has ended (tests, shutdown)."""
        if self._job is not None:
            self._job.wait()
            QCoreApplication.sendPostedEvents(self)

    def _read_states(self) -> None:
        comparison = self.comparison
        self.states = review.flag_states(comparison, self.workspace) if comparison else []

    def _draft_changed(self) -> None:
        if DRAFT in (self.old_key, self.new_key) and self.comparison is not None:
            if self._active:
                self._timer.start()
            else:
                self._stale = True

    def set_active(self, active: bool) -> None:
        """Follow the draft while shown; catch up at once when shown again."""
        self._active = active
        if active and self._stale:
            self.refresh()

    # -- sign-off ---------------------------------------------------------------
    def can_acknowledge(self) -> bool:
        """Sign-off needs a workspace and a new side that is not yet published."""
        return self.workspace is not None and not self.new_side_published()

    def acknowledge(self, flag: Flag, key: str, reviewer: str, comment: str) -> None:
        """Record the reviewer's sign-off of ``flag`` against the section as it reads now."""
        ws = self.workspace
        if self.comparison is None or ws is None or not self.can_acknowledge():
            return
        review.acknowledge(ws, self.comparison, flag, key, reviewer=reviewer, comment=comment)
        self._read_states()
        self.states_changed.emit()

    def withdraw(self, flag: Flag, key: str, reviewer: str, reason: str) -> None:
        """Record that ``reviewer`` withdrew the sign-off of ``flag``; it needs review again."""
        ws = self.workspace
        if self.comparison is None or ws is None or not self.can_acknowledge():
            return
        review.withdraw_acknowledgement(ws, self.comparison, flag, key, reviewer=reviewer,
                                        comment=reason)
        self._read_states()
        self.states_changed.emit()

    def open_count(self, severity: str | None = None) -> int:
        """Flags still needing review (of one severity, or all)."""
        return sum(
            1
            for s in self.states
            if not s.acknowledged and (severity is None or s.flag.severity == severity)
        )
