"""The front matter of a policy: title, version information, release notice, contents.

The facts (which rows the version information has, in which order, how a
draft is marked) are gathered once; only their markup depends on the target.
A browser gets a ``<header>`` with a definition list, an ``<aside>`` notice
and a ``<nav>`` of links; Qt (the PDF's title page) gets tables, the contents
with the page number of each section (placeholders on the first pass).
"""

from __future__ import annotations

import re

from policyeditor.core.importing.metadata import EFFECTIVE, LAST_CHANGED, WRITTEN, written_date
from policyeditor.core.model import Policy, Section, number_from_path, walk
from policyeditor.core.render.document.sections import body_html
from policyeditor.core.render.labels import label
from policyeditor.core.render.links import section_anchor
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.stamp import (
    VersionStamp,
    effective_date,
    last_changed,
    status_text,
    version_text,
)
from policyeditor.core.render.target import Target, esc

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: str, target: Target) -> str:
    shown = esc(value)
    if target is Target.HTML and _ISO_DATE.fullmatch(value):
        return f'<time datetime="{shown}">{shown}</time>'
    return shown


def _date_row(policy: Policy, key: str, default_label: str, value: str,
              target: Target) -> tuple[str, str]:
    # A date line imported as written ("Effective as of 8 June 2022") is shown
    # in its own words, so the published page says what the source said.
    written = written_date(policy.metadata, key)
    if written is None:
        return default_label, _date(value, target)
    words, date = written
    if target is Target.HTML and _ISO_DATE.fullmatch(value):
        # data-line: the whole line as written, for an import of this page
        line = esc(" ".join(policy.metadata[key + WRITTEN].split()))
        return words, f'<time datetime="{esc(value)}" data-line="{line}">{esc(date)}</time>'
    return words, esc(date)


def version_rows(policy: Policy, stamp: VersionStamp, lang: str,
                 target: Target) -> list[tuple[str, str]]:
    """(label, value markup): version, status, last changed, effective, organisation,
    fingerprint."""
    rows: list[tuple[str, str]] = []
    version = esc(version_text(stamp, lang))
    if stamp.is_draft:
        # Qt has no text-transform: the capitals are in the text itself.
        version = (f'<span class="draft-mark">{version}</span>' if target is Target.HTML
                   else f'<b><span class="draft-mark">{version.upper()}</span></b>')
    rows.append((label(lang, "version"), version))
    if not stamp.is_draft:
        rows.append((label(lang, "status"), esc(status_text(stamp, lang))))
    changed = last_changed(policy, stamp)
    if changed:
        rows.append(_date_row(policy, LAST_CHANGED, label(lang, "last_changed"), changed, target))
    effective = effective_date(policy)
    if effective:
        rows.append(_date_row(policy, EFFECTIVE, label(lang, "effective"), effective, target))
    organisation = policy.metadata.get("organisation", "").strip()
    if organisation:
        rows.append((label(lang, "organisation"), esc(organisation)))
    fingerprint = esc(stamp.fingerprint)
    rows.append((label(lang, "fingerprint"), f"<code>{fingerprint}</code>"
                 if target is Target.HTML else f'<span class="fp">{fingerprint}</span>'))
    return rows


def version_info_html(policy: Policy, stamp: VersionStamp, lang: str, target: Target) -> str:
    """The version information: a ``<dl>`` in a browser, a two-column table in Qt."""
    rows = version_rows(policy, stamp, lang, target)
    if target is Target.HTML:
        items = "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in rows)
        return f'<dl class="version-info">{items}</dl>'
    cells = "".join(
        f'<tr><td><span class="label">{esc(k)}</span></td><td>{v}</td></tr>' for k, v in rows
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def notice_html(notice: str | None, lang: str, target: Target) -> str:
    """The "What has changed" box around a Markdown release note, or nothing."""
    fragment = body_html(notice or "", target)
    if not fragment:
        return ""
    title = esc(label(lang, "what_changed"))
    if target is Target.HTML:
        return ('<aside class="release-notice" aria-labelledby="release-notice-title">'
                f'<h2 id="release-notice-title">{title}</h2>{fragment}</aside>')
    return (
        '<p></p><table width="100%" cellspacing="0" cellpadding="10" '
        f'bgcolor="{PALETTE.notice}">'
        f'<tr><td><p class="notice-title">{title}</p>{fragment}</td></tr></table>'
    )


def _toc_list(sections: list[Section], prefix: tuple[int, ...], out: list[str]) -> None:
    out.append("<ol>")
    for index, section in enumerate(sections):
        path = (*prefix, index)
        number = number_from_path(path)
        out.append(f'<li><a href="#{section_anchor(number)}"><span class="num">{esc(number)}'
                   f"</span> {esc(section.heading)}</a>")
        if section.children:
            _toc_list(section.children, path, out)
        out.append("</li>")
    out.append("</ol>")


TOC_INDENT = 14.0  # points per nesting level in the PDF's contents


def _number_width(number: str) -> float:
    """Approximate width in points of "1.2.3" plus the two spaces after it (10 pt bold serif)."""
    return sum(3.5 if char == "." else 6.6 for char in number) + 6.5


def _toc_table(policy: Policy, lang: str, pages: list[int] | None) -> str:
    rows: list[str] = []
    for index, ref in enumerate(walk(policy)):
        page = str(pages[index]) if pages is not None and index < len(pages) else "000"
        text = f'<span class="num">{esc(ref.number)}</span>&nbsp;&nbsp;{esc(ref.section.heading)}'
        if ref.depth == 0:
            text = f"<b>{text}</b>"
        # A heading too long for one line continues under its own first word
        # (hanging indent), not under the number at the margin.
        indent = TOC_INDENT * ref.depth
        hang = _number_width(ref.number)
        para = (f'<p style="margin: 0px; margin-left: {indent + hang:.1f}px; '
                f'text-indent: -{hang:.1f}px">{text}</p>')
        top = ' style="padding-top: 5px"' if ref.depth == 0 and index else ""
        rows.append(f'<tr><td{top}>{para}</td><td align="right"{top}>{page}</td></tr>')
    if not rows:
        return ""
    return (
        f'<p class="toc-title">{esc(label(lang, "contents"))}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="1">{"".join(rows)}</table>'
    )


def contents_html(policy: Policy, lang: str, target: Target,
                  pages: list[int] | None = None) -> str:
    """The table of contents: links in a browser; in Qt each section's page
    (``pages``, in document order; None: placeholders of the same width)."""
    if target is Target.QT:
        return _toc_table(policy, lang, pages)
    if not policy.sections:
        return ""
    out = ['<nav class="toc" aria-labelledby="toc-title">',
           f'<h2 id="toc-title">{esc(label(lang, "contents"))}</h2>']
    _toc_list(policy.sections, (), out)
    out.append("</nav>")
    return "\n".join(out)


def front_html(policy: Policy, stamp: VersionStamp, lang: str, notice: str | None,
               target: Target, pages: list[int] | None = None) -> str:
    """Title, version information, release notice and contents."""
    title = esc(policy.title.strip() or label(lang, "draft"))
    info = version_info_html(policy, stamp, lang, target)
    if target is Target.HTML:
        head = f'<header class="policy-header"><h1>{title}</h1>\n{info}\n</header>'
    else:
        head = f'<p class="title">{title}</p>\n{info}'
    parts = [head, notice_html(notice, lang, target), contents_html(policy, lang, target, pages)]
    return "\n".join(part for part in parts if part)
