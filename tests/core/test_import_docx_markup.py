"""WordprocessingML details, on small handmade documents: what Word, LibreOffice
and other tools write that a python-docx fixture does not show."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from policyeditor.core.errors import InputWarning
from policyeditor.core.importing import import_file
from policyeditor.core.importing.markdown_in import plain_text
from policyeditor.core.model import walk

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
      'relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _worded(warnings: list[InputWarning]) -> list[str]:
    """The warnings as the command line words them (the one catalogue, in English)."""
    from policyeditor.app.services.errors import describe_for_cli

    return [describe_for_cli(w) for w in warnings]


def _p(text: str, style: str = "", extra_ppr: str = "", runs: str = "") -> str:
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra_ppr
    body = runs or f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


def _docx(path: Path, body: str, *, styles: str = "", numbering: str = "",
          comments: str = "", links: dict[str, str] | None = None,
          footnotes: str = "") -> Path:
    rels = []
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml",
                         f'<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body>'
                         "</w:document>")
        for name, content in (("styles", styles), ("numbering", numbering),
                              ("comments", comments), ("footnotes", footnotes)):
            if content:
                archive.writestr(f"word/{name}.xml",
                                 f'<?xml version="1.0"?><w:{name} {NS}>{content}</w:{name}>')
                rels.append(f'<Relationship Id="r{name}" Type="{REL}/{name}" '
                            f'Target="{name}.xml"/>')
        for rid, url in (links or {}).items():
            rels.append(f'<Relationship Id="{rid}" Type="{REL}/hyperlink" Target="{url}" '
                        'TargetMode="External"/>')
        archive.writestr("word/_rels/document.xml.rels",
                         '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                         f'openxmlformats.org/package/2006/relationships">{"".join(rels)}'
                         "</Relationships>")
    return path


def _style(sid: str, name: str, ppr: str = "", based: str = "") -> str:
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f"{based_on}<w:pPr>{ppr}</w:pPr></w:style>")


BODY_TEXT = "Denna text beskriver hur vi behandlar dina uppgifter och varför vi gör det."


def test_outline_levels_from_the_paragraph_the_style_chain_and_localised_names(
    tmp_path: Path,
) -> None:
    styles = (_style("Rubrik1", "heading 1")
              + _style("Egen", "Min rubrik", '<w:outlineLvl w:val="1"/>')
              + _style("Arvd", "Ärvd", based="Egen")
              + _style("Ue1", "Überschrift 1"))
    body = "".join([
        _p("1. Allmänt", "Rubrik1"), _p(BODY_TEXT),
        _p("1.1 Egen nivå", "Egen"), _p(BODY_TEXT),
        _p("1.2 Ärvd nivå", "Arvd"), _p(BODY_TEXT),
        _p("2. Direkt nivå", extra_ppr='<w:outlineLvl w:val="0"/>'), _p(BODY_TEXT),
        _p("3. Tysk stil", "Ue1"), _p(BODY_TEXT),
        _p("Brödtext med nivå 9", "Egen", '<w:outlineLvl w:val="9"/>'),
    ])
    policy = import_file(_docx(tmp_path / "levels.docx", body, styles=styles)).policy
    assert [(r.number, r.section.heading) for r in walk(policy)] == [
        ("1", "Allmänt"), ("1.1", "Egen nivå"), ("1.2", "Ärvd nivå"), ("2", "Direkt nivå"),
        ("3", "Tysk stil")]
    assert policy.sections[2].body.endswith("Brödtext med nivå 9")


def test_moves_and_deleted_paragraph_marks_are_accepted(tmp_path: Path) -> None:
    styles = _style("H1", "heading 1")
    moved_from = ('<w:moveFrom w:id="1" w:author="A"><w:r><w:t>Flyttad mening. </w:t></w:r>'
                  "</w:moveFrom>")
    moved_to = ('<w:moveTo w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> Flyttad '
                "mening.</w:t></w:r></w:moveTo>")
    joined = ('<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>'
              "<w:r><w:t xml:space=\"preserve\">Första halvan </w:t></w:r></w:p>")
    body = "".join([
        _p("Policy", "H1"),
        _p("Regler", "H1"),
        _p("", runs=f"{moved_from}<w:r><w:t>Vi sparar data.</w:t></w:r>{moved_to}"),
        joined, _p("andra halvan."),
    ])
    result = import_file(_docx(tmp_path / "moves.docx", body, styles=styles))
    assert result.policy.sections[0].body == (
        "Vi sparar data. Flyttad mening.\n\nFörsta halvan andra halvan.")
    assert "3 tracked change(s)" in " ".join(_worded(result.warnings))


def test_field_code_hyperlinks_text_boxes_and_pictures(tmp_path: Path) -> None:
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK '
             '"https://example.com/a" \\l "b"</w:instrText></w:r><w:r><w:fldChar '
             'w:fldCharType="separate"/></w:r><w:r><w:t>läs här</w:t></w:r><w:r><w:fldChar '
             'w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> och sedan.</w:t></w:r>')
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
           "<w:txbxContent><w:p><w:r><w:t>Ruta med ord</w:t></w:r></w:p></w:txbxContent>"
           "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>"
           "<w:r><w:t>Ruta med ord</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>")
    picture = "<w:r><w:drawing/></w:r>"
    relation = ('<w:hyperlink r:id="rL"><w:r><w:rPr><w:b/></w:rPr><w:t>fet länk</w:t></w:r>'
                "</w:hyperlink>")
    body = "".join([_p("", runs=field), _p("", runs=f"<w:r><w:t>Före.</w:t></w:r>{box}"),
                    _p("", runs=f"<w:r><w:t>Bild: </w:t></w:r>{picture}{relation}")])
    result = import_file(_docx(tmp_path / "fields.docx", body,
                               links={"rL": "https://example.com/x"}))
    preamble = result.policy.preamble
    assert "[läs här](https://example.com/a#b) och sedan." in preamble
    assert preamble.count("Ruta med ord") == 1
    assert "[**fet länk**](https://example.com/x)" in preamble
    assert any("1 image(s)" in w for w in _worded(result.warnings))


def test_markdown_characters_in_the_text_stay_text(tmp_path: Path) -> None:
    text = "Avgift 5 * 3 kr [se bilaga] för <b>kunder</b> och snake_case_namn."
    xml_text = text.replace("<", "&lt;").replace(">", "&gt;")
    body = (_p("Villkor", "H1") + _p(xml_text) + _p("#kampanj gäller alla.")
            + _p("Mer", "H1") + _p(BODY_TEXT))
    policy = import_file(_docx(tmp_path / "chars.docx", body,
                               styles=_style("H1", "heading 1"))).policy
    first, hashtag = policy.preamble.split("\n\n")
    assert plain_text(first) == text
    assert plain_text(hashtag) == "#kampanj gäller alla."
    assert [s.heading for s in policy.sections] == ["Mer"]


def test_word_numbering_nests_lists_by_level(tmp_path: Path) -> None:
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt '
                 'w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/>'
                 '</w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/>'
                 "</w:num>")

    def item(text: str, level: int) -> str:
        return _p(text, extra_ppr=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="5"/>'
                  "</w:numPr>")

    body = _p("Vi gör så här:") + item("Samla", 0) + item("namn", 1) + item("adress", 1) + \
        item("Spara", 0)
    policy = import_file(_docx(tmp_path / "lists.docx", body, numbering=numbering)).policy
    assert policy.preamble == "Vi gör så här:\n\n1. Samla\n    - namn\n    - adress\n2. Spara"


def test_language_from_w_lang_when_the_text_is_inconclusive(tmp_path: Path) -> None:
    runs = '<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>Cookies: Google Analytics.</w:t></w:r>'
    policy = import_file(_docx(tmp_path / "lang.docx", _p("", runs=runs))).policy
    assert policy.language == "en"


def test_comments_without_threads_and_on_the_preamble(tmp_path: Path) -> None:
    styles = _style("H1", "heading 1")
    comments = ('<w:comment w:id="7" w:author="Eva" w:date="2026-01-02T03:04:05Z"><w:p><w:r>'
                "<w:t>Inledningen?</w:t></w:r></w:p></w:comment>"
                '<w:comment w:id="8" w:author="Eva"><w:p><w:r><w:t>Ok.</w:t></w:r></w:p>'
                "</w:comment>")
    first = _p("", runs='<w:commentRangeStart w:id="7"/><w:r><w:t>Vi bryr oss.</w:t></w:r>'
               '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>')
    second = _p("", runs='<w:r><w:t>Text.</w:t></w:r><w:r><w:commentReference w:id="8"/>'
                "</w:r>")
    body = first + _p("Del ett", "H1") + second
    result = import_file(_docx(tmp_path / "comments.docx", body, styles=styles,
                               comments=comments))
    (section,) = result.policy.sections
    assert [(c.quote, c.text) for c in section.comments] == [("Vi bryr oss.", "Inledningen?"),
                                                             ("", "Ok.")]
    assert section.comments[0].created == "2026-01-02T03:04:05Z"
    assert any("first section" in w for w in _worded(result.warnings))


def test_every_word_of_a_big_generated_document_survives(tmp_path: Path) -> None:
    styles = _style("H1", "heading 1") + _style("H2", "heading 2")
    parts, words = [], []
    for n in range(1, 41):
        parts.append(_p(f"{n}. Avsnitt nummer {n}", "H1"))
        for k in range(3):
            sentence = f"Mening {k} i avsnitt {n} handlar om personuppgifter och lagring."
            words.append(sentence)
            parts.append(_p(sentence))
        parts.append(_p(f"{n}.1 Underavsnitt {n}", "H2"))
    policy = import_file(_docx(tmp_path / "big.docx", "".join(parts), styles=styles)).policy
    bodies = " ".join(r.section.body for r in walk(policy))
    assert re.findall(r"\w+", bodies) == re.findall(r"\w+", " ".join(words))
    assert len(policy.sections) == 40 and all(len(s.children) == 1 for s in policy.sections)


def test_a_word_list_item_is_never_a_numbered_heading_in_plain_documents(
    tmp_path: Path,
) -> None:
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt '
                 'w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="3">'
                 '<w:abstractNumId w:val="0"/></w:num>')
    item = _p("Spara uppgifter", extra_ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/>'
              "</w:numPr>")
    body = _p(BODY_TEXT) + _p("") + item + _p("") + _p(BODY_TEXT)
    result = import_file(_docx(tmp_path / "single.docx", body, numbering=numbering))
    assert result.policy.sections == []
    assert "Spara uppgifter" in result.policy.preamble


def test_footnotes_are_kept_as_numbered_notes_after_their_paragraph(tmp_path: Path) -> None:
    footnotes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
                 '</w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Se 6 kap. '
                 "dataskyddslagen.</w:t></w:r></w:p></w:footnote>")
    runs = ('<w:r><w:t>Vi följer lagen.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
            '<w:r><w:t xml:space="preserve"> Alltid.</w:t></w:r>')
    body = _p("Policy", "H1") + _p("Regler", "H1") + _p("", runs=runs) + _p(BODY_TEXT)
    result = import_file(_docx(tmp_path / "notes.docx", body, footnotes=footnotes,
                               styles=_style("H1", "heading 1")))
    assert result.policy.sections[0].body == (
        f"Vi följer lagen.\\[1\\] Alltid.\n\n\\[1\\] Se 6 kap. dataskyddslagen.\n\n{BODY_TEXT}")
    assert any("1 footnote(s)" in w for w in _worded(result.warnings))
