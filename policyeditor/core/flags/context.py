"""What every detector works on: the changed sentences of each area, the rules.

An *area* is a section of the comparison (or the title / preamble, which have
no number). Hunks are built once here and shared by all detectors; whole
document texts are built only if a detector asks for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from policyeditor.core.compare.result import Comparison, Flag, SectionChange
from policyeditor.core.flags.rules import Rule, RuleSet
from policyeditor.core.flags.sentences import Cluster, Hunk, hunks, plain_text, words_of
from policyeditor.core.flags.tokens import normalise
from policyeditor.core.model import Policy, iter_sections

_DIRECTION = {
    "added": {"sv": "Tillkommit", "en": "Added"},
    "removed": {"sv": "Borttaget", "en": "Removed"},
}

# A cue that did not change itself but counts because a negation around it did:
# the flag names the negation ("inte" removed), not the cue as added.
_NEGATED = {
    "added": {"sv": "{what}: {negation}, så att {cues} nu gäller",
              "en": "{what}: {negation}, so {cues} now applies"},
    "removed": {"sv": "{what}: {negation}, så att {cues} inte längre gäller",
                "en": "{what}: {negation}, so {cues} no longer applies"},
}
# the negation's own change is the opposite of the cue's
_OPPOSITE = {"added": "removed", "removed": "added"}
_A_NEGATION = {"sv": "en negation", "en": "a negation"}


def _quoted(words: list[str]) -> str:
    return ", ".join(f"“{w}”" for w in words)


def _negation_sentences(direction: str, lang: str, negated: dict[str, list[str]]) -> list[str]:
    """One sentence per negation: what was removed (or added) and which cues it freed."""
    by_negation: dict[tuple[str, ...], list[str]] = {}
    for cue, negations in negated.items():
        by_negation.setdefault(tuple(negations), []).append(cue)
    what = _DIRECTION[_OPPOSITE[direction]][lang]
    return [_NEGATED[direction][lang].format(
                what=what, negation=_quoted(list(negations)) or _A_NEGATION[lang],
                cues=_quoted(cues))
            for negations, cues in by_negation.items()]


@dataclass
class Area:
    """A changed section (or the preamble/title) with its changed sentences."""

    order: int
    number: str
    section_id: str
    change: SectionChange | None
    body: list[Hunk]
    heading: list[Hunk]

    @property
    def kind(self) -> str:
        """``added``, ``removed`` or ``modified`` (the preamble counts as modified)."""
        return self.change.change if self.change is not None else "modified"

    @property
    def all_hunks(self) -> list[Hunk]:
        """Heading hunks first, then body hunks."""
        return self.heading + self.body


def _content(found: list[Hunk]) -> list[Hunk]:
    return [hunk for hunk in found if not hunk.navigation]


_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]?")
_NON_WORD = re.compile(r"[\W_]+")
# A changed run this long may be text moved in from (or out to) another place.
_LONG_RUN = 8


def squashed(text: str) -> str:
    """Lower-case words of ``text`` between single spaces (links, markup, case ignored)."""
    return " " + _NON_WORD.sub(" ", normalise(plain_text(text))).strip() + " "


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def _document_text(policy: Policy) -> str:
    parts = [policy.title, policy.preamble]
    for section in iter_sections(policy.sections):
        parts.append(section.heading)
        parts.append(section.body)
    return "\n".join(parts)


@dataclass
class FlagContext:
    """Shared input of the detectors for one comparison."""

    comparison: Comparison
    rules: RuleSet
    language: str
    areas: list[Area] = field(default_factory=list)

    @classmethod
    def build(cls, comparison: Comparison, rules: RuleSet) -> FlagContext:
        """Areas with hunks for every section that changed (and the preamble)."""
        language = comparison.new.language or comparison.old.language
        context = cls(comparison, rules, language)
        preamble = context._net(_content(hunks(comparison.preamble))) + hunks(comparison.title)
        if preamble:
            context.areas.append(Area(-1, "", "", None, preamble, []))
        for order, change in enumerate(comparison.sections):
            if change.change == "unchanged":
                continue
            context.areas.append(Area(order, change.number, change.section_id, change,
                                      context._net(_content(hunks(change.body))),
                                      hunks(change.heading)))
        return context

    def _net(self, found: list[Hunk]) -> list[Hunk]:
        """The net change of the text: what moved or only changed its markup is left out.

        A sentence added that the old document already had somewhere (a
        banner or a table of contents removed, a document re-nested, text
        moved between sections) is no change of what the policy says; nor is
        a sentence whose words are all the same (a link target, list markers,
        quotes). Flags are raised on what is left.
        """
        out: list[Hunk] = []
        for hunk in found:
            if hunk.added_only or hunk.removed_only:
                kept = self._novel(hunk)
                if kept is not None:
                    out.append(kept)
                continue
            if words_of(hunk.old) == words_of(hunk.new):
                continue
            if any(len(c.old_tokens) >= _LONG_RUN or len(c.new_tokens) >= _LONG_RUN
                   for c in hunk.clusters) and self._moved(hunk):
                continue
            out.append(hunk)
        return out

    def _novel(self, hunk: Hunk) -> Hunk | None:
        """A wholly added or removed hunk without the sentences the other side has."""
        added = hunk.added_only
        text, other = (hunk.new, self.old_squashed) if added else (hunk.old, self.new_squashed)
        sentences = _sentences(text)
        novel = [s for s in sentences if squashed(s) != "  " and squashed(s) not in other]
        if len(novel) == len(sentences):
            return hunk
        if not novel or not any(words_of(s) for s in novel):
            return None
        kept = " ".join(s.strip() for s in novel)
        if added:
            return Hunk("", kept, [Cluster("", kept, "", "")])
        return Hunk(kept, "", [Cluster(kept, "", "", "")])

    def _moved(self, hunk: Hunk) -> bool:
        """Whether every sentence of each side is found on the other side of the document."""
        return (all(squashed(s) in self.new_squashed for s in _sentences(hunk.old))
                and all(squashed(s) in self.old_squashed for s in _sentences(hunk.new)))

    @cached_property
    def old_squashed(self) -> str:
        """The old document as :func:`squashed` words (built on first use)."""
        return squashed(self.old_text)

    @cached_property
    def new_squashed(self) -> str:
        """The new document as :func:`squashed` words (built on first use)."""
        return squashed(self.new_text)

    def rules_of(self, kind: str) -> list[Rule]:
        """Enabled rules of one kind for the document's language."""
        return self.rules.for_language(self.language, kind)

    @cached_property
    def old_text(self) -> str:
        """The whole old document as one text (built on first use)."""
        return _document_text(self.comparison.old)

    @cached_property
    def new_text(self) -> str:
        """The whole new document as one text (built on first use)."""
        return _document_text(self.comparison.new)

    @cached_property
    def old_lower(self) -> str:
        """The whole old document, normalised to lower case."""
        return normalise(self.old_text)

    def is_rare(self, word: str) -> bool:
        """Whether ``word`` occurs at most once in either version (so may be a typo)."""
        return self.old_lower.count(word) <= 1 or self.new_lower.count(word) <= 1

    @cached_property
    def new_lower(self) -> str:
        """The whole new document, normalised to lower case."""
        return normalise(self.new_text)

    def explanation(self, rule: Rule, lang: str, direction: str | None, detail: str,
                    negated: dict[str, list[str]] | None = None) -> str:
        """The rule's explanation in ``lang``, prefixed with what changed.

        ``negated`` maps cues that count only because a negation changed to
        those negation words; they are explained as the negation's change.
        """
        text = rule.explanation.get(lang, "").replace("{detail}", detail)
        if direction is None:
            return text
        what = _DIRECTION[direction][lang]
        if not negated:
            return f"{what}: {detail}. {text}" if detail else f"{what}. {text}"
        lead = [f"{what}: {detail}"] if detail else []
        lead += _negation_sentences(direction, lang, negated)
        return ". ".join(lead) + f". {text}"

    def flag(self, rule: Rule, area: Area, severity: str, evidence: str, *,
             direction: str | None = None, detail: str = "", rule_id: str | None = None,
             negated: dict[str, list[str]] | None = None, hunk: Hunk | None = None) -> Flag:
        """A flag of ``rule`` in ``area``, explained in both languages.

        ``hunk`` is the changed sentence the flag is about: flags of the same
        sentence (or of the same added or removed section) are one change.
        """
        explanations = {lang: self.explanation(rule, lang, direction, detail, negated)
                        for lang in ("sv", "en")}
        doc_lang = self.language if self.language in explanations else "en"
        if rule_id is None:
            rule_id = f"{rule.id}-{direction}" if direction else rule.id
        return Flag(
            rule=rule_id,
            category=rule.category,
            severity=severity,  # type: ignore[arg-type]
            section=area.number,
            section_id=area.section_id,
            evidence=evidence,
            explanation=explanations[doc_lang],
            reference=rule.reference,
            explanations=explanations,
            change=_change_key(area, hunk, evidence),
        )


def _change_key(area: Area, hunk: Hunk | None, evidence: str) -> str:
    """What one change is: a whole added or removed section, else one changed sentence."""
    if area.kind in ("added", "removed"):
        return f"{area.order}:section"
    if hunk is not None:
        return f"{area.order}:{id(hunk)}"
    return f"{area.order}:{evidence}"
