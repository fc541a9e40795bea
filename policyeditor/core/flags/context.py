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
from policyeditor.core.flags.sentences import (
    Cluster,
    Hunk,
    hunks,
    link_words,
    plain_text,
    words_of,
)
from policyeditor.core.flags.tokens import normalise
from policyeditor.core.model import Policy, iter_sections

_DIRECTION = {
    "added": {"sv": "Tillkommit", "en": "Added"},
    "removed": {"sv": "Borttaget", "en": "Removed"},
    "replaced": {"sv": "Utbytt", "en": "Replaced"},  # a rule's ``replaced`` swap
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


# Sentences end where the hunks of sentences.py end theirs, so keys line up.
_SENTENCE = re.compile(r"[^.!?;:\n]+[.!?;:]?")
_NON_WORD = re.compile(r"[\W_]+")
# A changed run this long may be text moved in from (or out to) another place.
_LONG_RUN = 8


def squashed(text: str) -> str:
    """Lower-case words of ``text`` between single spaces (links, markup, case ignored)."""
    return " " + _NON_WORD.sub(" ", normalise(plain_text(text))).strip() + " "


_ENDS = re.compile(r"[.!?;:\n]")
_NON_WORD_LINE = re.compile(r"[^\w\n]+")


def _moved_block(text: str, tokens: list[str]) -> bool:
    """Whether a changed run may be text moved here: long, and holding a sentence end."""
    return len(tokens) >= _LONG_RUN and _BLOCK_END.search(text) is not None


_BLOCK_END = re.compile(r"[.!?;:](?:\s|$)|\n")


def _keys(document: str) -> frozenset[str]:
    # the whole text at once: sentence ends become line breaks, everything else
    # that is not a word a space; each line is then what squashed() gives its
    # sentence, for a fraction of the calls
    text = normalise(plain_text(document)).replace("_", " ")
    lines = _NON_WORD_LINE.sub(" ", _ENDS.sub("\n", text))
    return frozenset(f" {line.strip()} " for line in lines.split("\n"))


def _sentences(text: str) -> list[str]:
    # links out first: the dots of an address are no sentence ends
    return [s for s in _SENTENCE.findall(plain_text(text)) if s.strip()]


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
    # Changes (see :func:`change_key`) whose other flags are to be dropped:
    # a one-for-one rename is no new party, whatever its words are.
    suppressed: set[str] = field(default_factory=set)
    # Changes that alter who the controller is: their names are no recipients.
    controller_changes: set[str] = field(default_factory=set)
    # The changed sentence of each change key, for checks made after detection.
    hunk_of: dict[str, Hunk] = field(default_factory=dict)
    # What a detector found once per comparison and reuses (e.g. the new words).
    notes: dict[str, frozenset[str]] = field(default_factory=dict)

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
                                      context._net(hunks(change.heading))))
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
            # the same words (a link target changed), or the same outside the
            # document's own links (a table-of-contents entry renamed); the
            # clusters' words come first, the detectors need them anyway
            both = hunk.old + hunk.new
            if all(c.old_tokens == c.new_tokens for c in hunk.clusters) or (
                    "](" in both and link_words(hunk.old) == link_words(hunk.new)) or (
                    "](#" in both and words_of(hunk.old) == words_of(hunk.new)):
                continue
            if any(_moved_block(c.old, c.old_tokens) or _moved_block(c.new, c.new_tokens)
                   for c in hunk.clusters) and self._moved(hunk):
                continue
            out.append(hunk)
        return out

    def _novel(self, hunk: Hunk) -> Hunk | None:
        """A wholly added or removed hunk without the sentences the other side has."""
        added = hunk.added_only
        text, other = (hunk.new, self.old_keys) if added else (hunk.old, self.new_keys)
        sentences = _sentences(text)
        keys = [squashed(s) for s in sentences]
        novel = [s for s, key in zip(sentences, keys, strict=True)
                 if key != "  " and key not in other]
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
        return (all(squashed(s) in self.new_keys for s in _sentences(hunk.old))
                and all(squashed(s) in self.old_keys for s in _sentences(hunk.new)))

    @cached_property
    def old_keys(self) -> frozenset[str]:
        """The sentences of the old side of every changed area, as :func:`squashed` words.

        Only changed areas, and every heading: text can only have moved out of
        or into a section that changed (an unchanged one lost and gained
        nothing), and a table of contents repeats the headings.
        """
        return _keys(self._changed_text(old=True))

    @cached_property
    def new_keys(self) -> frozenset[str]:
        """The sentences of the new side of every changed area (see :attr:`old_keys`)."""
        return _keys(self._changed_text(old=False))

    def _changed_text(self, *, old: bool) -> str:
        policy = self.comparison.old if old else self.comparison.new
        parts = [policy.title, policy.preamble]
        for change in self.comparison.sections:
            section = change.old_section if old else change.new_section
            if section is not None:
                parts.append(section.heading)
                if change.change != "unchanged":
                    parts.append(section.body)
        return "\n".join(parts)


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
        key = change_key(area, hunk, evidence)
        if hunk is not None:
            self.hunk_of[key] = hunk
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
            change=key,
        )


def change_key(area: Area, hunk: Hunk | None, evidence: str = "") -> str:
    """What one change is: a whole added or removed section, else one changed sentence."""
    if area.kind in ("added", "removed"):
        return f"{area.order}:section"
    if hunk is not None:
        # a sentence added or removed whole is marked: a negation in it says
        # what the sentence was, it reverses nothing (see merge.strength)
        whole = WHOLE if hunk.added_only or hunk.removed_only else ""
        return f"{area.order}:{id(hunk)}{whole}"
    return f"{area.order}:{evidence}"


WHOLE = "|whole"
