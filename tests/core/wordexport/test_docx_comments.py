"""Review comments become Word comments on the words they quote, with their replies."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn

from policyeditor.core.model import Comment, Policy, Reply
from policyeditor.core.wordexport.document import write_policy_docx
from tests.core.wordexport.docx_read import body_paragraphs, open_docx, paragraph_text, part_xml

W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _commented_text(paragraph: object, comment_id: int) -> str:
    """The text between commentRangeStart and commentRangeEnd with ``comment_id``."""
    inside, out = False, []
    for node in paragraph.iter():  # type: ignore[attr-defined]
        if node.tag == qn("w:commentRangeStart") and node.get(qn("w:id")) == str(comment_id):
            inside = True
        elif node.tag == qn("w:commentRangeEnd") and node.get(qn("w:id")) == str(comment_id):
            break
        elif inside and node.tag == qn("w:t"):
            out.append(node.text or "")
    return "".join(out)


def _anchor_paragraph(document: object, comment_id: int) -> object:
    return next(p for p in body_paragraphs(document)  # type: ignore[arg-type]
                for start in p.iter(qn("w:commentRangeStart"))
                if start.get(qn("w:id")) == str(comment_id))


def test_a_comment_is_anchored_on_its_quote_with_author_date_and_text(
    seed_policy: Policy, tmp_path: Path
) -> None:
    section = seed_policy.sections[0]
    section.comments = [Comment(author="Anna Berg", created="2026-01-02T10:30:00",
                                quote="förbättra våra\ntjänster",
                                text="Vilka tjänster?\nGäller det appen?",
                                replies=[Reply("Bo Ek", "2026-01-03T09:00:00", "Alla.")])]
    out = tmp_path / "c.docx"
    write_policy_docx(seed_policy, out)
    document = open_docx(out)
    comments = list(document.comments)
    assert [(c.author, c.initials, c.text) for c in comments] == [
        ("Anna Berg", "AB", "Vilka tjänster?\nGäller det appen?"), ("Bo Ek", "BE", "Alla.")]
    assert comments[0].timestamp.isoformat().startswith("2026-01-02T10:30:00")
    for comment in comments:  # the reply is on the same words
        paragraph = _anchor_paragraph(document, comment.comment_id)
        assert _commented_text(paragraph, comment.comment_id) == "förbättra våra tjänster"
        assert paragraph_text(paragraph).startswith("Genom att samla in information")
    # the words around the quote are still there, once
    assert paragraph_text(paragraph).count("förbättra våra tjänster för alla") == 1
    # the reply is threaded under the comment it answers
    extended = part_xml(out, "word/commentsExtended.xml")
    comments_xml = document.part._comments_part.element
    # Word identifies a comment by the paraId of its last paragraph
    ids = [c.findall(qn("w:p"))[-1].get(f"{{{W14}}}paraId") for c in comments_xml]
    assert f'paraId="{ids[-1]}" w15:paraIdParent="{ids[0]}"' in extended
    assert "commentsExtended" in part_xml(out, "word/_rels/document.xml.rels")


def test_a_comment_whose_quote_is_gone_is_anchored_on_the_heading(
    seed_policy: Policy, tmp_path: Path
) -> None:
    section = seed_policy.sections[1]
    section.comments = [Comment(author="Anna", quote="ord som inte finns", text="Var?",
                                resolved=True)]
    out = tmp_path / "c.docx"
    write_policy_docx(seed_policy, out)
    document = open_docx(out)
    (comment,) = list(document.comments)
    paragraph = _anchor_paragraph(document, comment.comment_id)
    assert _commented_text(paragraph, comment.comment_id) == "2. Hur vi använder information " \
        "som vi samlar in"
    assert 'w15:done="1"' in part_xml(out, "word/commentsExtended.xml")
    assert comment.timestamp is None  # no date was given: none is invented


def test_a_quote_in_a_link_and_across_bold_text_is_found(tmp_path: Path) -> None:
    from policyeditor.core.model import Section

    policy = Policy(title="T", language="en", sections=[Section(
        "One", "Read **our terms** and [the cookie notice](https://example.org/c) now.",
        comments=[Comment(author="A", quote="terms and the cookie", text="Both?")])])
    out = tmp_path / "c.docx"
    write_policy_docx(policy, out)
    document = open_docx(out)
    (comment,) = list(document.comments)
    paragraph = _anchor_paragraph(document, comment.comment_id)
    assert _commented_text(paragraph, comment.comment_id) == "terms and the cookie"
    assert paragraph_text(paragraph) == "Read our terms and the cookie notice now."
    link = next(paragraph.iter(qn("w:hyperlink")))  # type: ignore[attr-defined]
    assert paragraph_text(link) == "the cookie notice"
