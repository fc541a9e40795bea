"""The seed exported to .docx reads back as the same policy: headings, words, lists, version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from policyeditor.core.model import Policy
from policyeditor.core.textexport import to_plain_text
from policyeditor.core.wordexport.document import write_policy_docx
from tests.core.wordexport.docx_read import (
    body_paragraphs,
    body_words,
    expected_headings,
    headings,
    open_docx,
    paragraph_text,
    part_xml,
    style_id,
    text_words,
)


def _export(policy: Policy, tmp_path: Path, **kwargs: Any) -> Path:
    out = tmp_path / "policy.docx"
    write_policy_docx(policy, out, **kwargs)
    return out


def test_the_seed_has_its_18_numbered_headings_as_word_headings_in_order(
    seed_policy: Policy, tmp_path: Path
) -> None:
    document = open_docx(_export(seed_policy, tmp_path))
    found = headings(document)
    assert len(found) == 18
    assert found == expected_headings(seed_policy)
    assert found[0] == (1, "1. Information som vi samlar in")
    assert (3, "1.2.1 Enhetsinformation") in found


def test_every_word_of_the_seed_is_in_the_docx_once_per_use(
    seed_policy: Policy, tmp_path: Path
) -> None:
    document = open_docx(_export(seed_policy, tmp_path))
    # same words as the plain-text export: title, preamble, numbers, headings, bodies, date line
    heading_lines = {text for _level, text in expected_headings(seed_policy)}
    assert body_words(document) == text_words(to_plain_text(seed_policy), heading_lines)


def test_the_title_is_a_title_paragraph_before_the_preamble(
    seed_policy: Policy, tmp_path: Path
) -> None:
    paragraphs = body_paragraphs(open_docx(_export(seed_policy, tmp_path)))
    assert (style_id(paragraphs[0]), paragraph_text(paragraphs[0])) == ("Title", "Sekretesspolicy")
    assert paragraph_text(paragraphs[1]).startswith("När du använder våra tjänster")
    assert style_id(paragraphs[1]) is None


def test_the_seed_lists_are_real_word_lists(seed_policy: Policy, tmp_path: Path) -> None:
    out = _export(seed_policy, tmp_path)
    document = open_docx(out)
    items = [p for p in body_paragraphs(document) if p.find(f".//{qn('w:numPr')}") is not None]
    bullets = sum(line.startswith("- ") for line in to_plain_text(seed_policy).splitlines())
    assert len(items) == bullets == 17
    assert not [p for p in body_paragraphs(document)
                if paragraph_text(p).lstrip().startswith(("•", "- "))]  # no typed bullets
    numbering = part_xml(out, "word/numbering.xml")
    num_ids = {p.find(f".//{qn('w:numId')}").get(qn("w:val")) for p in items}
    for num_id in num_ids:
        assert f'<w:num w:numId="{num_id}">' in numbering
    assert '<w:numFmt w:val="bullet"/>' in numbering


def test_header_footer_and_properties_say_which_version(
    seed_policy: Policy, tmp_path: Path, stamp_of: Any
) -> None:
    stamp = stamp_of(seed_policy, "2.0")
    out = _export(seed_policy, tmp_path, version=stamp)
    header = part_xml(out, "word/header1.xml") or part_xml(out, "word/header2.xml")
    footer = part_xml(out, "word/footer1.xml") or part_xml(out, "word/footer2.xml")
    assert ">Sekretesspolicy<" in header and ">Version 2.0<" in header
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert ">sida <" in footer and "> av <" in footer
    props = open_docx(out).core_properties
    assert props.title == "Sekretesspolicy"
    assert "2.0" in props.subject and stamp.fingerprint in props.subject
    assert f"fingerprint={stamp.fingerprint}" in props.keywords and "version=2.0" in props.keywords
    assert props.language == "sv-SE"
    assert props.created.date().isoformat() == "2025-03-01"
    styles = part_xml(out, "word/styles.xml")
    assert '<w:lang w:val="sv-SE"' in styles
    # nothing from python-docx's template claims otherwise: the writing program, a
    # spelling check already done (Word would not check the Swedish text)
    assert "<Application>PolicyEditor</Application>" in part_xml(out, "docProps/app.xml")
    assert "proofState" not in part_xml(out, "word/settings.xml")


def test_a_draft_says_utkast_in_the_header(seed_policy: Policy, tmp_path: Path) -> None:
    out = _export(seed_policy, tmp_path)
    header = part_xml(out, "word/header1.xml") or part_xml(out, "word/header2.xml")
    assert ">Utkast<" in header and "Version" not in header
    assert "version=draft" in open_docx(out).core_properties.keywords


def test_the_release_notice_comes_first_under_what_has_changed(
    seed_policy: Policy, tmp_path: Path
) -> None:
    out = _export(seed_policy, tmp_path, notice="Avsnitt 6.3 har **skrivits om**.")
    texts = [paragraph_text(p) for p in body_paragraphs(open_docx(out))]
    assert texts[1:3] == ["Vad har ändrats", "Avsnitt 6.3 har skrivits om."]
    assert texts.index("Vad har ändrats") < texts.index("1. Information som vi samlar in")


def test_letter_paper_when_asked(seed_policy: Policy, tmp_path: Path) -> None:
    document = open_docx(_export(seed_policy, tmp_path, page_size="Letter"))
    section = document.sections[0]
    assert (round(section.page_width.inches, 1), round(section.page_height.inches, 1)) == (8.5, 11)
    a4 = open_docx(_export(seed_policy, tmp_path)).sections[0]
    assert round(a4.page_width.mm) == 210 and round(a4.page_height.mm) == 297
