"""Draft release notices ("What has changed") from a comparison and its flags."""

from __future__ import annotations

from pathlib import Path

from policyeditor.core.compare import compare
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.importing import import_file, import_text
from policyeditor.core.model import Section
from policyeditor.core.release_notice import draft_notice
from policyeditor.core.render.html_export import policy_to_html


def _compared(old_text: str, new_text: str, language: str):  # type: ignore[no-untyped-def]
    old = import_text(old_text, language=language).policy
    new = import_text(new_text, language=language).policy
    comparison = compare(old, new)
    comparison.flags = list(detect_flags(comparison).flags)
    return comparison


def test_swedish_notice_names_each_substantive_change(seed_path: Path) -> None:
    seed = import_file(seed_path).policy
    new = seed.clone()
    sharing = next(s for s in new.sections if s.heading == "Information som vi delar")
    sharing.body = sharing.body.replace("Vi delar inte", "Vi delar")
    new.sections.append(Section(heading="Överföring till tredje land",
                                body="Vi kan överföra personuppgifter till USA."))
    comparison = compare(seed, new)
    comparison.flags = list(detect_flags(comparison).flags)
    notice = draft_notice(comparison)
    assert notice.startswith("Vi har uppdaterat ”Sekretesspolicy”. De viktigaste ändringarna:")
    assert "- Avsnitt 6 (Information som vi delar): vi har ändrat" in notice
    assert "- Nytt avsnitt 9 (Överföring till tredje land): " in notice
    assert "vi har ändrat hur personuppgifter överförs till andra länder" in notice
    assert "Avsnitt 1 " not in notice  # untouched sections are not mentioned


def test_english_notice_for_a_retention_change_and_a_removed_section() -> None:
    old = ("# Privacy\n\n## Retention\n\nWe keep data for 6 months.\n\n"
           "## Children\n\nWe do not collect data from children under 13.\n")
    new = "# Privacy\n\n## Retention\n\nWe keep data for 24 months.\n"
    notice = draft_notice(_compared(old, new, "en"))
    assert notice.startswith("We have updated “Privacy”. The most important changes:")
    assert "we have changed how long we keep personal data" in notice
    assert "- Section 2 (Children) has been removed." in notice


def test_editorial_changes_give_a_short_reassuring_notice() -> None:
    old = "# Privacy\n\n## Contact\n\nWrite to us at the adress below.\n"
    new = "# Privacy\n\n## Contact\n\nWrite to us at the address below.\n"
    notice = draft_notice(_compared(old, new, "en"))
    assert "editorial" in notice and "- " not in notice


def test_notice_is_printed_at_the_top_of_the_exported_page(seed_path: Path) -> None:
    seed = import_file(seed_path).policy
    page = policy_to_html(seed, notice="Vi har uppdaterat policyn.\n\n- Ny lagringstid.")
    assert page.index("Vad har ändrats") < page.index("Information som vi samlar in")
    assert "Ny lagringstid." in page


def test_notice_for_a_saved_version_covers_the_changes_since_publication(
    seed_path: Path, tmp_path: Path
) -> None:
    from policyeditor.core.release_notice import draft_notice_for_version
    from policyeditor.core.workspace import Workspace

    seed = import_file(seed_path).policy
    with Workspace.create(tmp_path / "ws.policy", seed) as ws:
        ws.save_version("1.0")
        assert draft_notice_for_version(ws, "1.0") == ""  # a first version announces nothing
        ws.publish("1.0")
        draft = ws.load_draft()
        draft.sections[5].body += "\n\nVi sparar dina uppgifter i 36 månader."
        ws.save_draft(draft)
        ws.save_version("1.1")
        notice = draft_notice_for_version(ws, "1.1")
    bullets = [line for line in notice.splitlines() if line.startswith("- ")]
    assert bullets == [
        "- Avsnitt 6 (Information som vi delar): vi har ändrat hur länge vi sparar personuppgifter."
    ]
