"""A synthetic policy handbook for benchmarks: ~1 MB in ~800 sections.

Deterministic (seeded) so figures are comparable between runs. Also offers
the two edit profiles the compare benchmarks name: 5 % of sections edited,
and every section edited by about 10 %.
"""

from __future__ import annotations

import random

from policyeditor.core.model import Policy, Section, iter_sections

_WORDS = [
    "personal",
    "data",
    "controller",
    "processor",
    "recipient",
    "purpose",
    "retention",
    "period",
    "consent",
    "legitimate",
    "interest",
    "transfer",
    "safeguards",
    "security",
    "measures",
    "access",
    "rectification",
    "erasure",
    "portability",
    "objection",
    "complaint",
    "supervisory",
    "authority",
    "cookies",
    "analytics",
    "marketing",
    "service",
    "provider",
    "contract",
    "obligation",
    "account",
    "profile",
    "device",
    "location",
    "payment",
    "support",
    "request",
    "employee",
    "customer",
    "partner",
    "subsidiary",
    "backup",
    "encryption",
    "we",
    "you",
    "our",
    "your",
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "for",
    "with",
    "by",
    "on",
    "may",
    "will",
    "shall",
    "not",
    "only",
    "never",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def _body(rng: random.Random, target_chars: int) -> str:
    paragraphs: list[str] = []
    size = 0
    while size < target_chars:
        if rng.random() < 0.2:
            block = "\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(2, 5)))
        else:
            block = " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))
        paragraphs.append(block)
        size += len(block) + 2
    return "\n\n".join(paragraphs)


def make_handbook(target_bytes: int = 1_000_000, sections: int = 800, seed: int = 0) -> Policy:
    """An English handbook of about ``target_bytes`` in ``sections`` sections (3 levels)."""
    rng = random.Random(seed)
    # bodies overshoot their target by about one paragraph, hence the margin
    per_section = int(target_bytes / sections * 0.83)
    top: list[Section] = []
    made = 0
    while made < sections:
        chapter = Section(
            heading=f"Chapter on {rng.choice(_WORDS)} {made}", body=_body(rng, per_section)
        )
        made += 1
        top.append(chapter)
        for _ in range(rng.randint(3, 8)):
            if made >= sections:
                break
            child = Section(
                heading=f"About {rng.choice(_WORDS)} {made}", body=_body(rng, per_section)
            )
            made += 1
            chapter.children.append(child)
            for _ in range(rng.randint(0, 2)):
                if made >= sections:
                    break
                child.children.append(
                    Section(
                        heading=f"Detail {rng.choice(_WORDS)} {made}", body=_body(rng, per_section)
                    )
                )
                made += 1
    return Policy(
        title="Synthetic Privacy Handbook",
        language="en",
        metadata={"last_changed": "2026-01-01", "organisation": "Example AB"},
        preamble=_body(rng, 600),
        sections=top,
    )


def _edit_body(rng: random.Random, body: str, fraction: float) -> str:
    words = body.split(" ")
    for _ in range(max(1, int(len(words) * fraction))):
        i = rng.randrange(len(words))
        words[i] = rng.choice(_WORDS)
    return " ".join(words)


def edited_copy(
    policy: Policy, *, section_share: float, word_share: float, seed: int = 1
) -> Policy:
    """A copy (same ids): ``section_share`` of sections get ``word_share`` of words replaced."""
    rng = random.Random(seed)
    copy = policy.clone()
    for section in iter_sections(copy.sections):
        if rng.random() < section_share:
            section.body = _edit_body(rng, section.body, word_share)
    return copy
