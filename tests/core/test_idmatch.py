"""Ids carried over when a revised text is imported into an existing workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.idmatch import carry_over_ids
from policyeditor.core.model import Policy, Section, iter_sections, walk

LOREM = {
    "Information we collect": "We collect your name, e-mail address and the content you post.",
    "How we use information": (
        "We use information to provide the service, to keep it secure and to improve it."
    ),
    "Sharing": "We share data with processors that host our servers and send our e-mail.",
    "Your rights": "You may ask for access, rectification, erasure and portability of your data.",
    "Contact": "Write to privacy@example.com or to our postal address in Stockholm.",
}


Items = list[tuple[str, str]]
PROCESSORS = [("Processors", "Amazon Web Services hosts our servers in Ireland.")]


def _policy(items: Items, children: dict[int, Items] | None = None) -> Policy:
    sections = [Section(heading=h, body=b) for h, b in items]
    for index, kids in (children or {}).items():
        sections[index].children = [Section(heading=h, body=b) for h, b in kids]
    return Policy(title="Privacy", language="en", sections=sections)


def _ids(policy: Policy) -> list[str]:
    return [s.id for s in iter_sections(policy.sections)]


def test_identical_reimport_keeps_every_id() -> None:
    existing = _policy(list(LOREM.items()))
    imported = _policy(list(LOREM.items()))
    result = carry_over_ids(existing, imported)
    assert _ids(result) == _ids(existing)
    # the argument is not changed
    assert _ids(imported) != _ids(existing)


def test_edited_reordered_and_new_sections() -> None:
    existing = _policy(list(LOREM.items()), {2: PROCESSORS})
    items = list(LOREM.items())
    revised = [
        items[1],
        items[0],
        (
            "Sharing",
            "We share data with processors that host our servers, send e-mail and analyse usage.",
        ),
        ("Cookies", "We set cookies to remember your language and to count visits."),
        items[3],
        ("Contact us", items[4][1]),
    ]
    imported = _policy(revised, {2: PROCESSORS})
    result = carry_over_ids(existing, imported)
    old_by_heading = {ref.section.heading: ref.section.id for ref in walk(existing)}
    new_by_heading = {ref.section.heading: ref.section.id for ref in walk(result)}
    kept = ("Information we collect", "How we use information", "Sharing", "Your rights")
    for heading in (*kept, "Processors"):
        assert new_by_heading[heading] == old_by_heading[heading]
    # renamed heading, same text: still the same section
    assert new_by_heading["Contact us"] == old_by_heading["Contact"]
    # a new section gets an id the workspace never used
    assert new_by_heading["Cookies"] not in set(old_by_heading.values())


def test_ids_never_repeat_even_when_imported_ids_collide() -> None:
    existing = _policy(list(LOREM.items()))
    unrelated = ("Brand new", "Entirely unrelated words about sailing boats and weather.")
    imported = _policy([unrelated, *LOREM.items()])
    # the imported file reuses an id of the workspace for an unrelated section
    imported.sections[0].id = existing.sections[2].id
    # and repeats one of its own ids
    imported.sections[1].id = imported.sections[2].id
    result = carry_over_ids(existing, imported)
    ids = _ids(result)
    assert len(ids) == len(set(ids))
    assert result.sections[0].id not in set(_ids(existing))
    assert [s.id for s in result.sections[1:]] == _ids(existing)


def test_unrelated_documents_share_no_ids() -> None:
    existing = _policy(list(LOREM.items()))
    imported = _policy([
        ("Anchors", "Drop the anchor in sand, never on eelgrass."),
        ("Sails", "Reef early when the wind rises above ten metres per second."),
    ])
    result = carry_over_ids(existing, imported)
    assert not set(_ids(result)) & set(_ids(existing))
    assert len(set(_ids(result))) == 2


@pytest.mark.corpus
def test_revised_seed_text_keeps_ids_of_its_sections(seed_path: Path) -> None:
    from policyeditor.core.importing import import_file, import_text

    existing = import_file(seed_path).policy
    text = seed_path.read_text(encoding="utf-8")
    # a revision drafted elsewhere: a sentence edited, a heading reworded,
    # and a new section 9 at the end
    revised = text.replace("Vi samlar in information om den specifika enheten",
                           "Vi samlar in uppgifter om den enhet")
    revised = revised.replace("7. Informationssäkerhet", "7. Säkerhet")
    revised = revised + (
        "\n\n9. Kontakt\n\nSkriv till oss på privacy@example.com om du har frågor.\n"
    )
    imported = import_text(revised, fmt="txt").policy
    result = carry_over_ids(existing, imported)
    old_ids = {ref.number: ref.section.id for ref in walk(existing)}
    new_ids = {ref.number: ref.section.id for ref in walk(result)}
    for number, section_id in old_ids.items():
        assert new_ids[number] == section_id, number
    assert new_ids["9"] not in set(old_ids.values())
