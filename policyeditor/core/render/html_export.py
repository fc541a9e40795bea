"""A policy as one self-contained, sanitised HTML page for the website.

Structure (what tests and screen readers rely on): ``<article>`` holding a
header (title, version label, last-changed date, fingerprint), an optional
release notice, a table of contents (``<nav>``), the preamble and one nested
``<section id="s-1-2">`` per policy section with a numbered heading (h2 for
top-level sections, h3 below, … h6). Bodies are rendered per section through
the cached Markdown renderer, so re-exporting after a small edit re-renders
only what changed.
"""

from __future__ import annotations

import html
import re

from policyeditor.core.model import Policy, Section, number_from_path, walk
from policyeditor.core.render.anchors import heading_level, section_anchor
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.links import resolve_links, section_targets
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.page import html_page
from policyeditor.core.render.stamp import (
    VersionStamp,
    effective_date,
    last_changed,
    resolve_stamp,
    status_text,
    version_text,
)

STYLESHEETS = ("policy.css",)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def numbered_heading(number: str, heading: str, level: int) -> str:
    """``<h2><span class="num">1.2</span> Heading</h2>`` (heading is plain text)."""
    return f'<h{level}><span class="num">{_esc(number)}</span> {_esc(heading)}</h{level}>'


def _sections_html(sections: list[Section], prefix: tuple[int, ...], out: list[str]) -> None:
    for index, section in enumerate(sections):
        path = (*prefix, index)
        number = number_from_path(path)
        out.append(f'<section id="{section_anchor(number)}">')
        out.append(numbered_heading(number, section.heading, heading_level(len(prefix))))
        body = render_markdown(section.body)
        if body:
            out.append(f'<div class="content">{body}</div>')
        _sections_html(section.children, path, out)
        out.append("</section>")


def _toc_html(sections: list[Section], prefix: tuple[int, ...], out: list[str]) -> None:
    out.append("<ol>")
    for index, section in enumerate(sections):
        path = (*prefix, index)
        number = number_from_path(path)
        out.append(
            f'<li><a href="#{section_anchor(number)}"><span class="num">{_esc(number)}</span> '
            f"{_esc(section.heading)}</a>"
        )
        if section.children:
            _toc_html(section.children, path, out)
        out.append("</li>")
    out.append("</ol>")


def version_info_html(policy: Policy, stamp: VersionStamp, lang: str) -> str:
    """The ``<dl class="version-info">`` line: version, status, last changed, fingerprint."""
    items: list[tuple[str, str]] = []
    version = _esc(version_text(stamp, lang))
    if stamp.is_draft:
        version = f'<span class="draft-mark">{version}</span>'
    items.append((label(lang, "version"), version))
    if not stamp.is_draft:
        items.append((label(lang, "status"), _esc(status_text(stamp, lang))))
    changed = last_changed(policy, stamp)
    if changed:
        shown = _esc(changed)
        if _ISO_DATE.fullmatch(changed):
            shown = f'<time datetime="{shown}">{shown}</time>'
        items.append((label(lang, "last_changed"), shown))
    effective = effective_date(policy)
    if effective:
        shown = _esc(effective)
        if _ISO_DATE.fullmatch(effective):
            shown = f'<time datetime="{shown}">{shown}</time>'
        items.append((label(lang, "effective"), shown))
    organisation = policy.metadata.get("organisation", "").strip()
    if organisation:
        items.append((label(lang, "organisation"), _esc(organisation)))
    items.append((label(lang, "fingerprint"), f"<code>{_esc(stamp.fingerprint)}</code>"))
    rows = "".join(f"<div><dt>{_esc(k)}</dt><dd>{v}</dd></div>" for k, v in items)
    return f'<dl class="version-info">{rows}</dl>'


def document_meta(policy: Policy, stamp: VersionStamp, lang: str) -> dict[str, str | None]:
    """``<meta>`` values identifying the document and its version."""
    return {
        "description": policy.title,
        "author": policy.metadata.get("organisation") or None,
        "policy-version": version_text(stamp, lang),
        "policy-status": stamp.status,
        "policy-fingerprint": stamp.fingerprint,
        "policy-last-changed": last_changed(policy, stamp),
        "dcterms.modified": last_changed(policy, stamp),
    }


def _targets(policy: Policy) -> dict[str, str]:
    return section_targets((ref.number, ref.section.heading) for ref in walk(policy))


def policy_to_html(
    policy: Policy, *, version: VersionStamp | None = None, notice: str | None = None
) -> str:
    """The whole policy as a self-contained HTML page.

    ``version`` identifies the saved version being published (None: a draft,
    shown as "Draft"/"Utkast" with the draft's fingerprint). ``notice`` is an
    optional Markdown release note shown at the top under "What has changed".
    """
    written_in = export_language(policy)
    lang = document_language(written_in)
    stamp = resolve_stamp(policy, version)
    title = policy.title.strip() or label(lang, "draft")
    out: list[str] = ['<article class="policy">', '<header class="policy-header">']
    out.append(f"<h1>{_esc(title)}</h1>")
    out.append(version_info_html(policy, stamp, lang))
    out.append("</header>")
    notice_html = render_markdown(notice) if notice else ""
    if notice_html:
        out.append('<aside class="release-notice" aria-labelledby="release-notice-title">')
        out.append(f'<h2 id="release-notice-title">{_esc(label(lang, "what_changed"))}</h2>')
        out.append(f"{notice_html}</aside>")
    if policy.sections:
        out.append('<nav class="toc" aria-labelledby="toc-title">')
        out.append(f'<h2 id="toc-title">{_esc(label(lang, "contents"))}</h2>')
        _toc_html(policy.sections, (), out)
        out.append("</nav>")
    preamble = render_markdown(policy.preamble)
    if preamble:
        out.append(f'<div class="preamble content">{preamble}</div>')
    _sections_html(policy.sections, (), out)
    out.append(
        f'<footer class="doc-footer">{_esc(title)} · {_esc(label(lang, "version"))} '
        f"{_esc(version_text(stamp, lang))} · {_esc(label(lang, 'fingerprint'))} "
        f"<code>{_esc(stamp.fingerprint)}</code></footer>"
    )
    out.append("</article>")
    return html_page(
        lang=written_in or lang,
        title=title,
        body=resolve_links("\n".join(out), _targets(policy)),
        meta=document_meta(policy, stamp, lang),
        stylesheets=STYLESHEETS,
    )
