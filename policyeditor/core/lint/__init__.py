"""Drafting checks (``policyeditor lint``, the editor's Problems panel).

- :func:`load_spellers`: the Swedish and English spellers (hunspell through
  chunspell; dictionaries installed by pip, dictionary.py). Slow-ish (0.2 s):
  the editor calls it in a worker thread.
- :func:`lint_policy`: every finding of a policy, in document order by kind:
  spelling (spelling.py), cross-references (references.py), defined terms
  (terms.py), broken in-page links and empty sections (structure.py).
- :func:`~policyeditor.core.lint.messages.message`: a finding's sentence in
  Swedish or English.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

from policyeditor.core.lint import names, references, spelling, structure, terms, wordlist
from policyeditor.core.lint.dictionary import DictionaryMissing, load_engine, locate
from policyeditor.core.lint.findings import KINDS, Finding
from policyeditor.core.lint.messages import message
from policyeditor.core.lint.speller import Speller
from policyeditor.core.lint.spelling import SpellingContext
from policyeditor.core.model import Policy

__all__ = [
    "KINDS", "DictionaryMissing", "Finding", "Speller", "SpellingContext", "lint_policy",
    "load_speller", "load_spellers", "message", "shared_spellers",
]


def load_speller(language: str, *, cache: Path | None = None, pause: float = 0.0) -> Speller:
    """The speller of ``language``; DictionaryMissing when its dictionary is not installed.

    Swedish also gets its expanded word list (wordlist.py): fast suggestions.
    ``pause`` (seconds) is slept between the loading steps, so a window's thread
    gets the GIL while a worker thread loads (0 for the command line).
    """
    engine = load_engine(language, cache=cache, pause=pause)
    forms = None
    if language == "sv":
        files = locate(language)
        try:
            forms = wordlist.load(files.dic, files.aff, cache, pause=pause)
        except (OSError, UnicodeError) as exc:
            raise DictionaryMissing(language, str(exc)) from exc
    return Speller(language, engine, forms)


def load_spellers(languages: Iterable[str] = ("sv", "en"), *, cache: Path | None = None,
                  pause: float = 0.0) -> dict[str, Speller]:
    """Spellers of ``languages`` (both by default: a section may be in the other one)."""
    return {language: load_speller(language, cache=cache, pause=pause)
            for language in languages}


# seconds slept between loading steps beside a window: without them the window's
# thread, which takes the GIL many times per event, froze for 200–500 ms (wordlist.py)
BACKGROUND_PAUSE = 0.001
_SHARED: dict[str, Speller] = {}
_SHARED_LOCK = threading.Lock()


def shared_spellers(*, cache: Path | None = None) -> dict[str, Speller]:
    """Both spellers, loaded once per process and shared by every window.

    The dictionaries never change while the program runs and cost ~100 MB and a
    second or two to load: a second window (or a test after the first) must
    not pay again. The lock makes two windows opened together load once. They
    load in a worker thread beside a window, so they pause between steps.
    """
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.update(load_spellers(cache=cache, pause=BACKGROUND_PAUSE))
        return dict(_SHARED)


def lint_policy(policy: Policy, spellers: Mapping[str, Speller], *,
                user_words: Iterable[str] = (), with_suggestions: bool = True,
                context: SpellingContext | None = None) -> list[Finding]:
    """Every drafting finding of ``policy`` (``context``: its spelling context, when
    the caller has built it already)."""
    if context is None:
        context = SpellingContext.for_policy(policy, spellers, frozenset(user_words),
                                             with_suggestions=with_suggestions)
    speller = spellers.get(policy.language)

    def common(word: str) -> bool:
        return speller is not None and speller.engine_knows(word)

    return (spelling.check(policy, context) + references.check(policy)
            + terms.check(policy, common, names.document_names(policy)) + structure.check(policy))
