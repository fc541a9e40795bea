"""Property test: whatever sequence of edits and autosaves, the workspace gives
back exactly the document (text, structure and ids) that was last saved."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy, Section, iter_sections
from policyeditor.core.workspace import Workspace

_texts = st.text(st.characters(codec="utf-8"), max_size=120)


@st.composite
def _edit_scripts(draw: st.DrawFn) -> list[tuple[str, int, str]]:
    kinds = st.sampled_from(["body", "heading", "insert", "remove", "indent", "preamble",
                             "title", "metadata", "replace"])
    return draw(st.lists(st.tuples(kinds, st.integers(0, 50), _texts), min_size=1, max_size=12))


def _apply(policy: Policy, kind: str, index: int, text: str) -> Policy:
    sections = list(iter_sections(policy.sections))
    if kind == "replace":  # an import: a whole new document
        return Policy(title=text, language="en", preamble=text[::-1],
                      sections=[Section(heading=text[:10], body=text)])
    if kind == "preamble":
        policy.preamble = text
    elif kind == "title":
        policy.title = text
    elif kind == "metadata":
        policy.metadata[f"k{index % 3}"] = text
    elif kind == "insert" or not sections:
        siblings = sections[index % len(sections)].children if sections and index % 2 else (
            policy.sections)
        siblings.insert(index % (len(siblings) + 1), Section(heading=text[:20], body=text))
    elif kind == "body":
        sections[index % len(sections)].body = text
    elif kind == "heading":
        sections[index % len(sections)].heading = text
    elif kind == "remove":
        victim = sections[index % len(sections)]
        for holder in [policy.sections, *(s.children for s in sections)]:
            if victim in holder:
                holder.remove(victim)
                break
    elif kind == "indent" and len(policy.sections) > 1:
        moved = policy.sections.pop(1 + index % (len(policy.sections) - 1))
        policy.sections[0].children.append(moved)
    return policy


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=_edit_scripts(), save_every=st.sampled_from([1, 2, 3]))
def test_autosaves_and_versions_give_back_exactly_what_was_saved(
    script: list[tuple[str, int, str]], save_every: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.policy"
        policy = Policy(title="T", sections=[Section("A", "a"), Section("B", "b")])
        versions: dict[str, Policy] = {}
        with Workspace.create(path, policy) as ws, Workspace.open(path) as observer:
            for step, (kind, index, text) in enumerate(script):
                policy = _apply(policy, kind, index, text)
                if step % save_every == 0:
                    ws.save_draft(policy)  # patches rows against what it last wrote
                    assert observer.load_draft() == policy  # a second connection's view
                if index % 4 == 0:
                    ws.save_version(f"v{step}", policy=policy.clone())
                    versions[f"v{step}"] = policy.clone()
            ws.save_draft(policy)
        with Workspace.open(path, readonly=True) as reader:
            assert reader.load_draft() == policy
            for label, expected in versions.items():
                assert reader.load_version(label) == expected
                assert reader.version(label).fingerprint == fingerprint(expected)
            assert reader.check() == []
