"""Date lines ("Senast ändrad: 2021-01-24", "Last updated: August 14, 2025").

A standalone date line near the top or at the very end of a source becomes
metadata (``last_changed`` or ``effective``, an ISO date when the date can be
read, else the date as written) and leaves the body; export writes it back
with the label of the policy's language. Nothing is lost: the date is in the
metadata and the label is regenerated.
"""

from __future__ import annotations

import datetime as _dt
import re

LAST_CHANGED = "last_changed"
EFFECTIVE = "effective"

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
