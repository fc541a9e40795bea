"""Where rendered HTML is shown, and what that changes in the markup.

One renderer serves two targets. :attr:`Target.HTML` is a web browser: the
exported page and the HTML redline report (HTML5, full CSS, ``<section>``,
``<details>``). :attr:`Target.QT` is Qt's rich-text engine (a QTextDocument:
a subset of HTML 4 and CSS 2), which lays out the editor's preview, the
compare view and the PDF. Both get the same sanitised Markdown fragments and
the same ``<ins>``/``<del>`` change markup (the generated stylesheet styles
them in both); only what Qt cannot show is adjusted here.
"""

from __future__ import annotations

import html
import re
from enum import Enum

from policyeditor.core.render.palette import PALETTE


class Target(Enum):
    """A browser, or Qt's rich-text subset."""

    HTML = "html"
    QT = "qt"


def esc(text: str) -> str:
    """HTML-escape plain text (quotes too: it may stand in an attribute)."""
    return html.escape(text, quote=True)


_BODY_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.DOTALL)
_TABLE = re.compile(r"<table>")
# In-page links (#s-1-2) have no target in Qt's output (the PDF has no ids,
# the preview and the compare view open no links); keep their text only.
_INTERNAL_LINK = re.compile(r'<a href="#[^"]*"[^>]*>(.*?)</a>', re.DOTALL)
# Qt draws no rules for border="0.5" (Spotify's tables came out as loose
# columns); collapsed 1px CSS borders give one thin grid line per cell edge.
QT_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
    f'style="border-collapse: collapse; border: 1px solid {PALETTE.grid}; margin-bottom: 7px">'
)


def adjust(fragment: str, target: Target) -> str:
    """A sanitised fragment made fit for ``target``.

    For Qt: headings written inside a body become bold paragraphs (the only
    heading blocks are section headings, so the n-th heading block of a laid
    out body is the n-th section: the PDF's contents and outline rely on it),
    in-page links lose their target, and tables get visible rules.
    """
    if target is Target.HTML or not fragment:
        return fragment
    fragment = _BODY_HEADING.sub(r"<p><b>\2</b></p>", fragment)
    fragment = _INTERNAL_LINK.sub(r"\1", fragment)
    return _TABLE.sub(QT_TABLE, fragment)
