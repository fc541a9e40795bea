"""An exported .docx as another word processor lays it out: LibreOffice, headless.

LibreOffice is not a dependency of the product; these tests use it when it
is installed (``/usr/bin/soffice``, Debian ``libreoffice-writer-nogui``) to
check what a reader of the file sees: every word, "sida 1 av N" in the footer
with N filled in by the page-count field, and the comments.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pypdf
import pytest

from policyeditor.core.model import Comment, Policy, Reply
from policyeditor.core.textexport import to_plain_text
from policyeditor.core.wordexport.document import write_policy_docx
from tests.core.wordexport.docx_read import WORD, expected_headings, text_words

SOFFICE = shutil.which("soffice") or ("/usr/bin/soffice" if Path("/usr/bin/soffice").exists()
                                      else None)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: "
                       "apt-get install libreoffice-writer-nogui to run these checks"),
]


def _convert(docx: Path, fmt: str, tmp_path: Path) -> Path:
    """``docx`` converted by LibreOffice to ``fmt`` (its own profile: runs never collide)."""
    assert SOFFICE is not None
    profile = (tmp_path / "lo-profile").as_uri()
    out_dir = tmp_path / fmt
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / (docx.stem + "." + fmt)


def test_libreoffice_shows_every_word_and_the_page_count(
    seed_policy: Policy, tmp_path: Path
) -> None:
    docx = tmp_path / "seed.docx"
    write_policy_docx(seed_policy, docx)
    pdf = pypdf.PdfReader(str(_convert(docx, "pdf", tmp_path)))
    pages = [page.extract_text() for page in pdf.pages]
    count = len(pages)
    assert count >= 2
    for number, text in enumerate(pages, start=1):
        assert f"sida {number} av {count}" in text  # PAGE and NUMPAGES, filled in
        assert "Sekretesspolicy" in text and "Utkast" in text  # the running header
    words = Counter(WORD.findall("\n".join(pages)))
    running = Counter({"sida": count, "av": count, "Sekretesspolicy": count, "Utkast": count,
                       "Fingeravtryck": count})
    expected = text_words(to_plain_text(seed_policy),
                          {text for _level, text in expected_headings(seed_policy)})
    missing = expected - (words - running)
    # headers and footers add the running words and each page's numbers and fingerprint
    assert not missing, missing


def test_libreoffice_reads_the_comments_their_replies_and_resolved_state(
    seed_policy: Policy, tmp_path: Path
) -> None:
    seed_policy.sections[0].comments = [Comment(
        author="Anna Berg", created="2026-01-02T10:30:00", quote="förbättra våra tjänster",
        text="Vilka tjänster?", resolved=True,
        replies=[Reply("Bo Ek", "2026-01-03T09:00:00", "Alla.")])]
    docx = tmp_path / "commented.docx"
    write_policy_docx(seed_policy, docx)
    with zipfile.ZipFile(_convert(docx, "odt", tmp_path)) as odt:
        content = odt.read("content.xml").decode("utf-8")
    annotations = re.findall(r"<office:annotation\b.*?</office:annotation>", content, re.S)
    assert len(annotations) == 2
    assert "Anna Berg" in annotations[0] and "Vilka tjänster?" in annotations[0]
    assert "Bo Ek" in annotations[1] and "Alla." in annotations[1]
    assert "2026-01-02T10:30:00" in annotations[0]
    # resolved in PolicyEditor, resolved in the word processor (commentsExtended's w15:done)
    assert all('loext:resolved="true"' in a.split(">")[0] for a in annotations)
    # the annotated range is the quoted words
    span = content.split(annotations[-1])[1].split("<office:annotation-end")[0]
    assert re.sub(r"<[^>]+>", "", span) == "förbättra våra tjänster"
