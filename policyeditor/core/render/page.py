"""The self-contained HTML page shell shared by policy exports and redline reports.

Fills ``resources/export/page.html`` with inline CSS from the same folder, so
an exported file needs nothing else: no remote fonts, scripts or images (the
page's Content-Security-Policy also forbids loading any).
"""

from __future__ import annotations

import html
from functools import lru_cache
from importlib.resources import files
from string import Template

from policyeditor import __version__

GENERATOR = f"PolicyEditor {__version__}"


@lru_cache(maxsize=16)
def export_resource(name: str) -> str:
    """Text of a file in ``resources/export/`` (cached: files do not change at run time)."""
    return (files("policyeditor.resources") / "export" / name).read_text(encoding="utf-8")


def meta_tags(values: dict[str, str | None]) -> str:
    """``<meta name=… content=…>`` lines for the non-empty ``values``."""
    lines = [f'<meta name="generator" content="{html.escape(GENERATOR)}">']
    for name, value in values.items():
        if value:
            lines.append(f'<meta name="{html.escape(name)}" content="{html.escape(value)}">')
    return "\n".join(lines)


def html_page(
    *, lang: str, title: str, body: str, meta: dict[str, str | None], stylesheets: tuple[str, ...]
) -> str:
    """A complete HTML document; ``body`` must already be safe HTML."""
    css = "\n".join(export_resource(name) for name in stylesheets)
    return Template(export_resource("page.html")).substitute(
        lang=html.escape(lang),
        title=html.escape(title),
        meta=meta_tags(meta),
        css=css,
        body=body,
    )
