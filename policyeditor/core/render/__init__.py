"""HTML rendering of policies: Markdown per section, sanitising, export pages, redlines.

Pure Python (no Qt): the PDF writer in ``policyeditor.app`` builds on the same
fragments.
"""

from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.sanitize import sanitize

__all__ = ["render_markdown", "sanitize"]
