"""The published HTML page: structure, anchors, version identity, self-containment, safety."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from policyeditor.core.canonical import fingerprint
from policyeditor.core.model import Policy, Section
from policyeditor.core.render.html_export import policy_to_html
from policyeditor.core.render.links import heading_level, section_anchor
from policyeditor.core.render.stamp import VersionStamp
from tests.core.test_render_markdown import HOSTILE, active_content

INLINE = {"a", "span", "strong", "em", "b", "i", "code", "time", "ins", "del", "u", "s"}


class Page(HTMLParser):
    """Collects what the tests look at: tags with attributes, ids, text, nesting."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.text_parts: list[str] = []
        self.stack: list[str] = []
        self.section_parents: dict[str, str | None] = {}
        self.headings_in: dict[str, str] = {}
        self._current_heading: list[str] | None = None
        self._heading_owner: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in INLINE:
            self.text_parts.append(" ")
        values = dict(attrs)
        self.starts.append((tag, values))
        if tag == "section":
            parent = next((s for s in reversed(self.stack) if s.startswith("section#")), None)
            sid = values.get("id") or ""
            self.section_parents[sid] = parent.removeprefix("section#") if parent else None
            self.stack.append(f"section#{sid}")
        else:
            self.stack.append(tag)
        if tag in {"h2", "h3", "h4", "h5", "h6"} and self.stack[-2].startswith("section#"):
            self._current_heading = [tag]
            self._heading_owner = self.stack[-2].removeprefix("section#")

    def handle_endtag(self, tag: str) -> None:
        if tag not in INLINE:
            self.text_parts.append(" ")
        if self._current_heading is not None and tag == self._current_heading[0]:
            assert self._heading_owner is not None
            self.headings_in[self._heading_owner] = (
                tag + ":" + "".join(self._current_heading[1:]).strip()
            )
            self._current_heading = None
        while self.stack:
            top = self.stack.pop()
            if top == tag or top.startswith(tag + "#"):
                break

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)
        if self._current_heading is not None:
            self._current_heading.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.starts if t == tag]

    def meta(self, name: str) -> str | None:
        for attrs in self.all("meta"):
            if attrs.get("name") == name:
                return attrs.get("content")
        return None


def sample_policy() -> Policy:
    return Policy(
        title="Sekretesspolicy",
        language="sv",
        metadata={"last_changed": "2021-01-24", "organisation": "Exempel AB"},
        preamble="När du använder våra tjänster anförtror du oss dina uppgifter.",
        sections=[
            Section("Information som vi samlar in", "Vi samlar in **data**.", [
                Section("Information som du uppger", "E-post och telefon."),
                Section("Information vi får", "Loggar:\n\n- IP-adress\n- Cookies", [
                    Section("Enhetsinformation", "Maskinvarumodell."),
                ]),
            ]),
            Section("Dina rättigheter", "Kontakta [IMY](https://www.imy.se)."),
        ],
    )


def test_structure_and_anchors() -> None:
    page = Page(policy_to_html(sample_policy()))
    assert len(page.all("article")) == 1
    assert page.all("html")[0]["lang"] == "sv"
    assert page.section_parents == {
        "s-1": None, "s-1-1": "s-1", "s-1-2": "s-1", "s-1-2-1": "s-1-2", "s-2": None,
    }
    assert page.headings_in["s-1"] == "h2:1 Information som vi samlar in"
    assert page.headings_in["s-1-2"] == "h3:1.2 Information vi får"
    assert page.headings_in["s-1-2-1"] == "h4:1.2.1 Enhetsinformation"
    assert page.headings_in["s-2"] == "h2:2 Dina rättigheter"


def test_table_of_contents_links_every_section() -> None:
    page = Page(policy_to_html(sample_policy()))
    navs = page.all("nav")
    assert len(navs) == 1
    hrefs = [a.get("href") or "" for a in page.all("a")]
    toc_links = [h for h in hrefs if h.startswith("#")]
    assert toc_links == ["#s-1", "#s-1-1", "#s-1-2", "#s-1-2-1", "#s-2"]
    ids = {attrs.get("id") for _, attrs in page.starts}
    assert all(link[1:] in ids for link in toc_links)
    assert "Innehåll" in page.text


def test_english_policy_has_english_words() -> None:
    policy = sample_policy()
    policy.language = "en"
    page = Page(policy_to_html(policy, notice="We now keep logs for 12 months."))
    assert page.all("html")[0]["lang"] == "en"
    assert "Contents" in page.text and "What has changed" in page.text
    assert "Last changed 2021-01-24" in page.text and "Draft" in page.text


