"""Test helper: sample policies, and a writer process for the SIGKILL test.

Run as a script (``python workspace_writer.py WS.policy SEED``) it edits the
workspace in an endless loop — draft saves, whole-draft replacements as an
import does, versions, publications, close and reopen — and prints
``saved LABEL FINGERPRINT`` / ``published LABEL`` only after each call has
returned, so the parent knows what was durably committed before it kills us.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from policyeditor.core.model import Policy, Section, iter_sections

_WORDS = (
    "personuppgifter", "behandlas", "ändamål", "lagring", "tjänster", "samtycke", "radering",
    "uppgifter", "mottagare", "leverantörer", "cookies", "rättslig", "grund", "intresse",
    "avtal", "säkerhet", "överföring", "tredje", "land", "du", "vi", "kan", "får", "ska",
    "inte", "med", "för", "och",
)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def synthetic_policy(seed: int = 0) -> Policy:
    """A policy shaped like the seed: 18 sections 1, 1.1, 1.2, 1.2.1-1.2.5, 2-8."""
    rng = random.Random(seed)

    def section(heading: str, children: list[Section] | None = None) -> Section:
        return Section(heading=heading, body=_text(rng, 60), children=children or [])

    details = [section(f"Detalj {i}") for i in range(1, 6)]
    sections = [
        section("Information som vi samlar in", [
            section("Information som du uppger"),
            section("Information vi får när du använder våra tjänster", details),
        ]),
        *(section(f"Rubrik {i}") for i in range(2, 6)),
        section("Dina rättigheter", [section(f"Rätt {i}") for i in range(1, 4)]),
        section("Ändringar"),
        section("Kontakt"),
    ]
    return Policy(title="Sekretesspolicy", language="sv",
                  metadata={"last_changed": "2021-01-24"}, preamble=_text(rng, 80),
                  sections=sections)


def sample_policy(seed_path: Path | None = None) -> Policy:
    """The imported seed when the importer and corpus exist, else the synthetic one."""
    if seed_path is not None and seed_path.is_file():
        try:
            from policyeditor.core.importing import import_file
        except ImportError:
            pass
        else:
            policy: Policy = import_file(seed_path).policy
            return policy
    return synthetic_policy()


def mutate(policy: Policy, rng: random.Random) -> Policy:
    """A plausible edit; sometimes a whole new text with fresh ids (an import)."""
    if rng.random() < 0.25:
        return synthetic_policy(rng.randrange(1 << 30))
    sections = list(iter_sections(policy.sections))
    target = rng.choice(sections)
    target.body += " " + _text(rng, rng.randint(3, 30))
    if rng.random() < 0.3:
        policy.sections.append(Section(heading=_text(rng, 3), body=_text(rng, 40)))
    elif rng.random() < 0.2 and len(policy.sections) > 3:
        policy.sections.pop(rng.randrange(len(policy.sections)))
    return policy


def main(argv: list[str]) -> int:
    from policyeditor.core.workspace import Workspace

    path, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    print("ready", flush=True)
    counter = 0
    while True:
        with Workspace.open(path) as ws:
            for _ in range(rng.randint(1, 4)):
                current = ws.load_draft()
                policy = mutate(current, rng)
                if policy is current:
                    ws.save_draft(policy)  # an editor's autosave
                else:
                    ws.replace_draft(policy, detail="revision.md")  # an import
                counter += 1
                label = f"w{seed}-{counter}"
                info = ws.save_version(label, note="writer", author="writer")
                print("saved", label, info.fingerprint, flush=True)
                if rng.random() < 0.3:
                    ws.publish(label, author="writer")
                    print("published", label, flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
