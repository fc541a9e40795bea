"""Compare output: the JSON contract (DESIGN.md §6) and the terminal text."""

from __future__ import annotations

import json

from policyeditor.core.compare import compare
from policyeditor.core.compare.json_format import comparison_to_json
from policyeditor.core.compare.result import Comparison, Flag, SideInfo
from policyeditor.core.compare.text_format import format_text
from policyeditor.core.model import Policy, Section

SECTION_KEYS = {
    "change", "moved", "old_number", "new_number", "old_id", "new_id", "heading", "body",
}


def _comparison() -> Comparison:
    old = Policy(
        title="Privacy",
        language="en",
        preamble="Applies from May.",
        sections=[
            Section("Collection", "We collect your name."),
            Section("Sharing", "We share data with couriers."),
            Section("Cookies", "We set no cookies."),
        ],
    )
    new = old.clone()
    new.preamble = "Applies from June."
    new.sections[0].body = "We collect your name and address."
    new.sections.append(new.sections.pop(1))  # Sharing moves to the end
    new.sections.insert(1, Section("Transfers", "Data stays in the EU."))
    del new.sections[2]  # Cookies removed
    return compare(
        old,
        new,
        old_info=SideInfo(source="ws.policy", label="1.0", title=old.title),
        new_info=SideInfo(source="ws.policy", label=None, title=new.title),
    )


def test_json_has_exactly_the_contract_shape() -> None:
    data = comparison_to_json(_comparison())
    assert set(data) == {"old", "new", "summary", "sections", "flags", "preamble"}
    assert data["old"] == {"source": "ws.policy", "label": "1.0", "title": "Privacy"}
    assert data["new"]["label"] is None
    assert data["summary"] == {
        "added": 1, "removed": 1, "modified": 1, "moved": 0, "unchanged": 1,
        "assessment": "editorial",
    }
    assert data["flags"] == []
    for section in data["sections"]:
        assert set(section) == SECTION_KEYS
        assert section["change"] in ("added", "removed", "modified", "unchanged")
        for op, text in section["heading"] + section["body"]:
            assert op in (-1, 0, 1) and isinstance(text, str)
    assert data["preamble"] == [[0, "Applies from "], [-1, "May"], [1, "June"], [0, "."]]
    # round-trips through JSON unchanged
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_json_sections_in_new_reading_order_with_removal_in_old_place() -> None:
    data = comparison_to_json(_comparison())
    rows = [(s["change"], s["old_number"], s["new_number"]) for s in data["sections"]]
    assert rows == [
        ("modified", "1", "1"),
        ("added", None, "2"),
        ("unchanged", "2", "3"),
        # Cookies stood after Sharing in the old version
        ("removed", "3", None),
    ]
    # Sharing kept its order relative to Collection: renumbered, not moved
    assert [s["moved"] for s in data["sections"]] == [False, False, False, False]


def test_json_title_only_when_changed_and_flags_serialised() -> None:
    comparison = _comparison()
    assert "title" not in comparison_to_json(comparison)
    comparison.new.title = "Privacy notice"
    retitled = compare(comparison.old, comparison.new)
    retitled.flags.append(
        Flag("new-recipient", "recipients", "high", "2", "abc", "couriers", "New recipient.",
             "GDPR art. 13.1 e")
    )
    data = comparison_to_json(retitled)
    assert data["title"] == [[0, "Privacy"], [1, " notice"]]
    assert data["flags"] == [{
        "rule": "new-recipient", "category": "recipients", "severity": "high", "section": "2",
        "section_id": "abc", "evidence": "couriers", "explanation": "New recipient.",
        "reference": "GDPR art. 13.1 e",
    }]
    assert data["summary"]["assessment"] == "substantive"


def test_json_marks_split_sections() -> None:
    text = "Support messages are deleted two years after the case was closed by staff."
    old = Policy(sections=[Section("Retention", "Order data is kept seven years.\n\n" + text)])
    new = Policy(sections=[
        Section("Retention", "Order data is kept seven years."),
        Section("Support", text),
    ])
    data = comparison_to_json(compare(old, new))
    added = [s for s in data["sections"] if s["change"] == "added"]
    assert added[0]["split_from"] == {"old_id": old.sections[0].id, "old_number": "1"}
    giver = data["sections"][0]
    assert giver["split_into"] == [{"new_id": new.sections[1].id, "new_number": "2"}]
    assert "merged_from" not in giver and "merged_into" not in giver


