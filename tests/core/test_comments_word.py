"""Comments in Word files: written on the words they were made on, read back onto them."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from policyeditor.core.importing import import_file
from policyeditor.core.model import Comment, Policy, Reply, Section
from policyeditor.core.wordexport.document import write_policy_docx

BODY = ("Vi sparar personuppgifter i Sverige. Vi delar personuppgifter med våra "
        "leverantörer av IT-tjänster.")


def _words_in_range(document: str, cid: int) -> str:
    inside = re.search(rf'<w:commentRangeStart w:id="{cid}"/>(.*?)'
                       rf'<w:commentRangeEnd w:id="{cid}"/>', document, re.S)
    assert inside is not None
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", inside.group(1)))


def test_a_comment_on_the_second_occurrence_of_its_words_stays_there(tmp_path: Path) -> None:
    second = BODY.index("personuppgifter", BODY.index("Vi delar"))
    section = Section(heading="Mottagare", body=BODY, comments=[
        Comment(author="Anna Lind", created="2026-12-01T09:30:00Z", quote="personuppgifter",
                text="Vilka kategorier?", anchor=(second, second + len("personuppgifter")),
                replies=[Reply("Erik Berg", "2026-12-01T10:00:00Z", "Kontaktuppgifter.")]),
        Comment(author="Anna Lind", quote="leverantörer av IT-tjänster", text="Lista dem.",
                resolved=True),
    ])
    path = tmp_path / "policy.docx"
    write_policy_docx(Policy(title="Integritetspolicy", sections=[section]), path)
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert _words_in_range(document, 0) == "personuppgifter"
    # the range of the thread is in the second sentence, after "Vi delar "
    before = document[:document.index('<w:commentRangeStart w:id="0"/>')]
    assert "Vi delar" in "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", before))
    assert _words_in_range(document, 2) == "leverantörer av IT-tjänster"

    imported = import_file(path).policy
    (read,) = [s for s in imported.sections if s.heading == "Mottagare"]
    first, other = read.comments
    assert (first.author, first.text, first.quote) == ("Anna Lind", "Vilka kategorier?",
                                                       "personuppgifter")
    assert [(r.author, r.text) for r in first.replies] == [("Erik Berg", "Kontaktuppgifter.")]
    assert first.anchor is not None  # back on the second "personuppgifter", as exported
    assert first.anchor[0] == read.body.index("personuppgifter", read.body.index("Vi delar"))
    assert other.resolved and other.anchor is not None
    assert read.body[slice(*other.anchor)] == "leverantörer av IT-tjänster"


def test_the_html_redline_lists_each_thread_under_its_section_escaped() -> None:
    from policyeditor.core.compare.engine import compare
    from policyeditor.core.render.redline_html import comparison_to_html

    old = Policy(title="P", language="sv", sections=[Section(heading="Mottagare", body=BODY)])
    new = old.clone()
    new.sections[0].body = BODY.replace("Sverige", "EU")
    new.sections[0].comments = [
        Comment(author="Anna <Lind>", created="2026-12-01T09:30:00Z", quote="i EU",
                text="Gäller <b>alla</b> länder?", resolved=True,
                replies=[Reply("Erik", "2026-12-02", "Ja.")])]
    page = comparison_to_html(compare(old, new))
    assert '<aside class="comments"><p class="comments-title">Kommentarer</p>' in page
    assert ("”i EU”</span> — <span class=\"comment-meta\">Anna &lt;Lind&gt;, 2026-12-01 09:30"
            "</span> — <span class=\"comment-state\">(löst)</span>: "
            "Gäller &lt;b&gt;alla&lt;/b&gt; länder?") in page
    assert "↳ <span class=\"comment-meta\">Erik, 2026-12-02</span>: Ja." in page
