"""The evidence pack's HTML for Qt's rich text: front pages and body.

Front pages: the cover (what was published, its full fingerprint, who saved,
approved and published it, the previous publication), how to verify the
fingerprint with the command line, the timeline of events and every flag
with how it was resolved (a sign-off with its note, or the override reason).
Body: the published text, then the redline against the previous publication
— the redline report's own summary and marked text, so the pack looks like
the other reports. Each part starts on a new page (``page-break-before``,
which the PDF pagination honours).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from policyeditor.core.compare.result import SignOff
from policyeditor.core.render.doclang import export_language
from policyeditor.core.render.document.sections import policy_text_html
from policyeditor.core.render.evidence.words import word
from policyeditor.core.render.labels import document_language, label
from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.redline.front import summary_html
from policyeditor.core.render.redline.sections import RedlineView, full_text_html
from policyeditor.core.render.redline_summary import evidence_text, flag_explanation, flag_place
from policyeditor.core.render.target import Target, esc
from policyeditor.core.review.states import WITHDRAWN, FlagState
from policyeditor.core.workspace.audit import AuditEvent, EvidenceFacts

NEW_PAGE = ' style="page-break-before: always"'
SEVERITIES = ("high", "medium", "low")
_TABLE = (f'<table width="100%" border="0.5" cellspacing="0" cellpadding="4" '
          f'style="border-color: {PALETTE.rule}">')


def pack_language(facts: EvidenceFacts) -> str:
    """The pack is written in the published version's language."""
    return document_language(export_language(facts.policy) or facts.policy.language)


def utc(iso: str, *, seconds: bool = False) -> str:
    """A stored ISO 8601 UTC time as ``YYYY-MM-DD HH:MM[:SS]`` (the timeline says UTC)."""
    return iso.replace("T", " ").removesuffix("Z")[: 19 if seconds else 16]


def _by(lang: str, event: AuditEvent) -> str:
    return word(lang, "by_when", who=event.author or "—", when=f"{utc(event.time)} UTC")


def _row(name: str, value: str) -> str:
    return f'<tr><td width="26%"><span class="label">{esc(name)}</span></td><td>{value}</td></tr>'


def _fingerprint(value: str, points: float) -> str:
    """A fingerprint in full on one line: a size at which its 71 characters fit the column
    (Qt would break an over-long word anywhere, and a split hash cannot be searched for)."""
    return f'<span style="font-size: {points}pt">{esc(value)}</span>'


def _people_rows(facts: EvidenceFacts, lang: str) -> list[str]:
    info = facts.info
    saved = word(lang, "by_when", who=info.author or "—", when=f"{utc(info.created)} UTC")
    note = f"<br/>{esc(info.note)}" if info.note else ""
    rows = [_row(word(lang, "saved"), esc(saved) + note)]
    approvals = facts.of_kind("approved")
    approved = "<br/>".join(esc(_by(lang, e)) + (f": {esc(e.text)}" if e.text else "")
                            for e in approvals) or esc(word(lang, "not_approved"))
    rows.append(_row(word(lang, "approved"), approved))
    for event in facts.of_kind("override"):
        rows.append(_row(word(lang, "override"),
                         f"<b>{esc(event.text)}</b><br/>{esc(_by(lang, event))}"))
    for event in facts.of_kind("published"):
        rows.append(_row(word(lang, "published"), esc(_by(lang, event))))
    return rows


def cover_html(facts: EvidenceFacts, lang: str, workspace: str, written: str) -> str:
    """Page one: what was published, its fingerprint, who did what, and how to verify it."""
    info, policy = facts.info, facts.policy
    previous = (f"<b>{esc(facts.previous.label)}</b><br/>"
                + _fingerprint(facts.previous.fingerprint, 7)
                if facts.previous is not None else esc(word(lang, "no_previous")))
    rows = [
        _row(label(lang, "version"), f"<b>{esc(info.label)}</b>"),
        _row(label(lang, "status"), esc(label(lang, "status_published"))),
    ]
    changed = policy.metadata.get("last_changed", "")
    if changed:
        rows.append(_row(label(lang, "last_changed"), esc(changed)))
    rows += _people_rows(facts, lang)
    rows.append(_row(word(lang, "previous"), previous))
    rows.append(_row(word(lang, "written"), f"{esc(utc(written))} UTC"))
    ws = esc(workspace)
    return "\n".join([
        f'<p class="report-title">{esc(word(lang, "pack"))}</p>',
        f'<p class="report-sub">{esc(policy.title)}</p>',
        f"<p>{esc(word(lang, 'intro'))}</p>",
        f'<p><span class="label">{esc(word(lang, "fingerprint"))}</span><br/>'
        f"<b>{_fingerprint(info.fingerprint, 9)}</b></p>",
        _TABLE + "".join(rows) + "</table>",
        f'<p class="part">{esc(word(lang, "verify"))}</p>',
        f"<p>{esc(word(lang, 'verify_what'))}</p>",
        f"<p><code>policyeditor check {ws}</code> {esc(word(lang, 'verify_check'))}</p>",
        f"<p><code>policyeditor history {ws} --format json</code> "
        f"{esc(word(lang, 'verify_history', label=info.label))}</p>",
    ])


def timeline_html(facts: EvidenceFacts, lang: str) -> str:
    """Every event of the version, oldest first: time, what, who, details."""
    head = "".join(f'<th align="left" width="{width}">{esc(word(lang, key))}</th>'
                   for key, width in (("time_utc", "25%"), ("event", "19%"), ("by", "14%"),
                                      ("details", "42%")))
    # the time never wraps: date and time apart on two lines read as two events
    rows = "".join(
        f'<tr><td style="white-space: nowrap">{esc(utc(e.time, seconds=True))}</td>'
        f"<td>{esc(word(lang, 'kind_' + e.kind))}</td><td>{esc(e.author or '—')}</td>"
        f"<td>{esc(e.text)}</td></tr>"
        for e in facts.trail)
    return (f'<p class="part"{NEW_PAGE}>{esc(word(lang, "timeline"))}</p>'
            f"{_TABLE}<tr>{head}</tr>{rows}</table>")


