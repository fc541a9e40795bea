"""Markdown → sanitised HTML fragment, cached by content.

Used by the editor's live preview (one call per section on every keystroke)
and by every exporter. A policy body is rendered on its own (per section),
so editing one section re-renders only that section: the cache is keyed by
the exact text, and unchanged sections hit it.

python-markdown's ``Markdown`` object is reusable (``reset()``) but not
thread-safe, and building one costs more than rendering a short section, so
one instance is kept per thread.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import markdown

from policyeditor.core.render.sanitize import sanitize

# tables and definition lists appear in real policies (retention tables,
# glossaries); sane_lists keeps "1." and "-" lists apart as a lawyer expects.
EXTENSIONS: tuple[str, ...] = ("tables", "sane_lists", "fenced_code", "def_list")
CACHE_SIZE = 8192

_local = threading.local()


def _converter() -> markdown.Markdown:
    converter: markdown.Markdown | None = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")
        _local.converter = converter
    return converter


@lru_cache(maxsize=CACHE_SIZE)
def render_markdown(text: str) -> str:
    """HTML fragment for a Markdown ``text``, sanitised; ``""`` for blank text."""
    if not text.strip():
        return ""
    converter = _converter()
    try:
        html = converter.convert(text)
    finally:
        converter.reset()
    return sanitize(html)


def clear_cache() -> None:
    """Forget cached renderings (tests, or to bound memory after a huge import)."""
    render_markdown.cache_clear()
