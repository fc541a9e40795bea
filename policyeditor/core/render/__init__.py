"""HTML rendering of policies: Markdown per section, sanitising, export pages, redlines.

Pure Python (no Qt): the PDF writer in ``policyeditor.app`` builds on the same
fragments. Public entry points:

- :func:`render_markdown` — one section's Markdown as a sanitised fragment (cached)
- :func:`policy_to_html` — a policy as a self-contained web page
- :func:`comparison_to_html` — a comparison as a self-contained redline report
- :class:`VersionStamp` — which version an export shows
"""

from policyeditor.core.render.html_export import policy_to_html
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.redline_html import comparison_to_html
from policyeditor.core.render.sanitize import sanitize
from policyeditor.core.render.stamp import VersionStamp

__all__ = ["VersionStamp", "comparison_to_html", "policy_to_html", "render_markdown", "sanitize"]
