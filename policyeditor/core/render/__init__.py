"""HTML rendering of policies and redlines: one renderer, one stylesheet, one palette.

Pure Python (no Qt). Every view of a policy is rendered here — the web page,
the editor's preview, the PDF (laid out by ``policyeditor.app.pdf``), the
compare view and the redline reports — for one of two targets, a browser or
Qt's rich-text subset (:class:`Target`), with the colours of :data:`PALETTE`.
Public entry points:

- :func:`render_markdown` — one section's Markdown as a sanitised fragment (cached)
- :func:`policy_to_html` — a policy as a self-contained web page
- :func:`comparison_to_html` — a comparison as a self-contained redline report
- :func:`stylesheet` — the generated stylesheet of a target
- :class:`VersionStamp` — which version an export shows
"""

from policyeditor.core.render.html_export import policy_to_html
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline_html import comparison_to_html
from policyeditor.core.render.sanitize import sanitize
from policyeditor.core.render.stamp import VersionStamp
from policyeditor.core.render.style import stylesheet
from policyeditor.core.render.target import Target

__all__ = [
    "PALETTE",
    "Target",
    "VersionStamp",
    "comparison_to_html",
    "policy_to_html",
    "render_markdown",
    "sanitize",
    "stylesheet",
]
