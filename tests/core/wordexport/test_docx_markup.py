"""Markdown in a body becomes Word formatting: runs, real hyperlinks, lists, tables, quotes."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from lxml.etree import _Element

from policyeditor.core.model import Policy
from policyeditor.core.wordexport.document import write_policy_docx
from tests.core.wordexport.docx_read import (
    body_paragraphs,
    open_docx,
    paragraph_text,
    part_xml,
    style_id,
)

R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _export(policy: Policy, tmp_path: Path) -> Path:
    out = tmp_path / "rich.docx"
    write_policy_docx(policy, out)
    return out


def _paragraph(paragraphs: list[_Element], start: str) -> _Element:
    return next(p for p in paragraphs if paragraph_text(p).startswith(start))


def _run_with(p: _Element, text: str) -> _Element:
    return next(r for r in p.iter(qn("w:r")) if paragraph_text(r) == text)


def test_bold_italic_and_code_are_run_properties(rich_policy: Policy, tmp_path: Path) -> None:
    first = _paragraph(body_paragraphs(open_docx(_export(rich_policy, tmp_path))), "Text with")
    assert _run_with(first, "bold").find(f"{qn('w:rPr')}/{qn('w:b')}") is not None
    assert _run_with(first, "italic").find(f"{qn('w:rPr')}/{qn('w:i')}") is not None
    fonts = _run_with(first, "code").find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts is not None and fonts.get(qn("w:ascii")) == "Courier New"
    assert "**" not in paragraph_text(first) and "`" not in paragraph_text(first)


def test_links_are_word_hyperlinks_with_relationships(rich_policy: Policy, tmp_path: Path) -> None:
    out = _export(rich_policy, tmp_path)
    document = open_docx(out)
    links = list(document.element.body.iter(qn("w:hyperlink")))
    assert [paragraph_text(link) for link in links] == ["link to us", "section 2", "mail us"]
    rels = document.part.rels
    external = [rels[link.get(R_ID)].target_ref for link in links if link.get(R_ID)]
    assert external == ["https://example.org/privacy", "mailto:dpo@example.org"]
    # the in-page link goes to the bookmark on the heading of section 2
    assert links[1].get(qn("w:anchor")) == "s_2"
    assert 'w:name="s_2"' in part_xml(out, "word/document.xml")
    # styled as a link (Word's own Hyperlink character style)
    style = links[0].find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:rStyle')}")
    assert style is not None and style.get(qn("w:val")) == "Hyperlink"
    assert "Hyperlink" in [s.style_id for s in document.styles]


def test_a_line_break_stays_a_line_break(rich_policy: Policy, tmp_path: Path) -> None:
    first = _paragraph(body_paragraphs(open_docx(_export(rich_policy, tmp_path))), "Text with")
    assert "A line ends here\nand goes on after a break." in paragraph_text(first)


def _list_level(p: _Element) -> tuple[str, str] | None:
    num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is None:
        return None
    return (num_pr.find(qn("w:numId")).get(qn("w:val")),
            num_pr.find(qn("w:ilvl")).get(qn("w:val")))


def test_lists_nest_and_number_as_real_word_lists(rich_policy: Policy, tmp_path: Path) -> None:
    out = _export(rich_policy, tmp_path)
    paragraphs = body_paragraphs(open_docx(out))
    levels = {paragraph_text(p): _list_level(p) for p in paragraphs if _list_level(p)}
    assert list(levels) == ["first point", "second point", "nested point",
                            "another nested point", "third point", "numbered three",
                            "numbered four"]
    assert [levels[t][1] for t in levels] == ["0", "0", "1", "1", "0", "0", "0"]
    bullets, nested, numbered = (levels["first point"][0], levels["nested point"][0],
                                 levels["numbered three"][0])
    assert levels["third point"][0] == bullets != nested
    numbering = part_xml(out, "word/numbering.xml")
    # the numbered list is a decimal list that starts at 3, as written
    assert f'<w:num w:numId="{numbered}">' in numbering
    block = numbering.split(f'<w:num w:numId="{numbered}">')[1].split("</w:num>")[0]
    assert '<w:startOverride w:val="3"/>' in block
    abstract = block.split('<w:abstractNumId w:val="')[1].split('"')[0]
    definition = numbering.split(f'w:abstractNumId="{abstract}"')[1].split("</w:abstractNum>")[0]
    assert '<w:numFmt w:val="decimal"/>' in definition
    assert not any(paragraph_text(p).startswith(("3.", "•", "-")) for p in paragraphs)


def test_tables_are_word_tables_with_a_header_row(rich_policy: Policy, tmp_path: Path) -> None:
    document = open_docx(_export(rich_policy, tmp_path))
    tables = [t for t in document.tables if t.cell(0, 0).text == "Data"]
    assert len(tables) == 1
    table = tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Data", "Kept for"], ["Orders", "7 years"], ["Logs", "90 days"]]
    assert table.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert table.rows[1]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None
    header_run = table.cell(0, 0)._tc.find(f".//{qn('w:r')}")
    assert header_run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None


def test_a_block_quote_uses_the_quote_style(rich_policy: Policy, tmp_path: Path) -> None:
    paragraphs = body_paragraphs(open_docx(_export(rich_policy, tmp_path)))
    quote = _paragraph(paragraphs, "A quoted sentence")
    assert style_id(quote) == "Quote"


def test_an_english_policy_is_english_throughout(rich_policy: Policy, tmp_path: Path) -> None:
    out = _export(rich_policy, tmp_path)
    footer = part_xml(out, "word/footer1.xml") or part_xml(out, "word/footer2.xml")
    header = part_xml(out, "word/header1.xml") or part_xml(out, "word/header2.xml")
    assert ">page <" in footer and "> of <" in footer and ">Draft<" in header
    assert '<w:lang w:val="en-US"' in part_xml(out, "word/styles.xml")
    props = open_docx(out).core_properties
    assert props.language == "en-US" and props.author == "Example AB"
    texts = [paragraph_text(p) for p in body_paragraphs(open_docx(out))]
    assert texts[-1] == "Last updated: 2025-02-01"
