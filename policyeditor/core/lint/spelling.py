"""Spelling findings of a policy, each text in its own language.

The document's language picks the dictionary; a section whose words are
clearly in the other language is checked in that one (language.py). The
organisation's names and the workspace's own words are never findings
(names.py); nor is anything tokens.py leaves out (links, code, numbers...).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from policyeditor.core.lint import language, names, suggest, tokens
from policyeditor.core.lint.findings import Finding
from policyeditor.core.lint.speller import Speller
from policyeditor.core.model import Policy, walk


@dataclass
class SpellingContext:
    """What a spelling pass needs besides the text: spellers and the exempt words."""

    spellers: Mapping[str, Speller]
    exempt: set[str] = field(default_factory=set)  # lower case
    usage: Mapping[str, int] = field(default_factory=dict)
    with_suggestions: bool = True

    @classmethod
    def for_policy(cls, policy: Policy, spellers: Mapping[str, Speller],
                   user_words: set[str] | frozenset[str] = frozenset(), *,
                   with_suggestions: bool = True) -> SpellingContext:
        """The context of ``policy``: its names, its usage counts, the user's words."""
        texts = names.all_texts(policy)
        exempt = (names.document_names(policy) | names.capitalised_names(texts)
                  | names.foreign_names(texts))
        exempt |= {word.lower() for word in user_words}
        return cls(spellers, exempt, names.usage(texts), with_suggestions)

    def exempts(self, word: str) -> bool:
        """True for the organisation's own words (and their genitive: "Hotjars")."""
        lower = word.lower()
        return lower in self.exempt or (lower.endswith("s") and lower[:-1] in self.exempt)


def misspelt(text: str, lang: str, context: SpellingContext) -> Iterator[tokens.Word]:
    """The misspelt words of one text (Markdown) in ``lang``."""
    speller = context.spellers.get(lang)
    if speller is None:
        return
    for word in tokens.words(text):
        if context.exempts(word.text) or speller.is_correct(word.text):
            continue
        yield word


def _findings(text: str, part: str, lang: str, number: str | None, section_id: str | None,
              context: SpellingContext) -> Iterator[Finding]:
    speller = context.spellers.get(lang)
    for word in misspelt(text, lang, context):
        proposals: tuple[str, ...] = ()
        if context.with_suggestions and speller is not None:
            proposals = tuple(suggest.suggest(speller, word.text, context.usage))
        yield Finding("spelling", "spelling.unknown", number, section_id, word.text, part,
                      word.start, word.end, proposals,
                      {"word": word.text, "dictionary": lang})


def check(policy: Policy, context: SpellingContext) -> list[Finding]:
    """Every spelling finding of ``policy``, in document order."""
    found: list[Finding] = []
    # a document in a third language (a German policy imported as "sv") is not
    # spell-checked at all: its short sections would otherwise fall back to sv
    whole = "\n".join(names.all_texts(policy))
    doc_lang = language.detect(whole, policy.language) and policy.language
    if not doc_lang:
        return found
    found += _findings(policy.title, "title", doc_lang, None, None, context)
    preamble_lang = language.detect(policy.preamble, doc_lang)
    found += _findings(policy.preamble, "preamble", preamble_lang, None, None, context)
    for ref in walk(policy):
        section = ref.section
        lang = section_language(section.heading, section.body, doc_lang)
        found += _findings(section.heading, "heading", lang, ref.number, section.id, context)
        found += _findings(section.body, "body", lang, ref.number, section.id, context)
    return found


def section_language(heading: str, body: str, default: str) -> str:
    """The language a section is checked in."""
    return language.detect(f"{heading}\n{body}", default)
