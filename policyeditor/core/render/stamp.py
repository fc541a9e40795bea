"""Which version a published document is: label, fingerprint, date, status.

The CLI fills a :class:`VersionStamp` from the workspace version being
exported (``WS.policy@2.0``); a draft or a plain file gets
:func:`draft_stamp`, which exporters show as "Draft"/"Utkast" together with
the draft's own fingerprint, so even a draft print-out can be matched to its
text.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyeditor.core.canonical import fingerprint, short_fingerprint
from policyeditor.core.model import Policy
from policyeditor.core.render.labels import label

STATUSES = ("draft", "approved", "published")


@dataclass(frozen=True)
class VersionStamp:
    """A saved version's identity as printed on its exports.

    ``label`` is None for a draft. ``created`` is the ISO date or date-time
    the version was saved (only the date part is printed).
    """

    label: str | None
    fingerprint: str
    created: str | None = None
    status: str = "draft"

    @property
    def is_draft(self) -> bool:
        """True for an unsaved draft (no label)."""
        return self.label is None

    @property
    def short_fingerprint(self) -> str:
        """First 12 hex digits, for footers."""
        return short_fingerprint(self.fingerprint)

    @property
    def date(self) -> str | None:
        """The date part of ``created`` (``2024-05-01T10:00:00`` → ``2024-05-01``)."""
        if not self.created:
            return None
        return self.created.split("T")[0].split(" ")[0]


def draft_stamp(policy: Policy) -> VersionStamp:
    """The stamp of an unsaved draft or a plain file: no label, its own fingerprint."""
    return VersionStamp(label=None, fingerprint=fingerprint(policy), status="draft")


def resolve_stamp(policy: Policy, version: VersionStamp | None) -> VersionStamp:
    """``version`` if given, else the draft stamp of ``policy``."""
    return version if version is not None else draft_stamp(policy)


def version_text(stamp: VersionStamp, language: str) -> str:
    """What the document says its version is: the label, or "Draft"/"Utkast"."""
    return stamp.label if stamp.label is not None else label(language, "draft")


def status_text(stamp: VersionStamp, language: str) -> str:
    """The status word in the document's language (unknown statuses as written)."""
    if stamp.status in STATUSES:
        return label(language, f"status_{stamp.status}")
    return stamp.status


def last_changed(policy: Policy, stamp: VersionStamp) -> str | None:
    """The "last changed" date: the policy's own ``last_changed``, else the version date."""
    value = policy.metadata.get("last_changed", "").strip()
    return value or stamp.date


def effective_date(policy: Policy) -> str | None:
    """The date the policy says it takes effect ("Effective as of …", "Gäller från …").

    The importer keeps it apart from ``last_changed`` (metadata key
    ``effective``); the line itself is taken out of the text, so an export
    that did not show it would lose the date a reader looks for first.
    """
    value = policy.metadata.get("effective", "").strip()
    return value or None