def test_version_label_fingerprint_and_date_in_page_and_meta() -> None:
    policy = sample_policy()
    stamp = VersionStamp("2.0", fingerprint(policy), "2024-03-05T10:11:12", "published")
    page = Page(policy_to_html(policy, version=stamp))
    assert "Version 2.0" in page.text
    assert "Status publicerad" in page.text
    assert stamp.fingerprint in page.text
    assert "Senast ändrad 2021-01-24" in page.text
    assert page.meta("policy-version") == "2.0"
    assert page.meta("policy-fingerprint") == stamp.fingerprint
    assert page.meta("policy-last-changed") == "2021-01-24"
    assert page.meta("author") == "Exempel AB"
    assert (page.meta("generator") or "").startswith("PolicyEditor ")
    assert page.all("title") and "Sekretesspolicy" in page.text


def test_draft_says_draft_with_its_own_fingerprint() -> None:
    policy = sample_policy()
    page = Page(policy_to_html(policy))
    assert "Version Utkast" in page.text
    assert page.meta("policy-fingerprint") == fingerprint(policy)


def test_last_changed_falls_back_to_version_date() -> None:
    policy = sample_policy()
    del policy.metadata["last_changed"]
    stamp = VersionStamp("3", fingerprint(policy), "2025-06-01T08:00:00", "approved")
    assert Page(policy_to_html(policy, version=stamp)).meta("policy-last-changed") == "2025-06-01"


def test_release_notice_only_when_given() -> None:
    assert "Vad har ändrats" not in policy_to_html(sample_policy())
    page = Page(policy_to_html(sample_policy(), notice="Nytt avsnitt om **lagring**."))
    assert "Vad har ändrats Nytt avsnitt om lagring." in page.text
    assert len(page.all("aside")) == 1


def test_self_contained_no_remote_references() -> None:
    html = policy_to_html(sample_policy(), notice="[länk](https://example.se)")
    page = Page(html)
    for tag in ("script", "img", "link", "iframe", "object", "embed"):
        assert page.all(tag) == [], tag
    for _tag, attrs in page.starts:
        assert "src" not in attrs
    # the only remote URLs are ordinary links written in the policy text
    style = html.split("<style>")[1].split("</style>")[0]
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    assert "://" not in style
    assert [a["href"] for a in page.all("a") if "//" in (a.get("href") or "")] == [
        "https://example.se", "https://www.imy.se",
    ]
    csp = [m for m in page.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")


def test_print_and_phone_css_present() -> None:
    html = policy_to_html(sample_policy())
    assert "@media print" in html and "@media (max-width" in html
    assert 'name="viewport"' in html


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_anywhere_leaves_no_active_content(hostile: str) -> None:
    policy = Policy(
        title=f"T {hostile}",
        language="sv",
        metadata={"last_changed": hostile, "organisation": hostile},
        preamble=hostile,
        sections=[Section(hostile, hostile, [Section("ok", f"text {hostile} text")])],
    )
    page = policy_to_html(policy, notice=hostile)
    # the page's own <meta> tags are allowed; everything inside <body> must be inert
    body = page.split("<body>", 1)[1]
    assert active_content(body) == []
    head = page.split("<body>", 1)[0]
    head_tags = {tag for tag, _ in Page(head).starts}
    assert head_tags <= {"html", "head", "meta", "title", "style"}
    assert not any(
        attrs.get("http-equiv") == "refresh" for attrs in Page(head).all("meta")
    )


def test_hostile_language_code_cannot_break_out() -> None:
    policy = Policy(title="x", language='sv"><script>alert(1)</script>')
    page = Page(policy_to_html(policy))
    assert page.all("script") == []


def test_anchor_helpers() -> None:
    assert section_anchor("1.2.1") == "s-1-2-1"
    assert section_anchor("7") == "s-7"
    assert [heading_level(d) for d in range(6)] == [2, 3, 4, 5, 6, 6]


def test_seed_exports(seed_path: Path) -> None:
    importing = pytest.importorskip("policyeditor.core.importing")
    if not hasattr(importing, "import_file"):
        pytest.skip("importer not landed yet")
    policy = importing.import_file(seed_path).policy
    page = Page(policy_to_html(policy))
    assert page.all("html")[0]["lang"] == "sv"
    assert len(page.all("section")) == sum(1 for _ in _walk(policy.sections))
    assert "Information som vi samlar in" in page.text
    assert "Hotjar" in page.text


def _walk(sections: list[Section]):  # type: ignore[no-untyped-def]
    for s in sections:
        yield s
        yield from _walk(s.children)


def test_same_text_same_page() -> None:
    # publishing pipelines diff exported files: output depends only on the content
    first = sample_policy()
    second = sample_policy()  # fresh section ids
    assert policy_to_html(first) == policy_to_html(second)
