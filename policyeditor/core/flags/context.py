"""What every detector works on: the changed sentences of each area, the rules.

An *area* is a section of the comparison (or the title / preamble, which have
no number). Hunks are built once here and shared by all detectors; whole
document texts are built only if a detector asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from policyeditor.core.compare.result import Comparison, Flag, SectionChange
from policyeditor.core.flags.rules import Rule, RuleSet
from policyeditor.core.flags.sentences import Hunk, hunks
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
        preamble = _content(hunks(comparison.preamble)) + hunks(comparison.title)
        if preamble:
            context.areas.append(Area(-1, "", "", None, preamble, []))
        for order, change in enumerate(comparison.sections):
            if change.change == "unchanged":
                continue
            context.areas.append(Area(order, change.number, change.section_id, change,
                                      _content(hunks(change.body)), hunks(change.heading)))
        return context

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