def test_text_marks_changes_without_colour() -> None:
    text = format_text(_comparison(), color=False)
    assert "\x1b[" not in text
    assert "§ 1 → 1  [modified]  Collection" in text
    assert "We collect your name{+ and address+}." in text
    assert "§ (new) → 2  [added]" in text
    assert "§ 3 → (removed)  [removed]" in text
    assert "[-May-]{+June+}" in text
    # an unchanged section in place is summed up, not repeated
    assert "Sharing" not in text
    assert "1 added, 1 removed, 1 modified, 0 moved, 1 unchanged" in text


def test_text_colour_only_when_asked() -> None:
    text = format_text(_comparison(), color=True)
    assert "\x1b[34;4m and address\x1b[0m" in text
    assert "\x1b[31;9mMay\x1b[0m" in text


def test_text_with_ignore_formatting_shows_formatting_quietly() -> None:
    old = Policy(sections=[Section("Rights", 'You may "object" at any time, within 30 days.')])
    text = "You may \u201cobject\u201d at  any time, within 60 days."
    new = Policy(sections=[Section("Rights", text)])
    loud = format_text(compare(old, new), color=False)
    assert '[-"object"-]{+\u201cobject\u201d+}' in loud
    quiet = format_text(compare(old, new, ignore_formatting=True), color=False)
    assert "You may \u201cobject\u201d at  any time, within [-30-]{+60+} days." in quiet


def test_text_shows_only_the_lines_around_a_change() -> None:
    paragraphs = [f"Paragraph {i} says something about data." for i in range(30)]
    old = Policy(sections=[Section("Long", "\n\n".join(paragraphs))])
    edited = list(paragraphs)
    edited[15] = "Paragraph 15 says something about sold data."
    new = Policy(sections=[Section("Long", "\n\n".join(edited))])
    lines = format_text(compare(old, new), color=True).splitlines()
    body = lines[lines.index(next(x for x in lines if x.startswith("§ 1 → 1"))) + 1 :]
    assert body == [
        "    …",
        "    Paragraph 14 says something about data.",
        "    ",
        "    Paragraph 15 says something about \x1b[34;4msold \x1b[0mdata.",
        "    ",
        "    Paragraph 16 says something about data.",
        "    …",
    ]


def test_metadata_and_language_changes_are_never_hidden() -> None:
    old = Policy(language="sv", metadata={"last_changed": "2021-01-24", "organisation": "A AB"},
                 sections=[Section("Kontakt", "Skriv till oss.")])
    new = old.clone()
    new.metadata = {"last_changed": "2024-05-01", "contact": "dpo@example.com"}
    new.language = "en"
    comparison = compare(old, new)
    data = comparison_to_json(comparison)
    assert data["metadata"] == {
        "contact": {"old": None, "new": "dpo@example.com"},
        "last_changed": {"old": "2021-01-24", "new": "2024-05-01"},
        "organisation": {"old": "A AB", "new": None},
    }
    assert data["language"] == {"old": "sv", "new": "en"}
    text = format_text(comparison, color=False)
    assert "    last_changed: [-2021-01-24-]{+2024-05-01+}" in text
    assert "    organisation: [-A AB-]" in text
    assert "language: [-sv-]{+en+}" in text
    # unchanged metadata adds nothing to the JSON
    same = comparison_to_json(compare(old, old.clone()))
    assert "metadata" not in same and "language" not in same


def test_text_header_names_each_version_once() -> None:
    from policyeditor.core.compare.text_format import format_text

    comparison = _comparison()
    assert format_text(comparison, color=False).splitlines()[:2] == [
        "old: ws.policy @ 1.0",
        "new: ws.policy",
    ]
    comparison.old_info.source = "ws.policy@1.0"  # as given on the command line
    assert format_text(comparison, color=False).splitlines()[0] == "old: ws.policy@1.0"
