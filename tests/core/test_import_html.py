"""Saved web pages import as their main content: title, sections, Markdown bodies."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from policyeditor.core.errors import InputError, InputWarning
from policyeditor.core.importing import ImportResult, import_file
from policyeditor.core.model import Policy, walk
from policyeditor.core.render.html_export import policy_to_html
from policyeditor.core.render.markdown_html import render_markdown

SAVED_PAGE = Path(__file__).parent / "data" / "saved_policy_page.html"
_WORD = re.compile(r"[^\W_]+")


def _words(markdown: str) -> list[str]:
    """The words a reader sees (no link targets, no markup, no raw <br> tags)."""
    if not markdown.strip():
        return []
    rendered = lxml_html.fragment_fromstring(render_markdown(markdown), create_parent="div")
    return _WORD.findall(" ".join(rendered.itertext()))


def _outline(policy: Policy) -> list[tuple[str, str]]:
    return [(ref.number, ref.section.heading) for ref in walk(policy)]


def _all_text(policy: Policy) -> str:
    parts = [policy.title, policy.preamble, *policy.metadata.values()]
    for ref in walk(policy):
        parts += [ref.section.heading, ref.section.body]
    return "\n".join(parts)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> socket.socket:
        raise AssertionError("the import tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def saved_page(tmp_path: Path, no_network: None) -> ImportResult:
    # Saved with its "_files" folder beside it, as browsers do.
    page = tmp_path / "Privacy Policy.html"
    page.write_bytes(SAVED_PAGE.read_bytes())
    (tmp_path / "Privacy Policy_files").mkdir()
    (tmp_path / "Privacy Policy_files" / "theme.css").write_text("body{}", encoding="utf-8")
    return import_file(page)


def test_saved_page_imports_title_and_nested_sections(saved_page: ImportResult) -> None:
    policy = saved_page.policy
    assert policy.title == "Privacy Policy"
    assert policy.language == "en"
    assert policy.metadata == {
        "last_changed": "2024-04-05",
        "last_changed_text": "Last updated: April 5, 2024",
    }
    assert _outline(policy) == [
        ("1", "Information we collect"),
        ("1.1", "Information you give us"),
        ("1.2", "Information from your use"),
        ("2", "How long we keep it"),
        ("3", "Your rights"),
    ]
    assert saved_page.format == "html"


def test_saved_page_bodies_are_markdown_with_links_lists_and_tables(
    saved_page: ImportResult,
) -> None:
    policy = saved_page.policy
    assert policy.preamble == (
        "This policy explains how **Example Tools Ltd** (“we”) collects and uses personal "
        "data when you use our website and apps. Questions? Write to "
        "[privacy@example.com](mailto:privacy@example.com)."
    )
    bodies = {ref.section.heading: ref.section.body for ref in walk(policy)}
    assert bodies["Information you give us"] == (
        "- Your **name** and e-mail address.\n"
        "- Payment details, processed by [Stripe](https://stripe.com/privacy):\n"
        "    - card type;\n"
        "    - the last four digits."
    )
    assert bodies["How long we keep it"].splitlines() == [
        "| Data | Kept for |",
        "| --- | --- |",
        "| Account data | While your account exists |",
        "| Invoices | 7 years (Bookkeeping Act) |",
    ]
    assert bodies["Your rights"] == (
        "1. You may ask for a copy of your data.\n"
        "2. You may ask us to *erase* it.\n\n"
        "See the [regulator's website](https://ico.org.uk/) for more."
    )


def test_saved_page_leaves_out_the_site_around_the_policy(saved_page: ImportResult) -> None:
    text = _all_text(saved_page.policy)
    for chrome in (
        "We use cookies",  # cookie banner
        "Accept all",
        "Cookie settings",
        "Skip to content",
        "Pricing",  # navigation
        "Search",  # search form
        "Legal",  # breadcrumbs
        "Share this page",  # the article's footer
        "Recent posts",  # sidebar
        "All rights reserved",  # site footer
        "Imprint",
        "gtag",  # scripts
        "position:fixed",  # styles
        "Example Tools Ltd |",  # the site name in <title>
        "pixel.gif",  # images are never fetched nor linked
        "site.css",
    ):
        assert chrome not in text, chrome
    assert saved_page.warnings == [InputWarning("import.images-left-out", count=1)]


@pytest.mark.corpus
def test_every_corpus_policy_exported_as_html_imports_back_the_same(
    tmp_path: Path, histories_dir: Path, seed_path: Path, no_network: None
) -> None:
    sources = [seed_path, *sorted(histories_dir.glob("*/*.md"))]
    assert len(sources) > 100
    for source in sources:
        original = import_file(source).policy
        page = tmp_path / "page.html"
        page.write_text(policy_to_html(original), encoding="utf-8")
        back = import_file(page).policy
        where = source.name
        assert back.title == original.title, where
        assert back.metadata == original.metadata, where
        assert _outline(back) == _outline(original), where
        assert _words(back.preamble) == _words(original.preamble), where
        for mine, theirs in zip(walk(back), walk(original), strict=True):
            assert _words(mine.section.body) == _words(theirs.section.body), (where, mine.number)


def test_page_without_main_takes_the_text_richest_block(tmp_path: Path) -> None:
    page = tmp_path / "policy.htm"
    page.write_text(
        "<html><head><title>Integritetspolicy – Exempel AB</title></head><body>"
        "<div id='top-menu'><a href='/'>Start</a> <a href='/kontakt'>Kontakt</a></div>"
        "<table><tr><td class='left'><p>Länkar</p></td><td>"
        "<p>Vi behandlar personuppgifter enligt dataskyddsförordningen och svensk lag.</p>"
        "<h2>Vilka uppgifter vi sparar</h2>"
        "<p>Namn, adress och e-post sparas i vårt kundregister.</p><h2>Hur länge</h2>"
        "<p>Uppgifterna sparas så länge du är kund hos oss och därefter i tre år.</p>"
        "</td></tr></table><div class='footer'>Copyright Exempel AB</div></body></html>",
        encoding="utf-8",
    )
    result = import_file(page)
    assert result.policy.title == "Integritetspolicy"
    assert result.policy.language == "sv"
    assert _outline(result.policy) == [("1", "Vilka uppgifter vi sparar"), ("2", "Hur länge")]
    text = _all_text(result.policy)
    assert "Kontakt" not in text and "Copyright" not in text and "Länkar" not in text


def test_a_cookie_section_of_the_policy_is_not_taken_for_a_banner(tmp_path: Path) -> None:
    page = tmp_path / "cookies.html"
    page.write_text(
        "<html><body><article><h1>Privacy</h1><p>Intro text.</p>"
        "<section id='cookies' class='cookie-policy'><h2>Cookies</h2>"
        "<p>We use cookies to remember your language.</p></section>"
        "<div class='cookie-notice'><p>This site uses cookies.</p><button>OK</button></div>"
        "</article></body></html>",
        encoding="utf-8",
    )
    policy = import_file(page).policy
    assert _outline(policy) == [("1", "Cookies")]
    assert "remember your language" in _all_text(policy)
    assert "This site uses cookies" not in _all_text(policy)


def test_declared_legacy_charset_is_used_and_undeclared_is_guessed(tmp_path: Path) -> None:
    body = "<h1>Sekretesspolicy</h1><p>Vi sparar uppgifter om dig i våra system.</p><h2>Kakor</h2>"
    declared = tmp_path / "declared.html"
    declared.write_bytes(
        f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'.encode(
            "cp1252"
        )
    )
    result = import_file(declared)
    assert result.policy.preamble == "Vi sparar uppgifter om dig i våra system."
    assert result.warnings == []  # the page said what it is: nothing was guessed
    guessed = tmp_path / "guessed.html"
    guessed.write_bytes(f"<html><body>{body}</body></html>".encode("cp1252"))
    result = import_file(guessed)
    assert result.policy.preamble == "Vi sparar uppgifter om dig i våra system."
    assert result.warnings == [
        InputWarning("import.decoded-as", encoding="Windows-1252 (Latin-1)"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        "<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>",
        "<!-- nothing -->",
    ],
)
def test_a_page_without_text_is_refused(tmp_path: Path, content: str) -> None:
    page = tmp_path / "empty.html"
    page.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"input\.web-page-empty"):
        import_file(page)


def test_markup_characters_in_page_text_stay_text(tmp_path: Path) -> None:
    page = tmp_path / "chars.html"
    page.write_text(
        "<h1>Terms</h1><p>Prices * VAT [1] and snake_case &lt;b&gt; stay.</p>"
        "<p>1. This paragraph is not a list.</p><h2>2024 review</h2><p>Text.</p>",
        encoding="utf-8",
    )
    policy = import_file(page).policy
    assert policy.preamble == (
        "Prices \\* VAT \\[1\\] and snake_case \\<b> stay.\n\n1\\. This paragraph is not a list."
    )
    assert _outline(policy) == [("1", "2024 review")]


def test_absurdly_deep_nesting_is_refused_not_silently_cut(tmp_path: Path) -> None:
    # libxml2 alone would drop everything below 256 levels without a word.
    page = tmp_path / "deep.html"
    page.write_text("<h1>T</h1>" + "<div>" * 3000 + "lost?" + "</div>" * 3000, encoding="utf-8")
    with pytest.raises(InputError, match=r"input\.web-page-too-deep"):
        import_file(page)
    page.write_text("<h1>T</h1>" + "<div>" * 150 + "kept" + "</div>" * 150, encoding="utf-8")
    assert import_file(page).policy.preamble == "kept"


_PIECES = [
    "<p>", "</p>", "<ul>", "<ol start='x'>", "<li>", "</ul>", "<table>", "<tr>", "<td>", "<th>",
    "<h1>", "<h2>", "</h2>", "<b>", "<i>", "<a href='x'>", "<a href='javascript:x'>", "</a>",
    "text ", "<br>", "<div class='cookie-banner'>", "<button>", "</div>", "<pre>", "<dl>",
    "<dt>", "<dd>", "*", "_", "#", "1. ", "<main>", "<nav>", "<img src='x'>", "&amp;", "|",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=60))
def test_any_page_imports_or_raises_input_error(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str]
) -> None:
    page = tmp_path_factory.mktemp("html") / "any.html"
    page.write_text("".join(pieces), encoding="utf-8", errors="surrogatepass")
    try:
        result = import_file(page)
    except InputError:
        return
    assert result.format == "html"


def test_title_in_a_plain_page_header_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "plain.html"
    page.write_text(
        "<html><head><title>Site</title></head><body><header><h1>Cookie Policy</h1>"
        "<a href='/'>Home</a></header><div><p>We use few cookies.</p><h2>Which</h2>"
        "<p>Only a session cookie.</p></div><footer>© Site</footer></body></html>",
        encoding="utf-8",
    )
    policy = import_file(page).policy
    assert policy.title == "Cookie Policy"
    assert policy.preamble == "We use few cookies."
    assert _outline(policy) == [("1", "Which")]
