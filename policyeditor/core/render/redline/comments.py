"""A section's review comments under its text in the redline (reports and compare view).

Each thread reads: the quoted words, who wrote it and when, its state
(resolved, or on deleted words), the text, then each reply indented. The same
markup serves the browser report, the PDF report and the Qt panes; it is plain
paragraphs so the PDF's text (and a screen reader) reads it in order.
"""

from __future__ import annotations

from policyeditor.core.model import Comment
from policyeditor.core.render.labels import label
from policyeditor.core.render.target import Target, esc


def comment_time(created: str) -> str:
    """``2026-12-04T12:05:33+00:00`` → ``2026-12-04 12:05`` (a date stays a date)."""
    text = created.strip()
    if "T" not in text:
        return text
    day, _t, clock = text.partition("T")
    return f"{day} {clock[:5]}"


def _meta(author: str, created: str) -> str:
    parts = [p for p in (author.strip(), comment_time(created)) if p]
    return f'<span class="comment-meta">{esc(", ".join(parts))}</span>' if parts else ""


def _lines(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.split("\n"))


def _thread(comment: Comment, lang: str) -> list[str]:
    state = []
    if comment.resolved:
        state.append(label(lang, "comment_resolved"))
    if comment.detached:
        state.append(label(lang, "comment_detached"))
    quote = " ".join(comment.quote.split())
    quoted = label(lang, "quoted", text=esc(quote))  # ”…” in Swedish, “…” in English
    head = [f'<span class="comment-quote">{quoted}</span>' if quote else "",
            _meta(comment.author, comment.created),
            f'<span class="comment-state">({esc(", ".join(state))})</span>' if state else ""]
    out = [f'<p class="comment">{" — ".join(h for h in head if h)}: {_lines(comment.text)}</p>']
    for reply in comment.replies:
        meta = _meta(reply.author, reply.created)
        out.append(f'<p class="comment-reply">↳ {meta}{": " if meta else ""}'
                   f"{_lines(reply.text)}</p>")
    return out


def comments_html(comments: list[Comment], lang: str, target: Target) -> str:
    """The threads of one section ("" when it has none)."""
    if not comments:
        return ""
    out = [f'<p class="comments-title">{esc(label(lang, "comments"))}</p>']
    for comment in comments:
        out += _thread(comment, lang)
    if target is Target.HTML:
        return f'<aside class="comments">{"".join(out)}</aside>'
    # Qt has no <aside>: a div keeps the threads one block under the section text
    return f'<div class="comments">{"".join(out)}</div>'
