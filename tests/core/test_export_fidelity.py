"""What import folds into metadata, export writes back: every word of the source.

Import takes a date line ("Effective as of 8 June 2022", "Last Updated:
August 14, 2025") out of the text into metadata. Each text export must still
say it word for word, for every document of the corpus, as long as the date
was not edited; an edited date is written with the label of the policy's
language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import html as lxml_html

from policyeditor.core.importing import import_file, import_text
from policyeditor.core.model import Policy
from policyeditor.core.render.html_export import policy_to_html
from policyeditor.core.textexport import to_markdown, to_plain_text
from tests.core.test_import_corpus import _tokens


def _words_only(tokens: Counter[str]) -> Counter[str]:
    # Section numbers are derived from position and may be written otherwise
    # ("1\\." in the source, "1." in the export): compare the words.
    return Counter({token: n for token, n in tokens.items() if not token[0].isdigit()})


def _html_text(policy: Policy) -> str:
    page = lxml_html.document_fromstring(policy_to_html(policy))
    return " ".join(page.find("body").itertext())


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _lost(source: Path, exported: str, *, rendered: bool = False) -> Counter[str]:
    text = source.read_text(encoding="utf-8-sig")
    if rendered:  # a "<br>" written in the Markdown is a line break on the page, not a word
        text = _TAG.sub(" ", text)
    return _words_only(_tokens(text)) - _tokens(exported)


@pytest.mark.corpus
def test_every_corpus_document_keeps_every_word_in_every_text_export(
    histories_dir: Path, seed_path: Path
) -> None:
    sources = [seed_path, *sorted(histories_dir.glob("*/*.md"))]
    assert len(sources) > 100
    problems = []
    for source in sources:
        policy = import_file(source).policy
        for name, text in (
            ("md", to_markdown(policy)),
            ("txt", to_plain_text(policy)),
            ("html", _html_text(policy)),
        ):
            lost = _lost(source, text, rendered=name == "html")
            if lost:
                problems.append(f"{source.parent.name}/{source.name} {name}: {dict(lost)}")
    assert problems == []


@pytest.mark.parametrize("export", [to_markdown, to_plain_text])
def test_date_line_is_written_as_in_the_source(export: Callable[[Policy], str]) -> None:
    source = (
        "Privacy Policy\n\nEffective as of 8 June 2022\n\nWe care.\n\n"
        "Last Updated: May 1, 2022\n"
    )
    policy = import_text(source, fmt="txt").policy
    assert policy.metadata["effective"] == "2022-06-08"
    assert policy.metadata["last_changed"] == "2022-05-01"
    written = export(policy)
    assert "Effective as of 8 June 2022" in written
    assert written.rstrip().endswith("Last Updated: May 1, 2022")
    # and what is written reads back to the same metadata
    assert import_text(written).policy.metadata == policy.metadata


def test_an_edited_date_is_written_with_the_language_label() -> None:
    policy = import_text("Privacy Policy\n\nWe care.\n\nLast Updated: May 1, 2022\n").policy
    policy.metadata["last_changed"] = "2024-02-29"  # edited in the editor
    assert to_plain_text(policy).rstrip().endswith("Last updated: 2024-02-29")
    assert "May 1, 2022" not in _html_text(policy)


def test_a_date_line_as_export_writes_it_adds_nothing(seed_path: Path) -> None:
    # "Senast ändrad: 2021-01-24" is what export writes anyway: no copy kept.
    assert import_file(seed_path).policy.metadata == {"last_changed": "2021-01-24"}
