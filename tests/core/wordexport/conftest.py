"""Fixtures for the .docx export tests: the seed and a policy using every kind of markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy, Section
from policyeditor.core.render.stamp import VersionStamp

RICH_BODY = """\
Text with **bold**, *italic*, `code` and a [link to us](https://example.org/privacy).
A line ends here{BR}and goes on after a break. See [section 2](#s-2)
and [mail us](mailto:dpo@example.org).

- first point
- second point
    - nested point
    - another nested point
- third point

3. numbered three
4. numbered four

> A quoted *sentence* from the law.

| Data | Kept for |
|------|----------|
| Orders | 7 years |
| Logs | 90 days |
""".replace("{BR}", "  \n")  # two spaces at a line end: a line break


@pytest.fixture
def seed_policy(seed_path: Path) -> Policy:
    """The seed as imported."""
    from policyeditor.core.importing import import_file

    return import_file(seed_path).policy


@pytest.fixture
def rich_policy() -> Policy:
    """An English policy whose first section uses every Markdown construct a body may have."""
    return Policy(
        title="Privacy Policy",
        language="en",
        metadata={"organisation": "Example AB", "last_changed": "2025-02-01"},
        preamble="We care about your *privacy*.",
        sections=[
            Section("Markup", RICH_BODY, children=[Section("Child", "Child text.")]),
            Section("Rights", "You may ask us for a copy of your data."),
        ],
    )


@pytest.fixture
def stamp_of() -> object:
    """``stamp_of(policy, label)``: a published version stamp for ``policy``."""

    def make(policy: Policy, label: str = "2.0") -> VersionStamp:
        return VersionStamp(label, fingerprint(policy), "2025-03-01T12:00:00", "published")

    return make
