"""A saved web page's chrome (navigation, banners, scripts...) and its main content.

A policy saved from a website (File ▸ Save Page As) holds the policy inside
the site's header, menus, cookie banner, sidebar and footer. They are
recognised by element (``nav``, ``script``, ``form``...), by ARIA role
(``navigation``, ``banner``, ``dialog``...) and by the words of their
class, id and aria-label (``cookie-banner``, ``site-footer``, ``breadcrumb``).
The main content is then ``main``, ``article`` or ``[role=main]`` when the
page has one, else the element holding most of the text.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

# Never content: code, styling, embedded objects, interactive controls.
_NEVER_CONTENT = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "canvas", "svg", "math", "form", "button", "input", "select", "textarea",
    "nav", "aside", "dialog", "link", "meta", "base", "audio", "video", "picture", "map",
)  # fmt: skip
# Page chrome outside the main content; inside it a header is the article's own.
_CHROME = ("header", "footer")
_CHROME_ROLES = frozenset(
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
        "alertdialog", "menu", "menubar", "toolbar", "tablist",
    }
)  # fmt: skip
# Words in class/id/aria-label that mark chrome on their own.
_CHROME_WORDS = frozenset(
    {
        "consent", "banner", "gdpr", "ccpa", "cmp", "onetrust", "cookiebot", "cookiebanner",
        "cookiebar", "cookienotice", "cookieconsent", "nav", "navbar", "navigation", "menu",
        "submenu", "megamenu", "breadcrumb", "breadcrumbs", "footer", "sidebar", "masthead",
        "topbar", "toolbar", "skip", "skiplink", "share", "sharing", "social", "newsletter",
        "subscribe", "popup", "modal", "overlay", "advert", "advertisement", "ads", "promo",
        "related", "pagination", "pager", "hidden", "visually", "screenreader", "sronly",
    }
)  # fmt: skip
# "cookie" alone also names a policy's own cookie section: chrome only with
# the controls a banner has (buttons, a dialog role).
_WEAK_WORDS = frozenset({"cookie", "cookies", "notice", "alert", "header", "toast"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Blocks the text-richest search descends through (old sites lay out with tables).
_CONTAINERS = frozenset(
    {"div", "section", "main", "article", "center", "font", "span", "table", "tbody", "tr", "td"}
)
_MAIN = "//main | //*[@role='main'] | //article"


def _words(element: HtmlElement) -> set[str]:
    names = " ".join(
        element.get(attribute) or "" for attribute in ("class", "id", "aria-label", "data-nav")
    )
    # split "cookie-banner", "cookieBanner", "site_footer" into their words
    words = {word.lower() for word in _WORD.findall(names)}
    joined = re.sub(r"[^a-z]", "", names.lower())
    return words | ({joined} if joined in _CHROME_WORDS else set())


def _banner_like(element: HtmlElement) -> bool:
    return (
        element.get("aria-modal") == "true"
        or element.get("role") in ("dialog", "alertdialog")
        or bool(element.xpath(".//button | .//input | .//*[@role='button']"))
    )


def _is_chrome(element: HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    words = _words(element)
    if words & _CHROME_WORDS:
        return True
    return bool(words & _WEAK_WORDS) and _banner_like(element)


def _drop(element: HtmlElement) -> None:
    # drop_tree keeps the element's tail text (the words after it) in place
    if element.getparent() is not None:
        element.drop_tree()


def remove_chrome(root: HtmlElement) -> None:
    """Remove everything that is not content, everywhere in the page."""
    for element in root.xpath("//" + " | //".join(_NEVER_CONTENT)):
        _drop(element)
    body = root.find("body")
    top = body if body is not None else root
    # main content and the wrappers around it are never chrome as a whole,
    # and neither is anything holding most of the page's words (a wrapper
    # with an unlucky class such as "hidden-print")
    mains = root.xpath(_MAIN)
    protected = {ancestor for main in mains for ancestor in main.iterancestors()} | set(mains)
    total = _text_length(top)
    stack = [top]
    while stack:
        for child in list(stack.pop()):
            if not isinstance(child.tag, str):
                continue
            if child not in protected and _is_chrome(child) and _text_length(child) * 2 < total:
                _drop(child)
            else:
                stack.append(child)


def _text_length(element: HtmlElement) -> int:
    return len(" ".join(element.itertext()).split())


def main_content(root: HtmlElement) -> HtmlElement:
    """The page's ``main``/``article``/``[role=main]`` with most text, else the
    block holding most of the text."""
    candidates = root.xpath(_MAIN)
    if candidates:
        best: HtmlElement = max(candidates, key=_text_length)
        return best
    body = root.find("body")
    current: HtmlElement = body if body is not None else root
    for element in list(current.iter(*_CHROME)):
        _drop(element)
    # descend while one child holds nearly all of the text (wrappers, columns)
    while True:
        total = _text_length(current)
        children = [child for child in current if child.tag in _CONTAINERS]
        richest = max(children, key=_text_length, default=None)
        if richest is None or total == 0 or _text_length(richest) < total * 0.8:
            return current
        current = richest


def drop_inner_chrome(content: HtmlElement) -> None:
    """Inside the main content: footers go (share links, "posted in"), headers
    stay only when they hold the title."""
    for element in list(content.iter("footer")):
        _drop(element)
    for element in list(content.iter("header")):
        if element.find(".//h1") is None:
            _drop(element)
