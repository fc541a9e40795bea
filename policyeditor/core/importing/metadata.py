"""Date lines ("Senast ändrad: 2021-01-24", "Last updated: August 14, 2025").

A standalone date line near the top or at the very end of a source becomes
metadata (``last_changed`` or ``effective``, an ISO date when the date can be
read, else the date as written) and leaves the body. When the line is worded
otherwise than export would word it ("Effective as of 8 June 2022", not
"Effective: 2022-06-08"), the line as written is kept too
(``effective_text``), and every export writes it word for word
(:func:`export_date_line`, :func:`written_date`) for as long as it still
says the date in the metadata; once the date is edited, export words the new
date with the label of the policy's language.
"""

from __future__ import annotations

import datetime as _dt
import re

LAST_CHANGED = "last_changed"
EFFECTIVE = "effective"
WRITTEN = "_text"  # suffix of the key keeping a date line as written

LABELS: dict[str, dict[str, str]] = {
    LAST_CHANGED: {"sv": "Senast ändrad", "en": "Last updated"},
    EFFECTIVE: {"sv": "Gäller från", "en": "Effective"},
}

_LAST = (
    r"last\s+(?:updated|modified|revised|changed)(?:\s+on)?|updated(?:\s+on)?"
    r"|senast\s+(?:ändrad|uppdaterad|reviderad)|uppdaterad"
)
_EFFECTIVE = (
    r"effective(?:\s+(?:as\s+of|from|since|on|date))?|gäller\s+(?:från|fr\.\s?o\.\s?m\.)"
    r"|giltig\s+från|i\s+kraft\s+från"
)
_LINE = re.compile(
    rf"^(?:(?P<last>{_LAST})|(?P<eff>{_EFFECTIVE}))\s*:?\s+(?P<date>\S.{{0,40}}?)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")  # 1800-2199: a year, not any number

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "januari", "jan"),
        ("february", "februari", "feb"),
        ("march", "mars", "mar"),
        ("april", "apr"),
        ("may", "maj"),
        ("june", "juni", "jun"),
        ("july", "juli", "jul"),
        ("august", "augusti", "aug"),
        ("september", "sept", "sep"),
        ("october", "oktober", "oct", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|:e|:a)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")


def parse_date(text: str) -> str | None:
    """A written date as ISO ``YYYY-MM-DD``, or None if it cannot be read."""
    text = text.strip().rstrip(".")
    year = month = day = 0
    if m := _ISO.match(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _MONTH_FIRST.match(text):
        month = _MONTHS.get(m.group(1).lower(), 0)
        day, year = int(m.group(2)), int(m.group(3))
    elif m := _DAY_FIRST.match(text):
        day, year = int(m.group(1)), int(m.group(3))
        month = _MONTHS.get(m.group(2).lower(), 0)
    else:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def match_date_line(text: str) -> tuple[str, str] | None:
    """``(key, value)`` if ``text`` (plain text of one line) is a date line."""
    if len(text) > 80:
        return None
    m = _LINE.match(text.strip())
    if not m:
        return None
    written = m.group("date").strip()
    if not _YEAR.search(written) or len(written.split()) > 5:
        return None
    key = LAST_CHANGED if m.group("last") else EFFECTIVE
    return key, parse_date(written) or written


def date_line(key: str, value: str, language: str) -> str:
    """The line export writes for a date in metadata, in the policy's language."""
    labels = LABELS[key]
    return f"{labels.get(language, labels['en'])}: {value}"


def date_metadata(text: str, key: str, value: str) -> dict[str, str]:
    """Metadata for a date line found by :func:`match_date_line`: the date, and
    the line as written unless export would write exactly that line anyway."""
    line = " ".join(text.split())
    entries = {key: value}
    if all(line != date_line(key, value, language) for language in ("sv", "en")):
        entries[key + WRITTEN] = line
    return entries


def written_date(metadata: dict[str, str], key: str) -> tuple[str, str] | None:
    """(label, date) of the date line as written, while it still says ``metadata[key]``."""
    written = metadata.get(key + WRITTEN, "")
    value = metadata.get(key, "").strip()
    if not written or not value or match_date_line(written) != (key, value):
        return None  # the date was edited since: the written line is out of date
    m = _LINE.match(written.strip())
    if m is None:  # pragma: no cover - match_date_line matched the same pattern
        return None
    return (m.group("last") or m.group("eff")), m.group("date").strip()


def export_date_line(metadata: dict[str, str], key: str, language: str) -> str | None:
    """The date line an export writes for ``key``: as written in the source
    when still true, else regenerated; None without a date."""
    value = metadata.get(key, "").strip()
    if not value:
        return None
    if written_date(metadata, key) is not None:
        return " ".join(metadata[key + WRITTEN].split())
    return date_line(key, value, language)
