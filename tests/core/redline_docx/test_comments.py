"""Each medium or high flag is one Word comment on the changed words of its section."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from policyeditor.core.compare.result import Comparison
from policyeditor.core.render.labels import label
from tests.core.redline_docx.word_views import W, document_root


def _comments(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/comments.xml"))
    return {
        c.get(f"{W}id"): "\n".join("".join(t.text or "" for t in p.iter(f"{W}t"))
                                   for p in c.iter(f"{W}p"))
        for c in root.iter(f"{W}comment")
    }


def _heading_before(paragraph: etree._Element) -> str:
    """The text (both sides) of the nearest heading at or before ``paragraph``."""
    node: etree._Element | None = paragraph
    while node is not None:
        style = node.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val", "").startswith("Heading"):
            return "".join(t.text or "" for t in node.iter(f"{W}t", f"{W}delText"))
        node = node.getprevious()
    return ""


def test_every_serious_flag_is_exactly_one_comment_inside_its_section(
    planted_comparison: Comparison, planted_docx: Path
) -> None:
    serious = [f for f in planted_comparison.flags if f.severity in ("high", "medium")]
    assert len(serious) >= 5
    comments = _comments(planted_docx)
    assert len(comments) == len(serious)
    root = document_root(planted_docx)
    starts = {e.get(f"{W}id"): e for e in root.iter(f"{W}commentRangeStart")}
    ends = [e.get(f"{W}id") for e in root.iter(f"{W}commentRangeEnd")]
    references = [e.get(f"{W}id") for e in root.iter(f"{W}commentReference")]
    assert sorted(starts) == sorted(ends) == sorted(references) == sorted(comments)
    language = planted_comparison.new.language
    unmatched = dict(comments)
    for flag in serious:
        severity = label(language, f"severity_{flag.severity}")
        explanation = flag.explanations[language]
        # one flag per change: the other categories of the change on a line of their own
        also = ", ".join(label(language, f"category_{c}") for c in flag.secondary)
        also_line = f"{label(language, 'also_concerns', categories=also)}\n" if also else ""
        found = [cid for cid, text in unmatched.items()
                 if text == f"{severity}: {explanation}\n{also_line}"
                 f"{label(language, 'reference')}: {flag.reference}"]
        assert found, (flag.rule, flag.section)
        cid = found[0]
        del unmatched[cid]
        start = starts[cid]
        paragraph = start.getparent()
        while paragraph.tag != f"{W}p":
            paragraph = paragraph.getparent()
        assert _heading_before(paragraph).startswith(f"{flag.section} "), (flag.rule, cid)


def test_a_flag_sits_on_the_inserted_or_deleted_words_carrying_its_evidence(
    planted_docx: Path,
) -> None:
    root = document_root(planted_docx)
    anchored = []
    for start in root.iter(f"{W}commentRangeStart"):
        following = start.getnext()
        anchored.append((etree.QName(following).localname,
                         "".join(t.text or "" for t in following.iter(f"{W}t", f"{W}delText"))))
    assert ("ins", ", Mixpanel") in anchored  # new tracker named
    assert ("del", "inte ") in anchored  # negation removed
