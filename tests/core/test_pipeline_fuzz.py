"""Arbitrary revisions go through the whole headless pipeline without a crash.

Import both texts, compare, flag, and render the redline as HTML and JSON:
whatever the text (Markdown syntax, numbers, durations, negations, names,
stray punctuation), every step completes and the diff stays lossless.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.compare import compare
from policyeditor.core.compare.json_format import comparison_to_json
from policyeditor.core.compare.result import new_text, old_text
from policyeditor.core.errors import InputError
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.importing import import_text
from policyeditor.core.render.redline_html import comparison_to_html

PIECES = [
    "Vi delar inte", "personuppgifter", "med", "Acme AB", "i 36 månader", "tills vidare",
    "We do not share", "your data", "with Mixpanel", "for 2 years", "indefinitely",
    "samtycke", "consent", "USA", "outside the EEA", "hälsa", "personnummer", "may", "will",
    "kan", "ska", "bland annat", "such as", "IMY", "cookies", "barn", "children",
    "\n\n", "\n- ", "\n1. ", "\n## ", "**", "_", "[länk](https://example.org)", "|", " | ",
    "\n---\n", "`", ">", "<script>", "&", "1.2.3", "2.", "Senast ändrad: 2021-01-24", "  ",
    "\u00a0", "“", "”", "–", ".", ",", ":", "(", ")", "é", "ß",
]

texts = st.lists(st.sampled_from(PIECES), min_size=0, max_size=60).map(" ".join)


def _policy(text: str, fmt: str):  # type: ignore[no-untyped-def]
    try:
        return import_text("Policy\n\n1. Allmänt\n\n" + text, fmt=fmt).policy
    except InputError:
        return None


@settings(max_examples=300, deadline=None)
@given(old=texts, new=texts, fmt=st.sampled_from(["txt", "md"]), loose=st.booleans())
def test_any_revision_compares_flags_and_renders(old: str, new: str, fmt: str, loose: bool) -> None:
    before, after = _policy(old, fmt), _policy(new, fmt)
    if before is None or after is None:
        return
    comparison = compare(before, after, ignore_formatting=loose)
    comparison.flags = list(detect_flags(comparison).flags)
    for change in comparison.sections:
        if change.old_section is not None:
            assert old_text(change.body) == change.old_section.body
        if change.new_section is not None:
            assert new_text(change.body) == change.new_section.body
    page = comparison_to_html(comparison)
    assert "<script>" not in page
    json.dumps(comparison_to_json(comparison))