def _earlier(state: FlagState, facts: EvidenceFacts, lang: str) -> str:
    """Sign-offs given and withdrawn before the resolution in effect ("" when none)."""
    records = facts.sign_offs.get(state.key, [])
    if state.acknowledged:
        records = records[:-1]  # the last one is the sign-off in effect
    lines = []
    for record in records:
        key = "withdrawn" if record.content_hash.startswith(WITHDRAWN) else "acknowledged"
        text = esc(word(lang, key, who=record.reviewer or "—", when=f"{utc(record.created)} UTC"))
        lines.append(text + (f": {esc(record.comment)}" if record.comment else ""))
    if not lines:
        return ""
    return f'<p class="label">{esc(word(lang, "earlier"))}: {"; ".join(lines)}</p>'


def _resolution(state: FlagState, facts: EvidenceFacts, lang: str) -> str:
    if state.acknowledged:
        text = esc(word(lang, "acknowledged", who=state.reviewer or "—",
                        when=f"{utc(state.when)} UTC"))
        return f"<b>{text}</b>" + (f": {esc(state.comment)}" if state.comment else "")
    reasons = [e.text for e in facts.of_kind("override")]
    if state.flag.severity == "high" and reasons:
        return f"<b>{esc(word(lang, 'overridden', reason='; '.join(reasons)))}</b>"
    severity = label(lang, "severity_" + state.flag.severity).lower()
    return esc(word(lang, "open", severity=severity))


def flags_html(facts: EvidenceFacts, lang: str) -> str:
    """Every flag the publish gate judged, with its sign-off or the override reason."""
    out = [f'<p class="part">{esc(word(lang, "flags"))}</p>']
    comparison, previous = facts.comparison, facts.previous
    if comparison is None or previous is None:
        out.append(f"<p>{esc(word(lang, 'first'))}</p>")
        return "\n".join(out)
    names = {"previous": previous.label, "label": facts.info.label}
    if not facts.flags:
        out.append(f"<p>{esc(word(lang, 'no_flags', **names))}</p>")
        return "\n".join(out)
    count: Counter[str] = Counter(state.flag.severity for state in facts.flags)
    tally = {severity: count.get(severity, 0) for severity in SEVERITIES}
    out.append(f"<p>{esc(word(lang, 'flags_count', count=len(facts.flags), **names, **tally))}</p>")
    order = sorted(facts.flags, key=lambda s: SEVERITIES.index(s.flag.severity)
                   if s.flag.severity in SEVERITIES else len(SEVERITIES))
    rows = []
    for state in order:
        flag = state.flag
        name = esc(label(lang, "severity_" + flag.severity))
        evidence = (f'<p class="flag-evidence">{esc(evidence_text(flag.evidence))}</p>'
                    if flag.evidence else "")
        rows.append(
            f'<tr><td width="12%" style="border-left: 3px solid {PALETTE.severity(flag.severity)}">'
            f'<span class="sev sev-{flag.severity}">&nbsp;{name}&nbsp;</span></td>'
            f'<td><p class="flag-head">{esc(flag_place(comparison, flag, lang))}'
            f' <span class="label">[{esc(flag.rule)}]</span></p>'
            f"<p>{esc(flag_explanation(flag, lang))}</p>{evidence}"
            f"{_earlier(state, facts, lang)}"
            f"<p>{esc(word(lang, 'resolution'))}: {_resolution(state, facts, lang)}</p></td></tr>")
    # one table per flag: the pagination keeps a small table whole, so a flag's
    # head never stands alone at the foot of a page
    out += [f'{_TABLE}{row}</table><p style="margin-bottom: 2px"></p>' for row in rows]
    return "\n".join(out)


def front_html(facts: EvidenceFacts, workspace: str, written: str) -> str:
    """The pack's front pages: cover, timeline, flags."""
    lang = pack_language(facts)
    return "\n".join([cover_html(facts, lang, workspace, written), timeline_html(facts, lang),
                      flags_html(facts, lang)])


def body_html(facts: EvidenceFacts) -> str:
    """The published text, then the redline against the previous publication (if any)."""
    lang = pack_language(facts)
    out = [f'<p class="part"{NEW_PAGE}>{esc(word(lang, "published_text"))}</p>',
           f'<p class="report-sub">{esc(facts.policy.title)}</p>',
           policy_text_html(facts.policy, Target.QT)]
    comparison, previous = facts.comparison, facts.previous
    if comparison is not None and previous is not None:
        signed = {id(s.flag): s for s in facts.flags if s.acknowledged}
        # the redline's flag summary says who acknowledged each flag, as the pack does
        flags = [replace(f, signoff=SignOff(signed[id(f)].reviewer,
                                            f"{utc(signed[id(f)].when)} UTC",
                                            signed[id(f)].comment))
                 if id(f) in signed else f for f in comparison.flags]
        shown = replace(comparison, flags=flags)
        out += [f'<p class="part"{NEW_PAGE}>'
                f'{esc(word(lang, "redline", previous=previous.label))}</p>',
                summary_html(shown, lang, Target.QT),
                full_text_html(shown, RedlineView(Target.QT, lang,
                                                  ignore_formatting=shown.ignore_formatting))]
    return "\n".join(out)
