"""The organisation's own words, which are never spelling findings.

Words of the title and metadata (the organisation's and product's names),
the workspace's "add to dictionary" list, and capitalised words that the
document uses as names: written with a capital in the middle of a sentence
at least twice and never in lower case ("Hotjar", "Adsense" in a list of
vendors once is still checked), and foreign names of authorities or companies:
capitalised words joined by a foreign particle ("Autoridade Nacional de
Proteção de Dados", "Commission Nationale de l'Informatique").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from policyeditor.core.lint.tokens import blank_skipped
from policyeditor.core.model import Policy, iter_sections

_WORD = re.compile(r"[^\W\d_]+")


def document_names(policy: Policy) -> set[str]:
    """Words of the title and the metadata values, lower case."""
    texts = [policy.title, *policy.metadata.values()]
    return {word.lower() for text in texts for word in _WORD.findall(text)}


def all_texts(policy: Policy) -> list[str]:
    """The title, preamble, every heading and body: the text the checks read."""
    texts = [policy.title, policy.preamble]
    for section in iter_sections(policy.sections):
        texts += [section.heading, section.body]
    return texts


def usage(texts: Iterable[str]) -> Counter[str]:
    """How often each word occurs (lower case): the suggestions' tie-breaker."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word.lower() for word in _WORD.findall(text))
    return counts


def capitalised_names(texts: Iterable[str]) -> set[str]:
    """Words only ever written capitalised, at least twice: names by use."""
    capital: Counter[str] = Counter()
    lower: set[str] = set()
    for text in texts:
        # not in links and addresses: "quora.com" does not make "Quora" a common word
        for match in _WORD.finditer(blank_skipped(text)):
            word = match.group(0)
            if word[0].isupper():
                capital[word] += 1
            else:
                lower.add(word)
    # a genitive counts as a use of its name: "Hotjar" and "Hotjars"
    for word in list(capital):
        if word.endswith("s") and word[:-1] in capital:
            capital[word[:-1]] += capital[word]
    return {word.lower() for word, count in capital.items()
            if count >= 2 and word.lower() not in lower}



# particles that join the words of a name in other languages (not English words,
# so an English title like "Terms of Service" is not taken for a foreign name)
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
                        "la", "le", "für", "der", "van", "von", "y"})
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]|\d+")


def foreign_names(texts: Iterable[str]) -> set[str]:
    """Words of names written in another language, lower case: a run of at least two
    capitalised words joined by a foreign particle ("Autoridade Nacional de Proteção
    de Dados"), the particles included; punctuation ends a run."""
    found: set[str] = set()
    for text in texts:
        run: list[str] = []
        for token in [*_TOKEN.findall(text), "."]:
            if token[0].isalpha() and (token[0].isupper() or token in _PARTICLES):
                run.append(token)
                continue
            while run and not run[-1][0].isupper():
                run.pop()  # a run ends on a capitalised word
            capitalised = [w for w in run if w[0].isupper()]
            if len(capitalised) >= 2 and len(capitalised) < len(run):
                found |= {w.lower() for w in run}
            run = []
    return found
