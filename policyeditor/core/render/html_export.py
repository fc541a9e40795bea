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

from policyeditor.core.model import Policy, walk
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.document.front import front_html
from policyeditor.core.render.document.sections import policy_text_html
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.links import resolve_links, section_targets
from policyeditor.core.render.page import html_page
from policyeditor.core.render.stamp import (
    VersionStamp,
    last_changed,
    resolve_stamp,
    version_text,
)
from policyeditor.core.render.target import Target, esc


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
    out = ['<article class="policy">',
           front_html(policy, stamp, lang, notice, Target.HTML),
           policy_text_html(policy, Target.HTML),
           f'<footer class="doc-footer">{esc(title)} · {esc(label(lang, "version"))} '
           f"{esc(version_text(stamp, lang))} · {esc(label(lang, 'fingerprint'))} "
           f"<code>{esc(stamp.fingerprint)}</code></footer>",
           "</article>"]
    return html_page(
        lang=written_in or lang,
        title=title,
        body=resolve_links("\n".join(out), _targets(policy)),
        meta=document_meta(policy, stamp, lang),
        kind="policy",
    )
