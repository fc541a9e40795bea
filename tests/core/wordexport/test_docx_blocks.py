"""The block writer on its own, as another Word writer (the redline) uses it."""

from __future__ import annotations

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element

from policyeditor.core.wordexport.blocks import body_blocks, plain_text
from policyeditor.core.wordexport.docx_blocks import BlockWriter
from tests.core.wordexport.docx_read import paragraph_text


def test_every_run_can_be_wrapped_by_the_caller() -> None:
    document = docx.Document()
    writer = BlockWriter(document)

    def inserted(run: _Element) -> _Element:
        ins = OxmlElement("w:ins")
        ins.set(qn("w:author"), "Anna")
        ins.append(run)
        return ins

    writer.wrap_run = inserted
    markdown = "New **words** and [a link](https://example.org).\n\n- item"
    writer.blocks(document, body_blocks(markdown))
    body = document.element.body
    runs = list(body.iter(qn("w:r")))
    assert runs and all(run.getparent().tag == qn("w:ins") for run in runs)
    assert "".join(t.text for t in body.iter(qn("w:t"))) == "New words and a link.item"
    assert len(list(body.iter(qn("w:hyperlink")))) == 1
    assert [paragraph_text(p._p) for p in writer.written] == ["New words and a link.", "item"]


def test_blocks_read_as_the_preview_shows_them() -> None:
    blocks = body_blocks("Intro\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| c | d |")
    assert plain_text(blocks) == "Intro\none\ntwo\na\nb\nc\nd"
