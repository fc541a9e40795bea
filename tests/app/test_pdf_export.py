"""The PDF for the record, read back with pypdf: text, pages, metadata, outline, PDF/A."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from policyeditor.app.pdf.fonts import PdfExportError
from policyeditor.app.pdf.policy_pdf import write_policy_pdf
from policyeditor.core.canonical import fingerprint, short_fingerprint
from policyeditor.core.errors import PolicyEditorError
from policyeditor.core.model import Policy, Section, walk
from policyeditor.core.render.stamp import VersionStamp

WORD = re.compile(r"\w+")


def words(text: str) -> set[str]:
    return set(WORD.findall(text))


def policy_words(policy: Policy) -> set[str]:
    parts = [policy.title, policy.preamble]
    for ref in walk(policy):
        parts += [ref.number, ref.section.heading, ref.section.body]
    return words("\n".join(parts))


def pdf_text(path: Path) -> list[str]:
    """Text of each page, whitespace (tabs, no-break spaces, newlines) collapsed."""
    return [" ".join((page.extract_text() or "").split())
            for page in pypdf.PdfReader(str(path)).pages]


def catalog(reader: pypdf.PdfReader) -> Any:
    """The document catalog (untyped: pypdf's generic objects)."""
    return reader.trailer["/Root"]


def outline_tree(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based page) for every bookmark in order."""
    found: list[tuple[int, str, int]] = []

    def visit(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                visit(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None
                found.append((depth, str(item.title), page))

    visit(reader.outline, 0)
    return found


def long_policy(language: str = "sv") -> Policy:
    """Enough text for several pages, with nesting, lists and Swedish letters."""
    sections = []
    for i in range(6):
        children = [
            Section(
                f"Underavsnitt {i}.{j} om åtkomst",
                "Vi behandlar personuppgifter för ändamål som är tydligt angivna. " * 12
                + "\n\n- Första punkten med ä och ö.\n- Andra punkten, längre: " + "ord " * 30,
            )
            for j in range(3)
        ]
        intro = "Inledande stycke för avsnittet. " * 8
        sections.append(Section(f"Huvudavsnitt {i} – Övrigt", intro, children))
    return Policy(
        title="Sekretesspolicy för Åre Ö-bolag",
        language=language,
        metadata={"last_changed": "2024-02-29", "organisation": "Åre Ö-bolag AB"},
        preamble="När du använder våra tjänster anförtror du oss dina uppgifter.",
        sections=sections,
    )


@pytest.fixture
def seed_policy(seed_path: Path) -> Policy:
    from policyeditor.core.importing import import_file

    return import_file(seed_path).policy


def test_seed_every_word_present_and_swedish_intact(seed_policy: Policy, tmp_path: Path) -> None:
    out = tmp_path / "seed.pdf"
    pages = write_policy_pdf(seed_policy, out)
    texts = pdf_text(out)
    assert pages == len(texts) >= 3
    found = words("\n".join(texts))
    missing = policy_words(seed_policy) - found
    assert missing == set()
    joined = "".join(texts)
    source = "".join(sorted(policy_words(seed_policy)))
    for letter in "åäöÅÄÖé":
        assert (letter in joined) == (letter in source), letter
    assert "å" in joined and "ä" in joined and "ö" in joined and "Ö" in joined
    assert "Förändringar" in joined and "Öppenhet och valmöjlighet" in joined


def test_page_numbers_header_and_footer(seed_policy: Policy, tmp_path: Path) -> None:
    out = tmp_path / "seed.pdf"
    stamp = VersionStamp("2.0", fingerprint(seed_policy), "2024-01-01T09:00:00", "published")
    write_policy_pdf(seed_policy, out, version=stamp)
    texts = pdf_text(out)
    n = len(texts)
    for index, text in enumerate(texts, start=1):
        assert f"sida {index} av {n}" in text
        assert short_fingerprint(stamp.fingerprint) in text
        if index > 1:
            assert "Version 2.0" in text and "Sekretesspolicy" in text


def test_english_policy_says_page_x_of_y(tmp_path: Path) -> None:
    policy = long_policy("en")
    out = tmp_path / "en.pdf"
    write_policy_pdf(policy, out)
    texts = pdf_text(out)
    assert f"page 1 of {len(texts)}" in texts[0]
    assert "Contents" in texts[0] and "Draft".upper() in texts[0]


def test_metadata(tmp_path: Path) -> None:
    policy = long_policy()
    out = tmp_path / "m.pdf"
    stamp = VersionStamp("3.1", fingerprint(policy), "2024-03-01", "approved")
    write_policy_pdf(policy, out, version=stamp)
    reader = pypdf.PdfReader(str(out))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Sekretesspolicy för Åre Ö-bolag"
    assert meta.author == "Åre Ö-bolag AB"
    assert meta.creator == "PolicyEditor 0.1.0"
    assert "3.1" in (meta.subject or "")
    assert stamp.fingerprint in (meta.get("/Keywords") or "")
    assert catalog(reader)["/Lang"] == "sv"


def test_outline_mirrors_sections_and_toc_pages_are_right(tmp_path: Path) -> None:
    policy = long_policy()
    out = tmp_path / "o.pdf"
    write_policy_pdf(policy, out)
    reader = pypdf.PdfReader(str(out))
    tree = outline_tree(reader)
    expected = [(ref.depth, f"{ref.number} {ref.section.heading}") for ref in walk(policy)]
    assert [(d, t) for d, t, _ in tree] == expected
    texts = pdf_text(out)
    toc = texts[0] + texts[1]
    for _depth, title, page in tree:
        # the heading is on the page the bookmark points to ...
        heading = title.split(" ", 1)[1]
        assert heading in " ".join(texts[page].split())
        # ... and the table of contents gives the same page number (1-based)
        assert re.search(re.escape(heading) + r"\s*" + str(page + 1) + r"\b", toc), title


def test_pdfa_markers(tmp_path: Path) -> None:
    policy = long_policy()
    out = tmp_path / "a.pdf"
    write_policy_pdf(policy, out, pdfa=True)
    reader = pypdf.PdfReader(str(out))
    root = catalog(reader)
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert "/OutputIntents" in root
    # PDF/A: information dictionary and XMP must agree
    assert "Sekretesspolicy för Åre Ö-bolag" in xmp
    assert 'pdf:Keywords="' in xmp and "<dc:language>" in xmp
    assert "/Filter" not in root["/Metadata"].get_object()
    assert len(outline_tree(reader)) == sum(1 for _ in walk(policy))


def test_plain_pdf_is_not_marked_pdfa(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    write_policy_pdf(long_policy(), out)
    root = catalog(pypdf.PdfReader(str(out)))
    if "/Metadata" in root:
        assert "pdfaid:part" not in root["/Metadata"].get_object().get_data().decode("utf-8")


@pytest.mark.parametrize(("size", "width", "height"), [("A4", 595, 842), ("Letter", 612, 792)])
def test_page_sizes(tmp_path: Path, size: str, width: int, height: int) -> None:
    out = tmp_path / "s.pdf"
    write_policy_pdf(long_policy(), out, page_size=size)
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width, height)


def test_unknown_page_size_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(PdfExportError) as caught:
        write_policy_pdf(long_policy(), out, page_size="A5")
    assert isinstance(caught.value, PolicyEditorError)
    assert caught.value.code == "pdf.page-size" and caught.value.params == {"name": "A5"}
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_raises_typed_error(tmp_path: Path) -> None:
    with pytest.raises((PolicyEditorError, OSError)):
        write_policy_pdf(long_policy(), tmp_path / "missing-dir" / "x.pdf")


def test_overwrites_existing_file_completely(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"old junk that is not a pdf" * 1000)
    write_policy_pdf(long_policy(), out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(pypdf.PdfReader(str(out)).pages) >= 2
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_draft_title_page_says_draft_and_notice(tmp_path: Path) -> None:
    policy = long_policy()
    out = tmp_path / "d.pdf"
    write_policy_pdf(policy, out, notice="Nytt avsnitt om **lagringstider**.")
    first = pdf_text(out)[0]
    assert "UTKAST" in first
    assert "Vad har ändrats" in first and "lagringstider" in first
    assert fingerprint(policy) in first.replace("\n", "")


def test_hostile_markdown_produces_no_pdf_actions(tmp_path: Path) -> None:
    policy = Policy(
        title="T", language="en",
        sections=[Section("S", '<script>alert(1)</script> [x](javascript:alert(1)) '
                               '<a href="data:text/html,x">d</a> [ok](https://example.org)')],
    )
    out = tmp_path / "h.pdf"
    write_policy_pdf(policy, out)
    raw = out.read_bytes()
    assert b"/JavaScript" not in raw and b"/JS" not in raw and b"/Launch" not in raw
    assert b"javascript:" not in raw.lower() and b"data:text" not in raw
    assert "alert" not in "".join(pdf_text(out))


def test_empty_policy_is_one_title_page(tmp_path: Path) -> None:
    out = tmp_path / "e.pdf"
    assert write_policy_pdf(Policy(), out) == 1
    assert "UTKAST" in pdf_text(out)[0]


def test_in_page_links_are_plain_text_and_web_links_stay_links(tmp_path: Path) -> None:
    policy = Policy(title="T", language="sv", sections=[
        Section("A", "Se [avsnitt 1](#s-1) och [IMY](https://www.imy.se)."),
    ])
    out = tmp_path / "l.pdf"
    write_policy_pdf(policy, out)
    uris = []
    for page in pypdf.PdfReader(str(out)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None:
                uris.append(str(action.get("/URI")))
    assert uris == ["https://www.imy.se"]
    assert "Se avsnitt 1 och IMY" in " ".join(pdf_text(out))


def test_same_version_same_document_id(tmp_path: Path) -> None:
    policy = long_policy()
    ids = []
    for name in ("a.pdf", "b.pdf"):
        write_policy_pdf(policy, tmp_path / name)
        ids.append(document_id(tmp_path / name))
    assert ids[0] == ids[1]
    policy.title += " (ändrad)"
    write_policy_pdf(policy, tmp_path / "c.pdf")
    assert document_id(tmp_path / "c.pdf") != ids[0]


def document_id(path: Path) -> str:
    trailer: Any = pypdf.PdfReader(str(path)).trailer
    return str(trailer["/ID"][0])
