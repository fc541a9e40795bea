"""The accept/reject contract on generated pairs of policies: moves, nesting, odd text.

Sections share ids across the two versions (as versions of one workspace do),
are reordered, nested, added and removed at random; bodies mix Markdown
markers, tables, blank lines and characters XML cannot carry; titles, dates
and the language change too.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.compare import compare
from policyeditor.core.model import Policy, Section
from policyeditor.core.wordexport.tracked import write_redline_docx
from tests.core.redline_docx.test_contract import assert_contract

WORDS = ["Vi", "delar", "inte", "uppgifter", "- ", "1. ", "**", "*", "| a | b |", "|---|---|",
         "\n", "\n\n", " ", "[länk](https://x.se)", "\x07", "ö", "`kod`", "> "]
bodies = st.lists(st.sampled_from(WORDS), max_size=12).map("".join)
headings = st.sampled_from(["Inledning", "Mottagare", "Rättigheter", "", "Kakor *och* spårning"])


@st.composite
def policy_pairs(draw: st.DrawFn) -> tuple[Policy, Policy]:
    count = draw(st.integers(min_value=0, max_value=7))
    ids = [f"s{i}" for i in range(count)]

    def version(present: list[str]) -> Policy:
        sections: list[Section] = []
        for section_id in present:
            section = Section(draw(headings), draw(bodies), id=section_id)
            parent = [s for s in sections if draw(st.booleans())] if sections else []
            (parent[0].children if parent else sections).append(section)
        title = draw(st.sampled_from(["Sekretesspolicy", "Integritetspolicy", ""]))
        date = draw(st.sampled_from(["2021-01-24", "2024-05-01", ""]))
        return Policy(title=title, language=draw(st.sampled_from(["sv", "en"])),
                      metadata={"last_changed": date} if date else {},
                      preamble=draw(bodies), sections=sections)

    old_ids = draw(st.permutations(ids).map(lambda p: [i for i in p if draw(st.booleans())]))
    new_ids = draw(st.permutations(ids).map(lambda p: [i for i in p if draw(st.booleans())]))
    return version(old_ids), version(new_ids)


@settings(max_examples=150, deadline=None)
@given(policy_pairs())
def test_any_pair_of_versions_accepts_and_rejects_exactly(pair: tuple[Policy, Policy]) -> None:
    old, new = pair
    comparison = compare(old, new)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "redline.docx"
        write_redline_docx(comparison, path, author="Test", date="2026-01-01T00:00:00Z")
        assert_contract(comparison, path)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=20))
def test_any_text_at_all_is_written_and_reads_back_exactly(
    old_body: str, new_body: str, title: str
) -> None:
    old = Policy(title=title, sections=[Section("Rubrik", old_body, id="a")])
    new = Policy(title=title + "!", sections=[Section("Rubrik\r", new_body, id="a")])
    comparison = compare(old, new)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "redline.docx"
        write_redline_docx(comparison, path, author=title or "Test")
        assert_contract(comparison, path)
