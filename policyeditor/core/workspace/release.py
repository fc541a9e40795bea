"""Releasing versions: approval, the publish gate and the second-approver rule.

Split from :mod:`.store` by job: the store keeps the draft and the versions'
content, this mixin moves a version through ``draft -> approved -> published``.
Both gates hold here, at the lowest level that can publish, so neither the
command line nor the editor can skip them:

* the flag gate: open high-severity flags since the last publication refuse
  publishing unless a reason is given (recorded as an ``override`` event);
* the approval rule (workspace setting :data:`REQUIRE_SECOND_APPROVER`):
  when on, a version is published only after someone other than its author
  approved it, and an author cannot approve their own version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from policyeditor.core.canonical import fingerprint
from policyeditor.core.workspace.errors import (
    ApprovalRequired,
    DamagedWorkspace,
    OwnVersionApproval,
    PublishRefused,
    VersionImmutable,
    VersionNotFound,
)
from policyeditor.core.workspace.session import WorkspaceSession

if TYPE_CHECKING:
    from policyeditor.core.compare.result import Flag
    from policyeditor.core.model import Policy
    from policyeditor.core.workspace.records import VersionInfo

#: Workspace setting: "on" when publishing needs an approval by someone other
#: than the version's author.
REQUIRE_SECOND_APPROVER = "require_second_approver"
#: Workspace setting: ISO date (YYYY-MM-DD) by which the policy is to be reviewed again.
REVIEW_BY = "review_by"


def same_person(a: str, b: str) -> bool:
    """Whether two author names name the same person (case and spacing ignored)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class ReleaseMixin(WorkspaceSession):
    """Approve and publish versions; the store supplies the version accessors."""

    # -- supplied by the store (declared here so the gates can use them) -------------------
    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first."""
        raise NotImplementedError

    def load_version(self, label: str) -> Policy:
        """The content of a version."""
        raise NotImplementedError

    def _version_info(self, db: sqlite3.Connection, label: str) -> VersionInfo:
        raise NotImplementedError

    # -- the approval rule -----------------------------------------------------------------
    def requires_second_approver(self) -> bool:
        """Whether publishing needs an approval by someone other than the author."""
        return self.get_setting(REQUIRE_SECOND_APPROVER, "off") == "on"

    def set_requires_second_approver(self, on: bool) -> None:
        """Switch the second-approver rule on or off for this workspace."""
        self.set_setting(REQUIRE_SECOND_APPROVER, "on" if on else "off")

    def review_by(self) -> str:
        """The next review date (ISO ``YYYY-MM-DD``), or '' when none is set."""
        return self.get_setting(REVIEW_BY, "") or ""

    def set_review_by(self, day: str) -> None:
        """Set (or with '' clear) the next review date; the caller validated it."""
        self.set_setting(REVIEW_BY, day)

    def review_overdue(self, today: str) -> bool:
        """Whether the review date has passed (``today`` as ISO date)."""
        due = self.review_by()
        return bool(due) and due < today  # ISO dates compare as text

    def approvers(self, label: str) -> list[str]:
        """Who approved ``label``, in order (from the append-only log)."""
        return [e.author for e in self.events() if e.kind == "approve" and e.label == label]

    def approve(self, label: str, *, author: str = "", note: str = "") -> VersionInfo:
        """Move a version from draft to approved.

        With the second-approver rule on, the version's author may not approve
        it (:class:`OwnVersionApproval`) and the approver must give a name.
        """
        return self._set_status(label, "approved", author, None, note=note)

    def publish(self, label: str, *, author: str = "", override_reason: str | None = None,
                rule_files: Sequence[Path] = ()) -> VersionInfo:
        """Publish a version: from now on nothing can change or delete it.

        The publish gate holds here, so no caller can skip it: while
        :meth:`open_high_flags` (with the user's ``rule_files``) finds any, the
        version is refused with :class:`PublishRefused` unless a non-empty
        ``override_reason`` is given; a reason is recorded in the log
        (``override``). With the second-approver rule on, a version nobody but
        its author approved is refused with :class:`ApprovalRequired`. The
        content is re-verified against its fingerprint first.
        """
        reason = (override_reason or "").strip() or None  # a blank reason is no reason
        return self._set_status(label, "published", author, reason, rule_files)

    def open_high_flags(self, label: str, *, rule_files: Sequence[Path] = ()) -> list[Flag]:
        """High-severity flags since ``label``'s review base (``gate.review_base``), unsigned."""
        # imported here: opening a workspace (every verb, the editor) needs no flag rules
        from policyeditor.core.review import gate

        with self._read():
            versions = self.versions()
            if all(info.label != label for info in versions):
                raise VersionNotFound(label)
            base, _published = gate.review_base(versions, label)
            if base is None:
                return []
            return gate.open_high_flags(self.load_version(base), self.load_version(label),
                                        self.acknowledgements(), rule_files=rule_files)

    def _needs_second_approval(self, info: VersionInfo) -> bool:
        """The rule is on and nobody but the author approved ``info`` yet."""
        return self.requires_second_approver() and not any(
            a.strip() and not same_person(a, info.author) for a in self.approvers(info.label))

    def _check_approval(self, info: VersionInfo, status: str, author: str) -> None:
        """The second-approver rule, judged inside the status change's transaction."""
        if not self.requires_second_approver():
            return
        if status == "approved":
            # a blank name cannot be shown to be a second person
            if not author.strip() or same_person(author, info.author):
                raise OwnVersionApproval(info.label, info.author)
        elif status == "published" and self._needs_second_approval(info):
            raise ApprovalRequired(info.label, info.author)

    def _set_status(self, label: str, status: str, author: str, override_reason: str | None,
                    rule_files: Sequence[Path] = (), note: str = "") -> VersionInfo:
        # one transaction: the gate judges exactly the versions and sign-offs it publishes
        with self._write() as db:
            info = self._version_info(db, label)
            if info.status == "published":
                raise VersionImmutable(label, "version.published")
            if info.status == status and not self._needs_second_approval(info):
                # only "approved" can be asked for twice; again only when the rule
                # still lacks its second person (the first approval was the author's)
                raise VersionImmutable(label, "version.already-approved")
            self._check_approval(info, status, author)
            if status == "published":
                if fingerprint(self.load_version(label)) != info.fingerprint:
                    raise DamagedWorkspace(str(self.path),
                                           [f"version {label} does not match its fingerprint"])
                blocking = self.open_high_flags(label, rule_files=rule_files)
                if blocking and not override_reason:
                    raise PublishRefused(label, blocking, versions=self.versions())
            if override_reason:
                self._log(db, "override", label, author, override_reason)
            try:
                db.execute("UPDATE versions SET status = ? WHERE label = ?", (status, label))
            except sqlite3.IntegrityError as exc:
                raise VersionImmutable(label, "version.immutable", str(exc)) from exc
            self._log(db, "approve" if status == "approved" else "publish", label, author, note)
            return self._version_info(db, label)
