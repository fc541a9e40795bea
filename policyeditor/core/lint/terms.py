"""Defined terms: defined and then written otherwise, never used, or never defined.

A term is defined by a quoted word in brackets ("… (”Tjänsterna”)",
'(the "Services")'), by '"Services" means …' / '”Tjänsterna” avser …', or in
bold at the start of a line in a definitions section. Findings are low and
conservative: a capitalisation differing from the definition (once per
section), a definition nothing refers to, and — only in a document that does
define terms — a capitalised common word used twice or more mid-sentence
after a determiner, as defined terms are, yet never defined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from policyeditor.core.lint.findings import Finding
from policyeditor.core.model import Policy, walk

_Q = "”\"“"
_IN_BRACKETS = re.compile(
    rf"\(\s*(?:nedan\s+|hädanefter\s+|hereinafter\s+|the\s+|collectively\s+)?[{_Q}]"
    rf"(?P<term>[^{_Q}\n]{{2,40}})[{_Q}]\s*\)", re.IGNORECASE)
_MEANS = re.compile(
    rf"[{_Q}](?P<term>[^{_Q}\n]{{2,40}})[{_Q}]\s+(?:means|shall mean|refers to|avser|betyder"
    r"|innebär)\b")
_BOLD = re.compile(r"(?m)^\s*(?:[-*+]\s+)?\*\*(?P<term>[^*\n]{2,40}?)[:.]?\*\*")
_DEFINITIONS = re.compile(r"defini|begrepp|ordlista|glossary|terms", re.IGNORECASE)
_DETERMINED = re.compile(
    r"\b(?:the|our|your|this|these|such|any|all)\s+(?P<term>[A-Z][a-z]{3,})\b"
    # a following capitalised word makes it a longer name ("User Data"): not this term
    r"(?![ \t]+[A-Z])")


@dataclass(frozen=True)
class _Text:
    text: str
    part: str
    number: str | None
    section_id: str | None


def _texts(policy: Policy) -> list[_Text]:
    texts = [_Text(policy.preamble, "preamble", None, None)]
    for ref in walk(policy):
        texts.append(_Text(ref.section.body, "body", ref.number, ref.section.id))
    return texts


def definitions(policy: Policy) -> dict[str, int]:
    """Defined terms → how many times they are defined."""
    found: dict[str, int] = {}
    texts = [(policy.preamble, "")] + [(r.section.body, r.section.heading) for r in walk(policy)]
    for text, heading in texts:
        patterns = [_IN_BRACKETS, _MEANS] + ([_BOLD] if _DEFINITIONS.search(heading) else [])
        for pattern in patterns:
            for match in pattern.finditer(text):
                term = match.group("term").strip(" *_:")
                if any(c.isalpha() for c in term):
                    found[term] = found.get(term, 0) + 1
    return found


def _occurrences(term: str, text: str) -> Iterator[re.Match[str]]:
    yield from re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE)


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t*_\"“”‘'(")
    return not before or before[-1] in ".!?:\n-"


def check(policy: Policy, is_common_word: Callable[[str], bool],
          names: set[str] | frozenset[str] = frozenset()) -> list[Finding]:
    """Defined-term findings; ``is_common_word`` tells dictionary words from names.

    ``names`` (lower case: the title's and metadata's words) are never
    reported as undefined terms: "this Policy" names the document itself.
    """
    defined = definitions(policy)
    texts = _texts(policy)
    found: list[Finding] = []
    for term, times in defined.items():
        uses = 0
        for item in texts:
            reported = False
            for match in _occurrences(term, item.text):
                uses += 1
                written = match.group(0)
                if written == term or reported or not term[:1].isupper():
                    continue
                if written[1:] == term[1:] and _sentence_start(item.text, match.start()):
                    continue
                reported = True
                found.append(Finding("defined-term", "term.case", item.number, item.section_id,
                                     written, item.part, match.start(), match.end(), (term,),
                                     {"term": term, "found": written}))
        if uses <= times:
            found.append(_unused(policy, term, texts))
    if defined:
        found += _undefined(texts, defined, lambda w: w not in names and is_common_word(w))
    return found


def _unused(policy: Policy, term: str, texts: list[_Text]) -> Finding:
    for item in texts:
        match = next(_occurrences(term, item.text), None)
        if match is not None:
            return Finding("defined-term", "term.unused", item.number, item.section_id, term,
                           item.part, match.start(), match.end(), (), {"term": term})
    return Finding("defined-term", "term.unused", None, None, term, "preamble", 0, 0, (),
                   {"term": term})


def _undefined(texts: list[_Text], defined: dict[str, int],
               is_common_word: Callable[[str], bool]) -> list[Finding]:
    known = {term.casefold() for term in defined}
    seen: dict[str, list[tuple[_Text, re.Match[str]]]] = {}
    for item in texts:
        for match in _DETERMINED.finditer(item.text):
            term = match.group("term")
            if term.casefold() in known or any(term.casefold() in k.split() for k in known):
                continue
            if is_common_word(term.lower()):
                seen.setdefault(term, []).append((item, match))
    found = []
    for term, places in seen.items():
        if len(places) < 2:
            continue
        item, match = places[0]
        found.append(Finding("defined-term", "term.undefined", item.number, item.section_id,
                             term, item.part, match.start("term"), match.end("term"), (),
                             {"term": term}))
    return found
