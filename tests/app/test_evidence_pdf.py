"""The evidence pack's PDF: each flag with its resolution, parts on their own pages,
the document's language, and nothing written for a version that is not published."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from policyeditor.app.services import publishing, review
from policyeditor.core.model import Policy, Section
from policyeditor.core.review.flagged import flagged_comparison
from policyeditor.core.review.states import review_states
from policyeditor.core.workspace import Workspace
from policyeditor.core.workspace.errors import VersionNotPublished


def _policy(body: str, language: str = "sv", kept: str = "ett år") -> Policy:
    return Policy(title="Integritetspolicy", language=language,
                  sections=[Section(heading="Delning", body=body, id="s1"),
                            Section(heading="Lagring", body=f"Vi sparar uppgifterna i {kept}.",
                                    id="s2")])


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """1.0 published; 2.0 (a negation dropped, a longer retention: two flags) saved."""
    workspace = Workspace.create(tmp_path / "audit.policy",
                                 _policy("Vi delar inte personuppgifter med andra."))
    workspace.save_version("1.0", author="Anna")
    workspace.publish("1.0", author="Anna")
    workspace.save_draft(_policy("Vi delar personuppgifter med andra.", kept="fem år"))
    workspace.save_version("2.0", author="Anna")
    yield workspace
    workspace.close()


def _pages(pdf: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


def test_each_flag_shows_its_sign_off_or_the_override_reason(ws: Workspace,
                                                             tmp_path: Path) -> None:
    comparison = flagged_comparison(ws.load_version("1.0"), ws.load_version("2.0")).comparison
    states = review_states(comparison, [])
    assert len(states) >= 2
    first, second = states[0], states[1]
    review.acknowledge(ws, comparison, first.flag, first.key, reviewer="Cecilia",
                       comment="Avtal med mottagaren finns.")
    # a sign-off given, then withdrawn: the pack keeps both (the flag is open again)
    review.acknowledge(ws, comparison, second.flag, second.key, reviewer="David",
                       comment="Ser bra ut.")
    review.withdraw_acknowledgement(ws, comparison, second.flag, second.key, reviewer="Eva",
                                    comment="Avtalet är inte undertecknat.")
    ws.publish("2.0", author="Anna", override_reason="Beslut av ledningsgruppen")
    pack = tmp_path / "pack.pdf"
    publishing.write_evidence_pack(ws, "2.0", pack)
    pages = _pages(pack)
    text = " ".join(pages)
    assert "Kvitterad av Cecilia" in text and "Avtal med mottagaren finns." in text
    assert "Inte kvitterad; publicerad med skälet: Beslut av ledningsgruppen" in text
    assert "Flagga kvitterad" in text  # the sign-off is an event of the timeline
    assert ("Tidigare: Kvitterad av David" in text
            and "Kvittering återtagen av Eva" in text and "Avtalet är inte undertecknat." in text)
    # the cover stands alone; the timeline, the text and the redline each start a page
    starts = pages[1:]  # pypdf reads the running header after the page's text
    assert pages[0].startswith("Revisionsunderlag Integritetspolicy")
    assert any(s.startswith("Händelseförlopp") for s in starts)
    assert any(s.startswith("Den publicerade texten") for s in starts)
    assert any(s.startswith("Ändringar mot version 1.0") for s in starts)


def test_an_english_policy_gets_an_english_pack(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "en.policy", _policy("We never sell data.", "en")) as ws:
        ws.save_version("1.0", author="Ann")
        ws.publish("1.0", author="Ann")
        pack = tmp_path / "en.pdf"
        publishing.write_evidence_pack(ws, "1.0", pack)
    text = " ".join(_pages(pack))
    assert "Evidence pack" in text and "How to verify the fingerprint" in text
    assert "none: this is the first published version" in text


def test_a_version_not_published_is_refused_before_anything_is_written(
    ws: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(VersionNotPublished) as refused:
        publishing.write_evidence_pack(ws, "2.0", tmp_path / "pack.pdf")
    assert refused.value.code == "version.not-published"
    assert refused.value.params["label"] == "2.0"
    assert not list(tmp_path.glob("*.pdf*")) and not list(tmp_path.glob(".*.part"))


def test_the_pack_has_every_word_in_swedish_and_english() -> None:
    from policyeditor.core.render.evidence.words import keys, languages

    assert set(languages()) == {"en", "sv"}
    assert keys("sv") == keys("en")
