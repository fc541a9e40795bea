"""Importing Word documents: structure, formatting, tracked changes, comments.

Fixtures in tests/fixtures/docx/ are made by make_fixtures.py there (python-docx,
and LibreOffice for the lo_*.docx ones), so these tests need no LibreOffice.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from policyeditor.core.errors import InputWarning
from policyeditor.core.importing import import_file
from policyeditor.core.importing.markdown_in import plain_text
from policyeditor.core.model import Policy, walk
from policyeditor.core.workspace import Workspace
from tests.conftest import CORPUS_DIR

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docx"
CORPUS = CORPUS_DIR
SEED = CORPUS / "seed" / "sekretesspolicy.txt"
BLUESKY = CORPUS / "privacy-policy-histories" / "Bluesky" / "009_2026-01-09.md"


def _worded(warnings: list[InputWarning]) -> list[str]:
    """The warnings as the command line words them (the one catalogue, in English)."""
    from policyeditor.app.services.errors import describe_for_cli

    return [describe_for_cli(w) for w in warnings]


def _outline(policy: Policy) -> list[tuple[str, str]]:
    return [(ref.number, ref.section.heading) for ref in walk(policy)]


def _words(policy: Policy) -> Counter[str]:
    texts = [policy.title, policy.preamble, *policy.metadata.values()]
    for ref in walk(policy):
        texts += [ref.section.heading, ref.section.body]
    # inline HTML in the Markdown sources (<br> in table cells) is markup, not words
    text = re.sub(r"<[^<>]+>", " ", plain_text("\n".join(texts)))
    return Counter(re.findall(r"\w+", text.lower()))


def _kept_share(source: Policy, imported: Policy) -> float:
    words = _words(source)
    missing = words - _words(imported)
    return 1 - sum(missing.values()) / sum(words.values())


@pytest.fixture(scope="module")
def swedish() -> Policy:
    return import_file(FIXTURES / "swedish.docx").policy


def test_swedish_heading_styles_become_sections(swedish: Policy) -> None:
    # "Rubrik1" (Swedish Word's id for Heading 1), and a style known only by
    # its display name "Rubrik 1"; the numbers written in headings are stripped
    assert _outline(swedish) == [
        ("1", "Inledning"), ("1.1", "Vilka uppgifter"), ("2", "Mottagare"), ("3", "Lagring")]
    assert swedish.title == "Integritetspolicy"  # the Title style wins over the properties
    assert swedish.language == "sv"


def test_formatting_links_lists_and_tables_become_markdown(swedish: Policy) -> None:
    assert swedish.preamble == ("Denna policy beskriver hur vi behandlar **personuppgifter** "
                                "enligt *dataskyddsförordningen*.")
    first, lists, recipients = (ref.section for ref in list(walk(swedish))[:3])
    assert "[IMY:s webbplats](https://www.imy.se/)" in first.body
    assert "- namn och adress\n    - e-postadress\n- telefonnummer" in lists.body
    assert "1. Steg ett\n2. Steg två" in lists.body
    assert recipients.body.startswith(
        "| Mottagare | Syfte |\n| --- | --- |\n| Leverantör | Drift |\n| Myndighet | Lagkrav |")


def test_tracked_changes_are_accepted_with_a_warning() -> None:
    result = import_file(FIXTURES / "swedish.docx")
    lists = list(walk(result.policy))[1].section
    assert "Vi sparar uppgifterna i högst två år." in lists.body
    assert "minst" not in lists.body
    assert any("2 tracked change(s)" in w for w in _worded(result.warnings))


def test_comments_are_kept_on_their_sections_with_replies_and_state() -> None:
    result = import_file(FIXTURES / "swedish.docx")
    sections = {ref.section.heading: ref.section for ref in walk(result.policy)}
    (question,) = sections["Mottagare"].comments
    assert (question.author, question.quote, question.text) == (
        "Anna", "med annonsörer", "Stämmer detta?")
    assert question.created.startswith("20") and not question.resolved
    assert [(r.author, r.text) for r in question.replies] == [("Bo", "Ja, kontrollerat.")]
    (done,) = sections["Lagring"].comments
    assert done.resolved and done.text == "Rubriken är klar."
    assert not sections["Inledning"].comments
    assert any("2 Word comment(s)" in w for w in _worded(result.warnings))


def test_bold_numbered_paragraphs_are_headings_without_heading_styles() -> None:
    result = import_file(FIXTURES / "bold_numbered.docx")
    policy = result.policy
    assert _outline(policy) == [("1", "Who we are"), ("1.1", "Contact"), ("2", "What we collect")]
    assert policy.title == "Privacy Notice"  # from the document properties
    assert policy.language == "en"
    # a bold line that merely starts with a number stays text
    assert "**3 reasons to trust us**" in policy.sections[1].body
    assert not any("title" in w for w in _worded(result.warnings))


def test_seed_saved_as_docx_by_libreoffice_imports_like_the_text() -> None:
    docx = import_file(FIXTURES / "lo_seed.docx")
    assert docx.format == "docx" and docx.warnings == []
    if not SEED.exists():
        pytest.skip("the corpus is not available")
    text = import_file(SEED).policy
    assert _outline(docx.policy) == _outline(text)
    assert len(_outline(text)) == 18
    assert [r.section.body for r in walk(docx.policy)] == [r.section.body for r in walk(text)]
    assert (docx.policy.title, docx.policy.preamble, docx.policy.metadata) == (
        text.title, text.preamble, text.metadata)


def test_corpus_policy_written_by_libreoffice_keeps_sections_and_words() -> None:
    if not BLUESKY.exists():
        pytest.skip("the corpus is not available")
    docx = import_file(FIXTURES / "lo_bluesky.docx").policy
    source = import_file(BLUESKY).policy
    assert _outline(docx) == _outline(source)
    assert _kept_share(source, docx) >= 0.99


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.skipif(not CORPUS.exists(), reason="the corpus is not available")
@pytest.mark.parametrize("name", ["Spotify", "Quora", "Telegram"])
def test_libreoffice_conversions_of_corpus_policies(tmp_path: Path, name: str) -> None:
    import markdown

    source_path = sorted((CORPUS / "privacy-policy-histories" / name).glob("*.md"))[-1]
    html = markdown.markdown(source_path.read_text(encoding="utf-8"), extensions=["tables"])
    page = tmp_path / f"{name}.html"
    page.write_text(f'<html><head><meta charset="utf-8"></head><body>{html}</body></html>',
                    encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", str(tmp_path), str(page)], check=True, capture_output=True)
    docx = import_file(tmp_path / f"{name}.docx").policy
    source = import_file(source_path).policy
    assert _outline(docx) == _outline(source)
    share = _kept_share(source, docx)
    print(f"{name}: {share:.4f} of the words kept")
    assert share >= 0.99


def test_docx_revision_into_a_workspace_keeps_the_section_ids(tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip("the corpus is not available")
    target = tmp_path / "seed.policy"
    Workspace.create(target, import_file(SEED).policy).close()
    with Workspace.open(target, readonly=True) as workspace:
        before = [(r.section.id, r.section.heading) for r in walk(workspace.load_draft())]
    done = subprocess.run([sys.executable, "-m", "policyeditor.cli", "import",
                           str(FIXTURES / "lo_seed.docx"), "-o", str(target)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with Workspace.open(target, readonly=True) as workspace:
        after = [(r.section.id, r.section.heading) for r in walk(workspace.load_draft())]
    assert after == before and len(after) == 18


def test_a_word_template_document_built_with_python_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Privacy Policy", level=0)  # the Title style
    document.add_paragraph("This policy explains how we use your data.")
    document.add_heading("1. Who we are", level=1)
    document.add_paragraph("We are Example Ltd.")
    document.add_heading("1.1 Contact", level=2)
    document.add_paragraph("Write to us.")
    document.add_paragraph("by post", style="List Number")
    document.add_paragraph("by e-mail", style="List Number")
    document.add_heading("2. Your rights", level=1)
    para = document.add_paragraph("You may ask for a copy of your data.")
    document.add_comment(para.runs, text="Add the deadline.", author="Lena")
    path = tmp_path / "word.docx"
    document.save(str(path))
    result = import_file(path)
    policy = result.policy
    assert (policy.title, policy.language) == ("Privacy Policy", "en")
    assert _outline(policy) == [("1", "Who we are"), ("1.1", "Contact"), ("2", "Your rights")]
    assert policy.sections[0].children[0].body == "Write to us.\n\n1. by post\n2. by e-mail"
    (comment,) = policy.sections[1].comments
    assert (comment.author, comment.quote, comment.text) == (
        "Lena", "You may ask for a copy of your data.", "Add the deadline.")
