"""Markdown and plain-text export, and import(export(policy)) == policy.

What round-trips (both formats): the title, the preamble, every section's
heading, body and place in the tree, and the ``last_changed`` and
``effective`` dates. Bodies are compared as stored: without leading blank
lines and trailing whitespace, which is how import stores every body. Not
part of the text forms: section ids (new on import; the workspace matches
them), the language (pass ``language=`` on import, or let detection guess)
and metadata other than the two dates (JSON export carries all of it).
Headings must start with a capital letter in plain text (the importer's
guard against taking a body line for a heading); Markdown has no such limit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from policyeditor.core.canonical import canonical_content
from policyeditor.core.importing import import_file, import_text
from policyeditor.core.model import Policy, Section, walk
from policyeditor.core.textexport import to_markdown, to_plain_text

LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéü"
# Words a real heading or body may hold that mean something in Markdown.
SPECIAL = [
    "*stjärna*",
    "**fet**",
    "data_set",
    "_kursiv_",
    "[inom]",
    "A&B",
    "<tagg>",
    "back\\slash",
    "#hash",
    "`kod`",
    "e-post",
    "(parentes)",
    "O'Brien",
    "100%",
    "2021",
    "1.2",
]

word = st.text(alphabet=LETTERS, min_size=1, max_size=9)
cap_word = word.map(str.capitalize)
any_word = st.one_of(word, word, st.sampled_from(SPECIAL))


def _join(first: str, rest: list[str], question: bool) -> str:
    return " ".join([first, *rest]) + ("?" if question else "")


heading = st.builds(_join, cap_word, st.lists(any_word, max_size=7), st.booleans())
sentence = st.builds(
    lambda f, r: " ".join([f, *r]) + ".", cap_word, st.lists(any_word, max_size=10)
)
paragraph = st.lists(sentence, min_size=1, max_size=3).flatmap(
    lambda ss: st.sampled_from([" ".join(ss), "\n".join(ss)])
)
bullets = st.lists(st.lists(any_word, min_size=1, max_size=6), min_size=1, max_size=4).map(
    lambda items: "\n".join("- " + " ".join(item) for item in items)
)
body = st.lists(st.one_of(paragraph, bullets), max_size=3).map("\n\n".join)
# Date lines are recognised by a year from 1800 to 2199 (not any number).
iso_date = st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 31)).map(date.isoformat)


# Markdown headings may start with anything: a lower-case word, a number, markup.
md_heading = st.builds(_join, any_word, st.lists(any_word, max_size=7), st.booleans())


def sections(depth: int, headings: st.SearchStrategy[str]) -> st.SearchStrategy[list[Section]]:
    children = sections(depth + 1, headings) if depth < 5 else st.just([])
    node = st.builds(
        lambda h, b, c: Section(heading=h, body=b, children=c), headings, body, children
    )
    return st.lists(node, max_size=(4, 3, 2, 1, 1, 1)[depth])


def _policies(
    titles: st.SearchStrategy[str], headings: st.SearchStrategy[str]
) -> st.SearchStrategy[Policy]:
    return st.builds(
        Policy,
        title=titles,
        language=st.sampled_from(["sv", "en"]),
        metadata=st.fixed_dictionaries(
            {}, optional={"last_changed": iso_date, "effective": iso_date}
        ),
        preamble=body,
        sections=sections(0, headings),
    )


policies = _policies(
    st.builds(_join, cap_word, st.lists(any_word, max_size=6), st.booleans()), heading
)
md_policies = _policies(st.one_of(st.just(""), heading), md_heading)


def _round_trip(policy: Policy, text: str, fmt: str) -> None:
    result = import_text(text, fmt=fmt, language=policy.language)
    assert canonical_content(result.policy) == canonical_content(policy)
    # Our own export never has odd numbering: the only warnings say that
    # there is no title or no section, and only when that is so.
    expected = {"import.no-title": not policy.title, "import.no-sections": not policy.sections}
    assert [w.code for w in result.warnings] == [
        code for code, missing in expected.items() if missing
    ]


@settings(max_examples=50, deadline=None)
@given(md_policies)
def test_markdown_round_trip(policy: Policy) -> None:
    _round_trip(policy, to_markdown(policy), "md")


@settings(max_examples=50, deadline=None)
@given(policies)
def test_plain_text_round_trip(policy: Policy) -> None:
    _round_trip(policy, to_plain_text(policy), "txt")


@settings(max_examples=25, deadline=None)
@given(policies)
def test_format_is_recognised_without_being_told(policy: Policy) -> None:
    # Sniffing must not turn one form into the other: a Markdown export is
    # read as Markdown, a plain-text export with sections as plain text.
    assert import_text(to_markdown(policy), language=policy.language).format == "md"
    if policy.sections:
        plain = import_text(to_plain_text(policy), language=policy.language)
        assert canonical_content(plain.policy) == canonical_content(policy)


def _small() -> Policy:
    return Policy(
        title="Integritetspolicy",
        language="sv",
        metadata={"last_changed": "2021-01-24", "organisation": "Intensive Code"},
        preamble="Vi värnar om din integritet.",
        sections=[
            Section(
                "Information", "Vi samlar in:\n\n- namn\n- e-post", [Section("Cookies *små*", "")]
            ),
            Section("Rättigheter", "Du kan begära utdrag."),
        ],
    )


def test_plain_text_looks_like_the_seed() -> None:
    assert to_plain_text(_small()) == (
        "Integritetspolicy\n\n"
        "Vi värnar om din integritet.\n\n"
        "1. Information\n\n"
        "Vi samlar in:\n\n- namn\n- e-post\n\n"
        "1.1 Cookies *små*\n\n"
        "2. Rättigheter\n\n"
        "Du kan begära utdrag.\n\n"
        "Senast ändrad: 2021-01-24\n"
    )


def test_markdown_has_numbered_atx_headings_and_escapes_heading_markup() -> None:
    small = _small()
    small.language = "en"
    text = to_markdown(small)
    assert text.startswith(
        "# Integritetspolicy\n\nVi värnar om din integritet.\n\n## 1. Information\n"
    )
    assert "\n### 1.1 Cookies \\*små\\*\n" in text
    assert "\n## 2. Rättigheter\n" in text
    assert text.endswith("\n\nLast updated: 2021-01-24\n")


def test_markdown_depth_past_six_levels_keeps_numbers() -> None:
    deep = Section("L6", "x")
    for name in ("L5", "L4", "L3", "L2", "L1"):
        deep = Section(name, "x", [deep])
    policy = Policy(title="T", language="en", sections=[deep])
    text = to_markdown(policy)
    assert "\n###### 1.1.1.1.1 L5\n" in text and "\n###### 1.1.1.1.1.1 L6\n" in text
    _round_trip(policy, text, "md")


def test_empty_title_round_trips_in_markdown() -> None:
    policy = Policy(title="", language="en", preamble="Short line", sections=[Section("A", "a.")])
    assert to_markdown(policy).startswith("#\n\nShort line\n\n## 1. A")
    _round_trip(policy, to_markdown(policy), "md")


def test_seed_exported_and_imported_again_is_the_same(seed_path: Path, tmp_path: Path) -> None:
    seed = import_file(seed_path).policy
    for name, export in (("seed.txt", to_plain_text), ("seed.md", to_markdown)):
        path = tmp_path / name
        path.write_text(export(seed), encoding="utf-8")
        again = import_file(path).policy
        assert len(list(walk(again))) == 18
        assert [(r.number, r.section.heading, r.section.body) for r in walk(again)] == [
            (r.number, r.section.heading, r.section.body) for r in walk(seed)
        ]
        assert canonical_content(again) == canonical_content(seed)


def test_every_corpus_document_round_trips_in_both_forms(corpus_dir: Path) -> None:
    # Real documents carry what generated ones do not: tables, nested lists,
    # link tables of contents, bold subheadings, HTML line breaks.
    files = [corpus_dir / "seed" / "sekretesspolicy.txt"]
    files += sorted((corpus_dir / "privacy-policy-histories").glob("*/*.md"))
    failures = []
    for path in files:
        policy = import_file(path).policy
        for fmt, export in (("md", to_markdown), ("txt", to_plain_text)):
            again = import_text(export(policy), fmt=fmt, language=policy.language).policy
            if canonical_content(again) != canonical_content(policy):
                failures.append(f"{path.parent.name}/{path.name} as {fmt}")
    assert failures == []
