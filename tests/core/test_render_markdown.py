"""Markdown rendering for preview and export: correct HTML, and nothing active survives."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from policyeditor.core.render import render_markdown, sanitize

# Each of these is something a user could paste into a policy body.
HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="java&#x09;script:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
    "[d](data:text/html,<script>alert(1)</script>)",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<p style="background:url(https://evil.example/t.png)">styled</p>',
    "<style>@import url(https://evil.example/x.css); p{color:red}</style>",
    '<div style="behavior:url(x.htc)">x</div>',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<math><mtext><img src=x onerror=alert(1)></mtext></math>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<form action="https://evil.example"><input name=x><button>go</button></form>',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<base href="https://evil.example/">',
    '<body onload=alert(1)>text',
    '<p onclick="alert(1)" onmouseover="alert(2)">hover</p>',
    '<details open ontoggle=alert(1)>x</details>',
    '<video><source onerror="alert(1)"></video>',
    '<audio src=x onerror=alert(1)>',
    '<img src="https://tracker.example/pixel.gif">',
    "![pixel](https://tracker.example/pixel.gif)",
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
    "<!--[if IE]><script>alert(1)</script><![endif]-->",
    '<table background="https://evil.example/bg.png"><tr><td>x</td></tr></table>',
    "<template><script>alert(1)</script></template>",
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href=" javascript:alert(1)">space</a>',
    "<<script>script>alert(1)<</script>/script>",
]

ACTIVE_TAGS = {
    "script", "iframe", "object", "embed", "img", "svg", "math", "meta", "form",
    "input", "button", "link", "base", "style", "video", "audio", "source",
    "template", "frame", "frameset", "applet", "body", "html", "head",
}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def active_content(html: str) -> list[str]:
    """Everything in ``html`` that could run code or load something."""
    parser = _Collector()
    parser.feed(html)
    problems: list[str] = []
    for tag, attrs in parser.tags:
        if tag in ACTIVE_TAGS:
            problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "src", "background", "action",
                                                  "formaction", "xlink:href", "srcdoc"}:
                problems.append(f"{tag}[{name}]")
            if name == "href" and value is not None:
                scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
                if scheme and scheme not in {"http", "https", "mailto"}:
                    problems.append(f"{tag}[href={value}]")
    return problems


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_leaves_no_active_content(text: str) -> None:
    html = render_markdown(f"Inledning.\n\n{text}\n\nSlut.")
    assert active_content(html) == []
    assert "javascript:" not in html.lower()
    assert "url(" not in html.lower()


def test_checker_itself_sees_active_content() -> None:
    # guards the battery: if the checker were blind, every case above would pass
    assert active_content('<img src="x" onerror="y">') == ["<img>", "img[src]", "img[onerror]"]
    assert active_content('<a href="javascript:x">a</a>') == ["a[href=javascript:x]"]


def test_web_and_mail_links_stay_links() -> None:
    html = render_markdown("Se [IMY](https://www.imy.se) eller [mejla oss](mailto:dpo@example.se).")
    assert '<a href="https://www.imy.se"' in html
    assert '<a href="mailto:dpo@example.se"' in html
    assert "IMY</a>" in html


def test_in_page_links_kept() -> None:
    assert 'href="#s-1-2"' in render_markdown("Se [avsnitt 1.2](#s-1-2).")


def test_markdown_structure() -> None:
    text = "Stycke med **fet** och *kursiv* text.\n\n- ett\n- två\n\n1. första\n2. andra"
    html = render_markdown(text)
    assert "<strong>fet</strong>" in html and "<em>kursiv</em>" in html
    assert "<ul>" in html and "<li>två</li>" in html
    assert "<ol>" in html and "<li>andra</li>" in html


def test_tables_render() -> None:
    html = render_markdown("| Uppgift | Lagringstid |\n|---|---|\n| Logg | 12 månader |")
    assert "<table>" in html and "<td>12 månader</td>" in html


def test_swedish_text_and_entities_survive() -> None:
    html = render_markdown("Åtkomst & ändring av uppgifter < 5 år")
    assert "Åtkomst &amp; ändring av uppgifter &lt; 5 år" in html


def test_blank_text_renders_nothing() -> None:
    assert render_markdown("") == ""
    assert render_markdown("  \n\n ") == ""


def test_cached_by_content() -> None:
    text = "Cachad text som bara finns i det här testet."
    render_markdown.cache_clear()
    first = render_markdown(text)
    second = render_markdown(text)
    info = render_markdown.cache_info()
    assert first == second
    assert info.hits == 1 and info.misses == 1


def test_sanitize_keeps_ordinary_formatting() -> None:
    assert sanitize("<p><em>a</em> <del>b</del> <ins>c</ins></p>") == (
        "<p><em>a</em> <del>b</del> <ins>c</ins></p>"
    )


def test_sanitize_drops_ids_and_classes() -> None:
    # ids are ours (section anchors); a pasted id could hijack a link target
    assert sanitize('<p id="s-1" class="x">t</p>') == "<p>t</p>"


# --- the plain-text fast path must be indistinguishable from python-markdown ---

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from policyeditor.core.render.markdown_html import (  # noqa: E402
    _plain_fast_path,
    render_markdown_full,
)

_TOKENS = st.sampled_from([
    "ord", "Åtkomst", "ändamål", "ö", "é", " ", " ", "  ", "\n", "\n", "\n\n", "\n\n\n", "- ",
    "\u00a0", "\u3000", "---", "\n---\n", "x.", "\n1. ", "- -",
    "-", "--", "1. ", "2)", "12", ".", ",", ":", ";", "(", ")", '"', "'", "?", "/", "%",
    "\t", "*", "_", "#", "> ", "+ ", "=", "<b>", "&", "http://x.se", "\n- ", "\n  ", "·", "€",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, min_size=1, max_size=40).map("".join))
def test_fast_path_equals_full_markdown(text: str) -> None:
    fast = _plain_fast_path(text)
    if fast is not None and text.strip():
        assert fast == render_markdown_full(text)


def test_fast_path_handles_typical_policy_text() -> None:
    text = (
        "Vi samlar in uppgifter om dig.\nDet gör vi för att leverera tjänsten.\n\n"
        "- E-postadress.\n- Telefonnummer (mobil).\n\nKontakta oss: dpo@example.se."
    )
    fast = _plain_fast_path(text)
    assert fast is not None and fast == render_markdown_full(text)


def test_seed_bodies_render_identically(seed_path) -> None:  # type: ignore[no-untyped-def]
    from policyeditor.core.importing import import_file
    from policyeditor.core.model import iter_sections

    policy = import_file(seed_path).policy
    for body in [policy.preamble, *(s.body for s in iter_sections(policy.sections))]:
        fast = _plain_fast_path(body)
        if fast is not None:
            assert fast == render_markdown_full(body)


def test_a_list_nested_beyond_the_stack_renders_as_plain_paragraphs() -> None:
    # python-markdown recurses per nesting level; the text must still show,
    # and what is rendered afterwards must not be affected.
    ordinary = "Intro\n\n1. **One**\n\n    Text.\n\n    - a\n    - b\n2. **Two**\n"
    before = render_markdown_full(ordinary)
    html = render_markdown_full("Before.\n\n" + "- " * 3000 + "innermost <b>x</b>\n")
    assert render_markdown_full(ordinary) == before
    assert html.startswith("<p>Before.</p>")
    assert "innermost &lt;b&gt;x&lt;/b&gt;" in html and "<b>" not in html
