"""The words of a Markdown text that spelling should look at, with their places.

Links' targets, URLs, e-mail addresses, inline and fenced code, HTML tags and
anything with a digit in it are blanked out first (replaced by spaces, so the
offsets of the remaining words still point into the original text). Words in
capitals (GDPR, EES) and with inner capitals (YouTube, iPhone) are names or
abbreviations, never typos worth a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SKIP = re.compile(
    r"```.*?```"  # fenced code
    r"|`[^`\n]*`"  # inline code
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # a link's target (its text is checked)
    r"|<[^>\n]+>"  # tags and autolinks
    r"|\b(?:https?|ftp|mailto):[^\s)>\]]+"
    r"|\bwww\.[^\s)>\]]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    # bare domains, also the newer top-level ones: "bsky.app and bsky.social"
    r"|\b[\w-]+\.(?:se|com|org|net|eu|io|nu|app|social|dev|html?)\b(?:/[^\s)]*)?",
    re.DOTALL | re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*-?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?:[.!?:]\s*|\n\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s*)?)$")


@dataclass(frozen=True)
class Word:
    """One word to check: its text, where it is, whether a sentence starts with it."""

    text: str
    start: int
    end: int
    sentence_start: bool


def blank_skipped(text: str) -> str:
    """``text`` with the spans spelling ignores replaced by spaces (same length)."""
    return _SKIP.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _is_name_like(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return True
    if all(c.isupper() for c in letters):
        return True  # GDPR, EES, IMY
    return any(c.isupper() for c in word[1:])  # YouTube, iPhone, PayPal


def words(text: str) -> Iterator[Word]:
    """The checkable words of ``text`` (Markdown) in order."""
    clean = blank_skipped(text)
    for match in _WORD.finditer(clean):
        start = match.start()
        word = match.group(0).rstrip("-")
        before = clean[start - 1] if start else " "
        after = clean[start + len(word)] if start + len(word) < len(clean) else " "
        if before.isdigit() or after.isdigit() or before in "_@#/\\" or after in "_@/\\":
            continue  # 5G, HTML5, user_id, #anchor
        if before == "." and start > 1 and clean[start - 2].isalnum():
            continue  # a file name or domain ending: policy.docx
        for suffix in ("’s", "'s"):
            if word.endswith(suffix) and len(word) > 3:
                word = word[: -len(suffix)]  # possessive: Spotify's -> Spotify
        word = word.strip("'’")
        if _is_name_like(word):
            continue
        # only the last few characters decide (searching the whole prefix is quadratic)
        opening = clean[max(0, start - 16):start].rstrip(" \t*_\"“”‘'(")
        at_start = not clean[:start].strip(" \t*_\"“”‘'(")
        yield Word(word, start, start + len(word),
                   at_start or bool(_SENTENCE_END.search(opening + " ")))
