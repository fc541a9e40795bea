"""A section as HTML: number, heading and body, for a browser or for Qt.

The one place a section's markup is made. The editor's preview calls
:func:`section_html` for the one section being typed in (bodies are cached by
content, so the other sections cost nothing), the PDF lays out
:func:`policy_text_html` for Qt, and the web page nests the same headings and
bodies in ``<section id="s-1-2">`` elements.
"""

from __future__ import annotations

from functools import lru_cache

from policyeditor.core.model import Policy, Section, number_from_path
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.links import heading_level, section_anchor
from policyeditor.core.render.markdown_html import CACHE_SIZE, render_markdown
from policyeditor.core.render.target import Target, adjust, esc

# Between number and heading: Qt keeps two no-break spaces as they are (the
# PDF's contents and the preview line up on them); a browser spaces by CSS.
_SEPARATOR = {Target.HTML: " ", Target.QT: "&nbsp;&nbsp;"}


@lru_cache(maxsize=CACHE_SIZE)
def _qt_body(markdown_text: str) -> str:
    return adjust(render_markdown(markdown_text), Target.QT)


def body_html(markdown_text: str, target: Target) -> str:
    """A body's Markdown as a sanitised fragment for ``target`` (cached by content)."""
    if target is Target.QT:
        return _qt_body(markdown_text)
    return render_markdown(markdown_text)


def heading_html(number: str, heading_markup: str, depth: int, target: Target,
                 attributes: str = "", anchor: str = "") -> str:
    """A numbered heading block, h2 at the top level down to h6.

    ``heading_markup`` is HTML (escaped text, or a diff with its marks);
    ``attributes`` go into the opening tag (a class, say); ``anchor`` names
    the heading's first character (Qt has no ids: a view scrolls to it). For
    Qt this is the only kind of heading block (bodies' own headings become
    bold paragraphs), which the PDF counts on to find its sections' pages.
    """
    level = heading_level(depth)
    name = f'<a name="{esc(anchor)}"></a>' if anchor else ""
    return (f'<h{level}{attributes}>{name}<span class="num">{esc(number)}</span>'
            f"{_SEPARATOR[target]}{heading_markup}</h{level}>")


def section_html(number: str, heading: str, depth: int, body: str, target: Target) -> str:
    """One section without its subsections: numbered heading, then the body."""
    head = heading_html(number, esc(heading), depth, target)
    fragment = body_html(body, target)
    if target is Target.HTML and fragment:
        fragment = f'<div class="content">{fragment}</div>'
    return head + fragment


def _nested(sections: list[Section], prefix: tuple[int, ...], out: list[str]) -> None:
    """Browser: each section an element holding its subsections (ids for links)."""
    for index, section in enumerate(sections):
        path = (*prefix, index)
        number = number_from_path(path)
        out.append(f'<section id="{section_anchor(number)}">')
        out.append(section_html(number, section.heading, len(prefix), section.body, Target.HTML))
        _nested(section.children, path, out)
        out.append("</section>")


def _flat(sections: list[Section], prefix: tuple[int, ...], out: list[str]) -> None:
    """Qt: one heading block after the other, in document order."""
    for index, section in enumerate(sections):
        path = (*prefix, index)
        out.append(section_html(number_from_path(path), section.heading, len(prefix),
                                section.body, Target.QT))
        _flat(section.children, path, out)


def policy_text_html(policy: Policy, target: Target) -> str:
    """The preamble and every section, in document order."""
    out: list[str] = []
    preamble = body_html(policy.preamble, target)
    if preamble:
        out.append(f'<div class="preamble content">{preamble}</div>'
                   if target is Target.HTML else preamble)
    (_nested if target is Target.HTML else _flat)(policy.sections, (), out)
    return "\n".join(out)


def draft_head_html(policy: Policy, target: Target) -> str:
    """What the preview shows above the sections: title, organisation, preamble, date."""
    parts = [f"<h1>{esc(policy.title)}</h1>"] if policy.title else []
    organisation = policy.metadata.get("organisation")
    if organisation:
        parts.append(f'<p class="meta">{esc(organisation)}</p>')
    parts.append(body_html(policy.preamble, target))
    changed = policy.metadata.get("last_changed")
    if changed:
        # In the document's language, as the published page says it (not the UI's).
        text = label(document_language(policy.language), "last_changed")
        parts.append(f'<p class="meta"><i>{esc(text)}: {esc(changed)}</i></p>')
    return "".join(parts)
