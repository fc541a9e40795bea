"""The HTML allow-list: what text pasted into a policy may become in published HTML.

Everything rendered from a policy's Markdown passes through :func:`sanitize`.
The allow-list is deliberately small: text formatting, lists, tables, quotes
and links. Anything that can run code or load something from elsewhere is
removed: scripts, event-handler attributes, ``style`` attributes (CSS
``url()``/``@import`` load remote resources), images, iframes, objects,
embeds, forms, SVG/MathML and meta refreshes. Links keep only ``http``,
``https`` and ``mailto`` schemes (``javascript:`` and ``data:`` URLs are
dropped) plus in-page/relative references, and always get
``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "hr", "blockquote", "pre", "code", "kbd", "samp", "var",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small",
        "sub", "sup", "abbr", "cite", "q", "dfn", "span",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "a",
    }
)

# No "style", no "id" (ids are ours: section anchors), no "class", no on*.
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"colspan", "rowspan", "scope", "align"},
    "td": {"colspan", "rowspan", "align"},
    "del": {"datetime"},
    "ins": {"datetime"},
}

URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Removed together with their content (nh3 otherwise keeps the inner text of a
# disallowed tag, which for these would be code or CSS shown as prose).
CLEAN_CONTENT_TAGS: frozenset[str] = frozenset(
    {"script", "style", "template", "iframe", "object", "embed", "noscript",
     "svg", "math", "textarea", "select", "title", "frameset", "noembed", "xmp"}
)


def sanitize(html: str) -> str:
    """Return ``html`` reduced to the allow-list (safe to embed in any page)."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CLEAN_CONTENT_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
