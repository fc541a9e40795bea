"""Saved web pages (``.html``/``.htm``) to the Markdown the importer reads.

A policy saved from a website is the policy inside the site's chrome. This
package keeps the main content only (:mod:`.chrome`), turns it into Markdown
(:mod:`.to_markdown`) with the title (the page's ``h1``, else its
``<title>``) as ``# Title``, and hands that to the Markdown importer, so that
sections, numbers and date lines are found in one place for every format.

Parsed with lxml.html: it reads the broken HTML real sites serve the way a
browser does (the standard library's html.parser gives a token stream and
leaves unclosed ``<p>`` and ``<li>`` to us), and python-docx needs lxml anyway.
Nothing is fetched: the parser is told not to use the network, and images,
stylesheets and scripts are dropped, never loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing.decode import decode_source
from policyeditor.core.importing.html.chrome import drop_inner_chrome, main_content, remove_chrome
from policyeditor.core.importing.html.to_markdown import to_markdown
from policyeditor.core.importing.markdown_in import escape_heading
from policyeditor.core.importing.metadata import match_date_line

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Real pages nest 20-40 elements deep; the conversion recurses once or twice
# per level, so far deeper input is refused rather than risk the stack.
MAX_DEPTH = 200

# <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# lxml refuses a str that still declares an encoding (<?xml ... encoding=?>)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·]\s+|\s+-\s+")
_SPACE = re.compile(r"\s+")


@dataclass
class WebPage:
    """A page's main content as Markdown, its language if it says one, and warnings."""

    markdown: str
    language: str | None = None
    warnings: list[InputWarning] = field(default_factory=list)


def _parse(text: str, name: str) -> HtmlElement:
    # huge_tree: without it libxml2 silently drops everything nested deeper
    # than 256 elements; we would rather see it all and refuse it (_depth).
    parser = lxml_html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=True
    )
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text), parser=parser)
    except (etree.ParserError, ValueError):
        raise InputError(name, "input.web-page-empty") from None
    if _depth(root) > MAX_DEPTH:
        raise InputError(name, "input.web-page-too-deep", depth=MAX_DEPTH)
    return root


def _depth(root: HtmlElement) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _language(root: HtmlElement) -> str | None:
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    code = lang.strip().lower()[:2]
    return code if code in ("sv", "en") else None


def _words(element: HtmlElement) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()


def _own_export_stamp(root: HtmlElement) -> bool:
    """Take our own HTML export's version stamp out; True if the policy had no title.

    The stamp (version, fingerprint) is in a ``<dl class="version-info">``; it
    is not the policy's text. Its date is the policy's last-changed date and
    stays, as a date line. An untitled policy is exported with "Draft" as its
    heading and page title, which must not come back as a title.
    """
    generator = root.xpath("//meta[@name='generator']/@content")
    if not generator or not str(generator[0]).startswith("PolicyEditor"):
        return False
    for entry in root.xpath("//dl[contains(@class, 'version-info')]/div"):
        written = [str(line) for line in entry.xpath(".//time/@data-line")]
        if written and match_date_line(written[0]):
            # the source's own wording, colon or not, rather than "term: date"
            for child in list(entry):
                entry.remove(child)
            etree.SubElement(entry, "dt").text = written[0]
            continue
        terms = [_words(item) for item in entry.iter("dt", "dd")]
        if not match_date_line(": ".join(terms)):
            entry.drop_tree()
    if "".join(root.xpath("//meta[@name='description']/@content")).strip():
        return False
    for heading in root.xpath("//header[contains(@class, 'policy-header')]/h1"):
        heading.clear()  # emptied, not dropped: the header holding the date stays
    return True


def _first_h1(scope: HtmlElement) -> HtmlElement | None:
    return next((heading for heading in scope.iter("h1") if _words(heading)), None)


def read_web_page(data: bytes, name: str) -> WebPage:
    """A saved web page's main content as Markdown for the Markdown importer."""
    declared = _CHARSET.search(data[:4096])
    decoded = decode_source(data, name, declared.group(1).decode("ascii") if declared else None)
    warnings = [decoded.warning] if decoded.warning else []
    root = _parse(decoded.text, name)
    untitled = _own_export_stamp(root)
    title_of_page = None if untitled else root.find(".//title")
    # "Privacy Policy | Example AB": the site's name after the separator goes
    page_title = ""
    if title_of_page is not None:
        page_title = _TITLE_SEPARATORS.split(_words(title_of_page))[0]
    remove_chrome(root)
    # the page's h1 may sit in a plain <header> that main_content drops
    outside = _first_h1(root)
    page_title = _words(outside) if outside is not None else page_title.strip()
    content = main_content(root)
    drop_inner_chrome(content)
    heading = _first_h1(content)
    title = _words(heading) if heading is not None else page_title
    converted = to_markdown(content, skip=heading)
    if not title and not converted.markdown.strip():
        raise InputError(name, "input.web-page-empty")
    if converted.images:
        # pictures are files beside the page or on a server; nothing is fetched
        count = converted.images
        warnings.append(InputWarning("import.images-left-out", count=count))
    # "#" alone: no title; the first paragraph must not become one
    head = "# " + escape_heading(title) if title else "#"
    return WebPage(f"{head}\n\n{converted.markdown}\n", _language(root), warnings)
