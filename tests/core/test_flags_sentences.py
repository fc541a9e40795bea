"""Changed sentences paired old ↔ new from word-level diff ops."""

from __future__ import annotations

from policyeditor.core.compare.tokens import TokenMap
from policyeditor.core.compare.worddiff import diff_words
from policyeditor.core.flags.sentences import evidence, hunks
from policyeditor.core.flags.tokens import tokenize


def _pairs(old: str, new: str) -> list[tuple[str, str]]:
    return [(h.old.strip(), h.new.strip()) for h in hunks(diff_words(old, new, TokenMap()))]


def test_only_changed_sentences_are_paired_whole() -> None:
    old = "Vi sparar namn. Vi delar inte data med andra. Du kan klaga."
    new = "Vi sparar namn. Vi delar data med andra. Du kan klaga."
    assert _pairs(old, new) == [("Vi delar inte data med andra.", "Vi delar data med andra.")]


def test_two_changes_in_one_sentence_make_one_pair() -> None:
    old = "Vi delar inte data om du inte vill."
    new = "Om du inte vill delar vi inte data."
    pairs = _pairs(old, new)
    assert len(pairs) == 1 and pairs[0] == (old, new)


def test_an_added_or_removed_sentence_stands_alone() -> None:
    assert _pairs("A b. C d.", "A b. Ny mening. C d.") == [("", "Ny mening.")]
    assert _pairs("A b. Gammal mening. C d.", "A b. C d.") == [("Gammal mening.", "")]


def test_list_items_are_sentences_of_their_own() -> None:
    old = "- krypterar data\n- granskar rutiner\n- begränsar åtkomst"
    new = "- krypterar data\n- begränsar åtkomst"
    found = hunks(diff_words(old, new, TokenMap()))
    assert len(found) == 1 and found[0].removed_only
    assert "granskar rutiner" in found[0].old and "begränsar" not in found[0].old
    assert evidence(found[0].old, found[0].new) == "− “- granskar rutiner”"


def test_tokens_keep_abbreviations_and_contractions_whole() -> None:
    assert tokenize("T.ex. don’t e.g. EU/EES") == ["t.ex", "don't", "e.g", "eu", "ees"]


def test_evidence_shows_the_change_with_a_little_context() -> None:
    old = "Vi sparar dina uppgifter i våra system och delar dem inte med någon annan part."
    new = "Vi sparar dina uppgifter i våra system och delar dem med någon annan part."
    shown = evidence(old, new, context=20)
    assert shown.startswith("“…") and "inte" in shown and "→" in shown
    assert len(shown) < len(old) + len(new)
    assert evidence("", "Ny mening.") == "+ “Ny mening.”"
    assert evidence("Gammal.", "") == "− “Gammal.”"
