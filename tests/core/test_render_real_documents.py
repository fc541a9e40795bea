"""What real policies from the corpus need from the HTML export and the redline.

Each test names what a reader saw in an export of a real policy (Spotify,
Telegram, Bluesky…) before it was fixed; the policies here are small
hand-made copies of the same shapes.
"""

from __future__ import annotations

from policyeditor.core.compare.engine import compare
from policyeditor.core.model import Policy, Section
from policyeditor.core.render.html_export import policy_to_html
from policyeditor.core.render.redline_html import comparison_to_html
from tests.core.test_html_export import Page


def parsed(html_text: str) -> Page:
    return Page(html_text)


def test_effective_date_is_shown() -> None:
    # "Effective as of July 1, 2026" is taken out of Spotify's text into
    # metadata; the export showed no date at all.
    policy = Policy("Privacy Policy", "en", {"effective": "2026-07-01"}, "", [Section("A", "a")])
    page = parsed(policy_to_html(policy))
    assert "Effective 2026-07-01" in page.text
    swedish = Policy("Policy", "sv", {"effective": "2026-07-01"}, "", [Section("A", "a")])
    assert "Gäller från 2026-07-01" in parsed(policy_to_html(swedish)).text


def test_redline_summary_shows_both_effective_dates() -> None:
    old = Policy("P", "en", {"effective": "2022-11-23"}, "", [Section("A", "a")])
    new = Policy("P", "en", {"effective": "2022-12-30"}, "", [Section("A", "b")])
    text = parsed(comparison_to_html(compare(old, new))).text
    assert "Effective 2022-11-23 2022-12-30" in text
