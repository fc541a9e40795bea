"""The editor's export work: a policy page or a redline report, HTML or PDF.

One place for what the Export menu, the versions panel and the review desk
write, so every route gives the same file (release notice included) and
writes it atomically: a failed or interrupted export never leaves half a file.
Safe to run in a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from policyeditor.core.atomic import atomic_path
from policyeditor.core.compare.result import Comparison
from policyeditor.core.model import Policy
from policyeditor.core.render.stamp import VersionStamp


def write_policy_file(
    policy: Policy,
    target: str | Path,
    fmt: str,
    *,
    version: VersionStamp | None = None,
    notice: str | None = None,
) -> None:
    """Write the published form of ``policy`` as ``fmt`` (``html`` or ``pdf``)."""
    with atomic_path(target) as tmp:
        if fmt == "html":
            from policyeditor.core.render.html_export import policy_to_html

            page = policy_to_html(policy, version=version, notice=notice)
            tmp.write_bytes(page.encode("utf-8"))
        else:
            from policyeditor.app.pdf.policy_pdf import write_policy_pdf

            write_policy_pdf(policy, tmp, version=version, notice=notice)


def write_redline_file(comparison: Comparison, target: str | Path, fmt: str) -> None:
    """Write the redline report of ``comparison`` as ``fmt`` (``html`` or ``pdf``)."""
    with atomic_path(target) as tmp:
        if fmt == "html":
            from policyeditor.core.render.redline_html import comparison_to_html

            tmp.write_bytes(comparison_to_html(comparison).encode("utf-8"))
        else:
            from policyeditor.app.pdf.redline_pdf import write_comparison_pdf

            write_comparison_pdf(comparison, tmp)
