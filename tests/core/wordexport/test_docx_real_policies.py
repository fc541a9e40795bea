"""Real policies from the corpus exported to Word: every word the preview shows is in the
.docx, and every in-page link goes to a heading that exists."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from policyeditor.core.importing import import_file
from policyeditor.core.model import Policy, walk
from policyeditor.core.wordexport.blocks import body_blocks, plain_text
from policyeditor.core.wordexport.document import write_policy_docx
from tests.core.wordexport.docx_read import WORD, body_paragraphs, open_docx, paragraph_text

HISTORIES = ["Bluesky", "Quora", "Spotify", "Telegram", "Threads"]


def _shown_words(policy: Policy) -> Counter[str]:
    """Title, preamble, numbered headings and bodies as the preview shows them."""
    parts = [policy.title, plain_text(body_blocks(policy.preamble))]
    for ref in walk(policy):
        parts += [ref.number, ref.section.heading, plain_text(body_blocks(ref.section.body))]
    return Counter(WORD.findall("\n".join(parts)))


@pytest.mark.corpus
@pytest.mark.parametrize("company", HISTORIES)
def test_the_latest_real_policy_exports_every_word_and_working_links(
    company: str, histories_dir: Path, tmp_path: Path
) -> None:
    latest = sorted((histories_dir / company).glob("*.md"))[-1]
    policy = import_file(latest).policy
    out = tmp_path / "policy.docx"
    write_policy_docx(policy, out)
    document = open_docx(out)
    text = "\n".join(paragraph_text(p) for p in body_paragraphs(document))
    missing = _shown_words(policy) - Counter(WORD.findall(text))
    assert not missing, missing
    body = document.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    anchors = [link.get(qn("w:anchor")) for link in body.iter(qn("w:hyperlink"))
               if link.get(qn("w:anchor"))]
    assert set(anchors) <= bookmarks
