"""Any body, however it mixes Markdown, HTML and stray characters, exports to a .docx
that opens and says every word the preview shows."""

from __future__ import annotations

import re
from collections import Counter
from io import BytesIO

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from policyeditor.core.model import Comment, Policy, Section
from policyeditor.core.render.markdown_html import render_markdown
from policyeditor.core.wordexport.document import build_document
from tests.core.wordexport.docx_read import WORD, body_paragraphs, paragraph_text

PIECES = [
    "Vi delar", "personuppgifter", "med", "Acme AB", "your data", "\n\n", "\n- ", "\n  - ",
    "\n    - ", "\n1. ", "\n3) ", "\n## ", "**", "*", "_", "`", "```", "\n> ", "|", " | ",
    "\n|---|---|\n", "[länk](https://example.org/a?b=1&c=2)", "[till 1](#s-1)", "[x](#nowhere)",
    "<b>", "</b>", "<br>", "<table><tr><td colspan=\"3\" rowspan=\"2\">cell</td></tr></table>",
    "<ul><li>", "</li></ul>", "<script>bad()</script>", "<img src=http://x/y.png>", "&amp;",
    "&", "<", "1.2.3", "\u00a0", "“", "–", ".", ",", "\t", "  \n", "\x01", "\x0b", "é", "ß",
    "Term\n:   Definition", "\n***\n", "<h2>Rubrik</h2>", "<dl><dt>t</dt><dd>d</dd></dl>",
]

_BLOCK_TAG = re.compile(r"<(/?(?:p|li|dt|dd|td|th|tr|h\d|br|blockquote|pre|ul|ol|dl|hr)\b)")
bodies = st.lists(st.sampled_from(PIECES), min_size=0, max_size=50).map(" ".join)


def _shown_words(body: str) -> Counter[str]:
    """The words the preview shows for ``body`` (the sanitised HTML's text)."""
    fragment = render_markdown(body.replace("\x01", "").replace("\x0b", ""))
    if not fragment.strip():
        return Counter()
    fragment = _BLOCK_TAG.sub(r" <\1", fragment)  # a block ends a word, as on screen
    text = lxml_html.fragment_fromstring(fragment, create_parent="div").text_content()
    return Counter(WORD.findall(text))


@settings(max_examples=200, deadline=None)
@given(body=bodies, quote=st.sampled_from(["", "Vi delar", "saknas", "cell", "Acme AB med"]))
def test_any_body_exports_and_keeps_its_words(body: str, quote: str) -> None:
    policy = Policy(title="Policy", language="sv", sections=[
        Section("Allmänt", body, comments=[Comment(author="A", quote=quote, text="Här?")])])
    buffer = BytesIO()
    build_document(policy).save(buffer)
    document = docx.Document(BytesIO(buffer.getvalue()))
    text = "\n".join(paragraph_text(p) for p in body_paragraphs(document))
    words = Counter(WORD.findall(text))
    words.subtract({"Policy": 1, "1": 1, "Allmänt": 1})
    assert +words == +_shown_words(body)
    assert len(list(document.comments)) == 1
