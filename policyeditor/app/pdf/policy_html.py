"""Policy → HTML in Qt's rich-text subset, for the PDF's front matter and body.

Qt's QTextDocument understands a subset of HTML 4 and CSS 2 (no flexbox, no
``<section>``), so the PDF gets its own markup built from the same sanitised
Markdown fragments as the web page. Every section heading becomes an
``<h2>``–``<h6>`` block and nothing else in the body is a heading (headings
written inside a body's Markdown are shown as bold paragraphs), so the n-th
heading block of the laid-out body is the n-th section: that is how the
table of contents and the outline learn their page numbers.
"""

from __future__ import annotations

import html
import re

from policyeditor.core.model import Policy, walk
from policyeditor.core.render.anchors import heading_level
from policyeditor.core.render.labels import label
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.render.stamp import (
    VersionStamp,
    effective_date,
    last_changed,
    status_text,
    version_text,
)

ACCENT = "#1f4e79"
MUTED = "#5b5b63"

# Sizes are points (the PDF layout device is 72 dpi, so px == pt).
STYLESHEET = f"""
p {{ margin-top: 0px; margin-bottom: 7px; line-height: 135%; }}
li {{ margin-top: 0px; margin-bottom: 3px; line-height: 135%; }}
ul, ol {{ margin-top: 0px; margin-bottom: 7px; }}
h2 {{ font-size: 14pt; font-weight: bold; margin-top: 18px; margin-bottom: 7px; }}
h3 {{ font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 5px; }}
h4, h5, h6 {{ font-size: 10.5pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }}
blockquote {{ margin-left: 14px; color: {MUTED}; }}
pre, code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }}
pre {{ white-space: pre-wrap; }}
td, th {{ line-height: 125%; }}
th {{ text-align: left; background-color: #f0f1f4; }}
.title {{ font-size: 24pt; font-weight: bold; color: {ACCENT}; margin-bottom: 14px; }}
.subtitle {{ font-size: 12pt; color: {MUTED}; margin-bottom: 14px; }}
.label {{ color: {MUTED}; }}
.toc-title {{ font-size: 14pt; font-weight: bold; margin-top: 22px; margin-bottom: 8px; }}
.num {{ color: {ACCENT}; }}
.fp {{ font-size: 8pt; }}
.notice-title {{ font-weight: bold; font-size: 11pt; margin-bottom: 4px; }}
"""

_BODY_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.DOTALL)
_TABLE = re.compile(r"<table>")
# In-page links (#s-1-2) have no target in the PDF; keep their text only.
_INTERNAL_LINK = re.compile(r'<a href="#[^"]*"[^>]*>(.*?)</a>', re.DOTALL)


# Qt draws no rules for border="0.5" (Spotify's tables came out as loose
# columns); collapsed 1px CSS borders give one thin grid line per cell edge.
BODY_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
    'style="border-collapse: collapse; border: 1px solid #b0b0b8; margin-bottom: 7px">'
)


def esc(text: str) -> str:
    """HTML-escape plain text."""
    return html.escape(text, quote=True)


def qt_adjust(fragment: str) -> str:
    """A sanitised HTML fragment adjusted for Qt: no heading blocks, visible table rules."""
    fragment = _BODY_HEADING.sub(r"<p><b>\2</b></p>", fragment)
    fragment = _INTERNAL_LINK.sub(r"\1", fragment)
    return _TABLE.sub(BODY_TABLE, fragment)


def qt_fragment(markdown_text: str) -> str:
    """Rendered Markdown (cached, sanitised) adjusted for Qt."""
    fragment = render_markdown(markdown_text)
    return qt_adjust(fragment) if fragment else ""


def section_heading(number: str, heading: str, depth: int, extra: str = "") -> str:
    """A numbered heading block (the only kind of heading in a PDF body)."""
    level = heading_level(depth)
    return (f'<h{level}><span class="num">{esc(number)}</span>&nbsp;&nbsp;{esc(heading)}'
            f"{extra}</h{level}>")


def policy_body_html(policy: Policy) -> str:
    """The preamble and every section, in document order."""
    out: list[str] = []
    preamble = qt_fragment(policy.preamble)
    if preamble:
        out.append(preamble)
    for ref in walk(policy):
        out.append(section_heading(ref.number, ref.section.heading, ref.depth))
        out.append(qt_fragment(ref.section.body))
    return "\n".join(out)


def version_table(policy: Policy, stamp: VersionStamp, lang: str) -> str:
    """Title-page table: version, status, last changed, organisation, fingerprint."""
    rows: list[tuple[str, str]] = []
    version = esc(version_text(stamp, lang))
    if stamp.is_draft:
        version = f'<b><span style="color:#8a1c1c">{version.upper()}</span></b>'
    rows.append((label(lang, "version"), version))
    if not stamp.is_draft:
        rows.append((label(lang, "status"), esc(status_text(stamp, lang))))
    changed = last_changed(policy, stamp)
    if changed:
        rows.append((label(lang, "last_changed"), esc(changed)))
    effective = effective_date(policy)
    if effective:
        rows.append((label(lang, "effective"), esc(effective)))
    organisation = policy.metadata.get("organisation", "").strip()
    if organisation:
        rows.append((label(lang, "organisation"), esc(organisation)))
    rows.append((label(lang, "fingerprint"), f'<span class="fp">{esc(stamp.fingerprint)}</span>'))
    cells = "".join(
        f'<tr><td><span class="label">{esc(k)}</span></td><td>{v}</td></tr>' for k, v in rows
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def notice_box(notice: str | None, lang: str) -> str:
    """The "What has changed" box, or nothing."""
    fragment = qt_fragment(notice or "")
    if not fragment:
        return ""
    return (
        '<p></p><table width="100%" cellspacing="0" cellpadding="10" bgcolor="#eef4fa">'
        f'<tr><td><p class="notice-title">{esc(label(lang, "what_changed"))}</p>'
        f"{fragment}</td></tr></table>"
    )


TOC_INDENT = 14.0  # points per nesting level in the table of contents


def _number_width(number: str) -> float:
    """Approximate width in points of "1.2.3" plus the two spaces after it (10 pt bold serif)."""
    return sum(3.5 if char == "." else 6.6 for char in number) + 6.5


def toc_table(policy: Policy, lang: str, pages: list[int] | None) -> str:
    """Table of contents; ``pages`` are the sections' page numbers (None: placeholders)."""
    rows: list[str] = []
    for index, ref in enumerate(walk(policy)):
        page = str(pages[index]) if pages is not None and index < len(pages) else "000"
        number = f'<span class="num">{esc(ref.number)}</span>'
        text = f"{number}&nbsp;&nbsp;{esc(ref.section.heading)}"
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


def policy_front_html(
    policy: Policy, stamp: VersionStamp, lang: str, notice: str | None, pages: list[int] | None
) -> str:
    """Title page: title, version table, release notice, table of contents."""
    title = policy.title.strip() or label(lang, "draft")
    return "\n".join(
        [
            f'<p class="title">{esc(title)}</p>',
            version_table(policy, stamp, lang),
            notice_box(notice, lang),
            toc_table(policy, lang, pages),
        ]
    )
