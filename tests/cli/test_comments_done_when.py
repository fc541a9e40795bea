"""Issue 18 item 2, done when: a comment made on words in one version is still on them two
versions and three edits later, and appears in JSON, the redline PDF and the .docx export."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from pypdf import PdfReader

from policyeditor.core.comments.edits import AddComment, AddReply
from policyeditor.core.edits import SetBody
from policyeditor.core.importing import import_file
from policyeditor.core.model import Comment, Policy, Reply, walk
from policyeditor.core.workspace import Workspace
from tests.cli.conftest import CliRunner

QUOTE = "utanför Intensive Code"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _section_6(policy: Policy):  # type: ignore[no-untyped-def]
    return next(r.section for r in walk(policy) if r.number == "6")


def _edit(workspace: Workspace, old: str, new: str) -> None:
    """One edit of section 6's text, as the editor makes it (the comment follows)."""
    draft = workspace.load_draft()
    section = _section_6(draft)
    assert old in section.body
    SetBody(section.id, section.body.replace(old, new, 1)).apply(draft)
    workspace.save_draft(draft)


def _make_history(tmp_path: Path, seed_path: Path) -> tuple[Path, str]:
    path = tmp_path / "policy.policy"
    Workspace.create(path, import_file(seed_path).policy).close()
    with Workspace.open(path) as workspace:
        draft = workspace.load_draft()
        section = _section_6(draft)
        start = section.body.index(QUOTE)
        comment = Comment(author="Anna Jurist", created="2026-12-01T09:30:00Z", quote=QUOTE,
                          text="Räknas koncernbolag som utanför?",
                          anchor=(start, start + len(QUOTE)))
        AddComment(section.id, comment).apply(draft)
        AddReply(section.id, comment.id,
                 Reply("Bo Dataskydd", "2026-12-01T10:00:00Z", "Ja, se avsnitt 6.2.")
                 ).apply(draft)
        workspace.save_draft(draft)
        workspace.save_version("1.0", author="Anna Jurist")
        # three edits around the words, over two more versions
        _edit(workspace, "Vi delar inte", "Observera: vi delar inte")
        _edit(workspace, "med företag, organisationer eller personer",
              "med bolag, organisationer eller enskilda personer")
        workspace.save_version("1.1", author="Anna Jurist")
        _edit(workspace, "förutom i följande situationer:", "utom i dessa fall:")
        workspace.save_version("1.2", author="Anna Jurist")
        return path, comment.id


def test_the_comment_stays_on_its_words_and_reaches_json_pdf_and_docx(
        cli: CliRunner, tmp_path: Path, seed_path: Path) -> None:
    path, comment_id = _make_history(tmp_path, seed_path)
    with Workspace.open(path, readonly=True) as workspace:
        for label in ("1.0", "1.1", "1.2"):
            section = _section_6(workspace.load_version(label))
            (comment,) = section.comments
            assert comment.id == comment_id and comment.anchor is not None
            assert section.body[comment.anchor[0]:comment.anchor[1]] == QUOTE, label
        final = _section_6(workspace.load_version("1.2"))
        assert final.body.startswith("Observera: vi delar inte personuppgifter med bolag")
        assert final.body.endswith(f"{QUOTE} utom i dessa fall:")

    run = cli("export", f"{path}@1.2", "--format", "json", "-o", "policy.json")
    assert run.code == 0, run.err
    data = json.loads((tmp_path / "policy.json").read_text(encoding="utf-8"))
    section = next(s for s in data["sections"] if s["number"] == "6")
    assert section["comments"] == [{
        "id": comment_id, "author": "Anna Jurist", "created": "2026-12-01T09:30:00Z",
        "quote": QUOTE, "text": "Räknas koncernbolag som utanför?", "resolved": False,
        "replies": [{"author": "Bo Dataskydd", "created": "2026-12-01T10:00:00Z",
                     "text": "Ja, se avsnitt 6.2."}]}]

    run = cli("compare", f"{path}@1.0", f"{path}@1.2", "--format", "pdf", "-o", "redline.pdf")
    assert run.code == 0, run.err
    text = " ".join(" ".join(page.extract_text() or "" for page in
                             PdfReader(str(tmp_path / "redline.pdf")).pages).split())
    text = text.replace(" :", ":")  # the extractor spaces a colon after a styled span
    assert "Kommentarer" in text
    assert f"”{QUOTE}” — Anna Jurist, 2026-12-01 09:30: Räknas koncernbolag som utanför?" in text
    assert "Bo Dataskydd, 2026-12-01 10:00: Ja, se avsnitt 6.2." in text

    run = cli("export", f"{path}@1.2", "--format", "docx", "-o", "policy.docx")
    assert run.code == 0, run.err
    with zipfile.ZipFile(tmp_path / "policy.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
        comments = package.read("word/comments.xml").decode("utf-8")
    assert "Räknas koncernbolag som utanför?" in comments and "Ja, se avsnitt 6.2." in comments
    # the thread (comment 0) and its reply (1) are ranges around exactly the quoted words
    for cid in (0, 1):
        inside = re.search(rf'<w:commentRangeStart w:id="{cid}"/>(.*?)'
                           rf'<w:commentRangeEnd w:id="{cid}"/>', document, re.S)
        assert inside is not None
        words = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", inside.group(1)))
        assert words == QUOTE


def test_the_docx_redline_has_the_thread_on_its_words(
        cli: CliRunner, tmp_path: Path, seed_path: Path) -> None:
    path, _comment_id = _make_history(tmp_path, seed_path)
    run = cli("compare", f"{path}@1.0", f"{path}@1.2", "--format", "docx", "-o", "red.docx",
              "--author", "Granskare")
    assert run.code == 0, run.err
    with zipfile.ZipFile(tmp_path / "red.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
        comments = package.read("word/comments.xml").decode("utf-8")
    thread = re.search(r'<w:comment w:id="(\d+)"[^>]*w:author="Anna Jurist"[^>]*>(.*?)</w:comment>',
                       comments, re.S)
    assert thread is not None and "Räknas koncernbolag som utanför?" in thread.group(2)
    assert 'w:author="Bo Dataskydd"' in comments and "Ja, se avsnitt 6.2." in comments
    cid = thread.group(1)
    inside = re.search(rf'<w:commentRangeStart w:id="{cid}"/>(.*?)'
                       rf'<w:commentRangeEnd w:id="{cid}"/>', document, re.S)
    assert inside is not None
    assert "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", inside.group(1))) == QUOTE
