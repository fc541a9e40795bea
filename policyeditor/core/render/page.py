"""The self-contained HTML page shell shared by policy exports and redline reports.

Fills ``resources/export/page.html`` with the generated stylesheet inline
(:mod:`policyeditor.core.render.style`), so an exported file needs nothing
else: no remote fonts, scripts or images (the page's Content-Security-Policy
also forbids loading any).
"""

from __future__ import annotations

import html
from string import Template

from policyeditor import __version__
from policyeditor.core.render.style import export_resource, stylesheet
from policyeditor.core.render.target import Target

GENERATOR = f"PolicyEditor {__version__}"


def meta_tags(values: dict[str, str | None]) -> str:
    """``<meta name=… content=…>`` lines for the non-empty ``values``."""
    lines = [f'<meta name="generator" content="{html.escape(GENERATOR)}">']
    for name, value in values.items():
        if value:
            lines.append(f'<meta name="{html.escape(name)}" content="{html.escape(value)}">')
    return "\n".join(lines)


def html_page(
    *, lang: str, title: str, body: str, meta: dict[str, str | None], kind: str
) -> str:
    """A complete HTML document of ``kind`` (``policy`` or ``redline``); ``body`` must
    already be safe HTML."""
    css = stylesheet(Target.HTML, kind)
    return Template(export_resource("page.html")).substitute(
        lang=html.escape(lang),
        title=html.escape(title),
        meta=meta_tags(meta),
        css=css,
        body=body,
    )
