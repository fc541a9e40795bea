"""JSON export exactly as DESIGN.md §6 (a contract other tools parse)."""

from __future__ import annotations

import json
from pathlib import Path

from policyeditor.core.canonical import fingerprint
from policyeditor.core.importing import import_file
from policyeditor.core.jsonexport import policy_to_json
from policyeditor.core.model import Policy, Section


def test_document_keys_order_and_version_null() -> None:
    child = Section("Cookies", "c", id="c1")
    policy = Policy(
        title="T",
        language="sv",
        metadata={"last_changed": "2021-01-24"},
        preamble="P",
        sections=[Section("A", "a", [child], id="a1"), Section("B", "", id="b1")],
    )
    data = policy_to_json(policy)
    assert list(data) == ["title", "language", "metadata", "preamble", "version", "sections"]
    assert data["version"] is None
    assert data["metadata"] == {"last_changed": "2021-01-24"}
    assert data["sections"] == [
        {
            "id": "a1",
            "number": "1",
            "heading": "A",
            "body": "a",
            "children": [
                {"id": "c1", "number": "1.1", "heading": "Cookies", "body": "c", "children": []}
            ],
        },
        {"id": "b1", "number": "2", "heading": "B", "body": "", "children": []},
    ]
    # Plain JSON types only: it serialises and reads back unchanged.
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_version_label_and_fingerprint() -> None:
    policy = Policy(title="T")
    data = policy_to_json(policy, ("2.0", fingerprint(policy)))
    assert data["version"] == {"label": "2.0", "fingerprint": fingerprint(policy)}
    assert data["version"]["fingerprint"].startswith("sha256:")


def test_export_does_not_share_state_with_the_policy() -> None:
    policy = Policy(metadata={"organisation": "X"})
    policy_to_json(policy)["metadata"]["organisation"] = "changed"
    assert policy.metadata == {"organisation": "X"}


def test_seed_as_json(seed_path: Path) -> None:
    data = policy_to_json(import_file(seed_path).policy)
    assert data["title"] == "Sekretesspolicy"
    assert data["language"] == "sv"
    first = data["sections"][0]
    assert (first["number"], first["heading"]) == ("1", "Information som vi samlar in")
    assert [c["number"] for c in first["children"][1]["children"]] == [
        "1.2.1",
        "1.2.2",
        "1.2.3",
        "1.2.4",
        "1.2.5",
    ]
