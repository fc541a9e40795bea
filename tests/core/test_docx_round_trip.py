"""Our own .docx export imported again gives back the same policy (issue: Word in and out)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policyeditor.core.importing import import_file
from policyeditor.core.model import Comment, Reply, walk
from policyeditor.core.textexport import to_plain_text
from policyeditor.core.wordexport.document import write_policy_docx


def _outline(policy: object) -> list[tuple[str, str]]:
    return [(ref.number, ref.section.heading) for ref in walk(policy)]  # type: ignore[arg-type]


def _words(text: str) -> Counter[str]:
    # list markers are Markdown syntax, not words: "*" and "-" make the same list
    return Counter(word for word in text.split() if word not in ("*", "-", "+"))


def test_the_seed_exported_to_docx_and_imported_again_is_the_same(
    seed_path: Path, tmp_path: Path
) -> None:
    seed = import_file(seed_path).policy
    target = tmp_path / "seed.docx"
    write_policy_docx(seed, target)
    back = import_file(target)
    assert len(list(walk(back.policy))) == 18
    assert _outline(back.policy) == _outline(seed)
    assert back.policy.title == seed.title
    assert back.policy.language == "sv"
    # the same words in each section (a blank line between two list items may go)
    assert [_words(r.section.body) for r in walk(back.policy)] == [
        _words(r.section.body) for r in walk(seed)
    ]
    assert _words(to_plain_text(back.policy)) == _words(to_plain_text(seed))


@pytest.mark.corpus
def test_a_real_policy_keeps_its_sections_and_words_through_docx(
    corpus_dir: Path, tmp_path: Path
) -> None:
    source = sorted((corpus_dir / "privacy-policy-histories").rglob("*.md"))[-1]
    policy = import_file(source).policy
    target = tmp_path / "policy.docx"
    write_policy_docx(policy, target)
    back = import_file(target).policy
    assert _outline(back) == _outline(policy)
    before, after = _words(to_plain_text(policy)), _words(to_plain_text(back))
    kept = sum((before & after).values()) / sum(before.values())
    assert kept >= 0.99, kept


def test_comments_survive_export_and_import(seed_path: Path, tmp_path: Path) -> None:
    seed = import_file(seed_path).policy
    section = next(r.section for r in walk(seed) if "personuppgifter" in r.section.body)
    quote = next(w for w in section.body.split() if w.startswith("personuppgifter"))
    section.comments.append(
        Comment(author="Anna Berg", created="2026-12-01T10:00:00Z", quote=quote,
                text="Vilka personuppgifter avses?",
                replies=[Reply(author="Erik Lind", created="2026-12-02T09:00:00Z",
                               text="Se avsnitt 1.")])
    )
    target = tmp_path / "commented.docx"
    write_policy_docx(seed, target)
    back = import_file(target).policy
    found = [c for r in walk(back) for c in r.section.comments]
    assert [(c.author, c.text, c.quote) for c in found] == [
        ("Anna Berg", "Vilka personuppgifter avses?", quote)
    ]
    assert [(r.author, r.text) for r in found[0].replies] == [("Erik Lind", "Se avsnitt 1.")]
    landed = next(r.section for r in walk(back) if r.section.comments)
    assert landed.heading == section.heading
