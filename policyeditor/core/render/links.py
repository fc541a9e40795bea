"""Section anchors, and in-page links copied from the web pointed at them.

An anchor is derived from the section's number (``1.2.1`` → ``s-1-2-1``) so
that a link such as ``policy.html#s-1-2-1`` says which section it points to
and is the same in every export of the same version.

Policies imported from a website link to their own headings with the site's
anchors: Telegram writes ``#3-1-basic-account-data`` (a slug of "3.1. Basic
Account Data"), Spotify ``#_l8q1yc21jzme`` (a generated id that only its own
table of links names: "13. How to contact us"). The import keeps the links
but not the site's anchors, so in an export every such link went nowhere.

This pass, run over a finished HTML body, points each in-page link whose
target is missing at the section it means (by slug of "number heading" or of
the heading, then by the text of any link using the same anchor) and unwraps
the rest into their plain text: a link that goes nowhere misleads a reader
more than a word without a link.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

# h1 is the document title; sections start at h2 and HTML stops at h6.
FIRST_SECTION_LEVEL = 2
LAST_LEVEL = 6

# Sanitised output (nh3) always writes attributes in double quotes.
_LINK = re.compile(r'<a href="#([^"]*)"([^>]*)>(.*?)</a>', re.DOTALL)
_ID = re.compile(r'\sid="([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def section_anchor(number: str) -> str:
    """``"1.2.1"`` → ``"s-1-2-1"``."""
    return "s-" + number.strip(".").replace(".", "-")


def heading_level(depth: int) -> int:
    """HTML heading level for a section at ``depth`` (0 = top level): h2, h3, … h6."""
    return min(FIRST_SECTION_LEVEL + max(depth, 0), LAST_LEVEL)


def slug(text: str) -> str:
    """"3.1. Basic Account Data" → "3-1-basic-account-data"; "Löschung" → "loschung"."""
    decomposed = unicodedata.normalize("NFKD", html.unescape(text).lower())
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_SLUG.sub("-", ascii_only).strip("-")


def section_targets(numbered: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Slug → section anchor for ``(number, heading)`` pairs in document order.

    "number heading" is unambiguous; a bare heading slug points at the first
    section with that heading (a later "Cookies" subsection does not steal
    the link from the first).
    """
    targets: dict[str, str] = {}
    bare: dict[str, str] = {}
    for number, heading in numbered:
        anchor = section_anchor(number)
        targets.setdefault(slug(f"{number} {heading}"), anchor)
        if slug(heading):
            bare.setdefault(slug(heading), anchor)
    for key, anchor in bare.items():
        targets.setdefault(key, anchor)
    return targets


def _guess(fragment: str, text: str, targets: dict[str, str]) -> str | None:
    by_fragment = targets.get(slug(fragment))
    if by_fragment:
        return by_fragment
    return targets.get(slug(_TAG.sub("", text))) if text else None


def resolve_links(body: str, targets: dict[str, str]) -> str:
    """``body`` with every in-page link resolved to an existing id or unwrapped."""
    ids = set(_ID.findall(body))
    links = _LINK.findall(body)
    if not links:
        return body
    resolved: dict[str, str] = {}
    for fragment, _attrs, text in links:
        if fragment in ids or fragment in resolved:
            continue
        guess = _guess(fragment, text, targets)
        if guess is not None and guess in ids:
            resolved[fragment] = guess
    def replace(match: re.Match[str]) -> str:
        fragment, attrs, text = match.groups()
        if fragment in ids:
            return match.group(0)
        target = resolved.get(fragment)
        if target is None:
            return text
        return f'<a href="#{target}"{attrs}>{text}</a>'

    return _LINK.sub(replace, body)
