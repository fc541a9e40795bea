"""Issue 15: each kind of real revision the flags must read right, in Swedish and English.

Every test compares small before/after texts and checks what a reviewer sees
(one flag per change): the category and severity of the flag, and that no
other medium or high flag is raised.
"""

from __future__ import annotations

import pytest

from policyeditor.core.compare import compare
from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.flags.merge import every_flag
from policyeditor.core.model import Policy, Section
from tests.core.flag_cases.pairs import merged


def _loud(found: list[Flag]) -> list[Flag]:
    return [f for f in found if f.severity in ("medium", "high")]


def _only(found: list[Flag], category: str, severity: str) -> Flag:
    """The one medium/high flag, in ``category`` with at least ``severity``."""
    loud = _loud(found)
    assert len(loud) == 1, [(f.rule, f.category, f.severity, f.secondary) for f in found]
    flag = loud[0]
    assert flag.category == category, (flag.rule, flag.category, flag.secondary)
    assert severity == "medium" or flag.severity == "high", (flag.rule, flag.severity)
    return flag


def _quiet(found: list[Flag]) -> None:
    assert not _loud(found), [(f.rule, f.category, f.severity) for f in found]


# --- who is responsible ---------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Personuppgiftsansvarig för behandlingen är Alfa Data AB.",
     "Personuppgiftsansvarig för behandlingen är Beta Moln AB."),
    ("en", "The controller of your personal data is Alpha Ltd, London.",
     "The controller of your personal data is Beta Ltd, London."),
    ("sv", "Vårt dataskyddsombud är Anna Berg på Juristbyrån Lex.",
     "Vårt dataskyddsombud är Per Ek på Dataskydd Norden."),
    ("en", "Our representative in the EU is Telegram UK Holdings Ltd.",
     "Our representative in the EU is European Data Protection Office."),
])
def test_a_controller_or_representative_replaced_is_a_high_controller_flag(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    flag = _only(found, "controller", "high")
    # the new company is the responsible one, not a new recipient
    assert "recipients" not in flag.secondary
    assert not any(f.category == "recipients" for f in every_flag(found))


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi svarar på frågor om dataskydd.",
     "Vi svarar på frågor om dataskydd. Vårt dataskyddsombud är Eva Lind på Ombudsbyrån Norr."),
    ("en", "We answer questions about privacy.",
     "We answer questions about privacy. Our data protection officer is Ametros Group Ltd."),
])
def test_a_data_protection_officer_named_is_a_high_controller_flag(
        language: str, old: str, new: str) -> None:
    _only(merged(old, new, language), "controller", "high")


# --- rights ---------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Du kan göra följande:\n\n- välja vad som visas i din profil\n"
     "- hämta ut information om dina sparade uppgifter\n",
     "Du kan göra följande:\n\n- välja vad som visas i din profil\n"),
    ("en", "You can do the following:\n\n- choose what your profile shows\n"
     "- download a copy of the information we hold about you\n",
     "You can do the following:\n\n- choose what your profile shows\n"),
])
def test_a_right_struck_from_the_list_of_rights_is_high(
        language: str, old: str, new: str) -> None:
    _only(merged(old, new, language), "rights", "high")


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Du har rätt att komma åt dina uppgifter.",
     "Om du är bosatt i Sverige har du rätt att komma åt dina uppgifter."),
    ("en", "You may request access to your data.",
     "If you are a resident of California, you may request access to your data."),
])
def test_a_right_narrowed_by_a_new_condition_is_a_rights_flag(
        language: str, old: str, new: str) -> None:
    _only(merged(old, new, language), "rights", "high")


# --- purposes -------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi använder dina samtal för att förbättra tjänsten.",
     "Vi använder dina samtal för att förbättra tjänsten och för att träna våra AI-modeller."),
    ("en", "We use your conversations to improve the service.",
     "We use your conversations to improve the service and to train our AI models."),
])
def test_training_ai_models_is_a_new_purpose_not_automated_decisions(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    _only(found, "purposes", "high")
    assert not any(f.category == "automated-decisions" for f in every_flag(found))


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Du kan ställa frågor till vår kundtjänst.",
     "Du kan ställa frågor till vår kundtjänst eller till AI Hjälpen."),
    ("en", "You can ask our support team questions.",
     "You can ask our support team or the AI Helper questions."),
])
def test_ai_named_alone_is_not_automated_decision_making(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    assert not any(f.category == "automated-decisions" for f in every_flag(found))


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi sparar dina samtal för att besvara dina frågor.",
     "Vi sparar dina samtal för att besvara dina frågor och för att hjälpa dig att planera "
     "din dag."),
    ("en", "We keep your conversations to answer your questions.",
     "We keep your conversations to answer your questions and to help you plan your day."),
])
def test_a_purpose_added_without_a_keyword_is_a_purposes_flag(
        language: str, old: str, new: str) -> None:
    _only(merged(old, new, language), "purposes", "medium")


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Röstfunktionen är valfri.",
     "Röstfunktionen är valfri. Vi stöder oss på ditt samtycke för röstfunktionen."),
    ("en", "The voice feature is optional.",
     "The voice feature is optional. We rely on your consent for the voice feature."),
])
def test_relying_on_consent_is_a_legal_basis_flag(language: str, old: str, new: str) -> None:
    _only(merged(old, new, language), "legal-basis", "medium")


# --- direction ------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi visar inte personanpassade annonser.", "Vi visar annonser utifrån din region."),
    ("en", "We do not show personalised ads.", "We show ads based on your region."),
])
def test_ads_added_and_a_denial_removed_are_reported_as_added(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    flag = _only(found, "polarity", "high")
    assert "purposes" in flag.secondary
    every = every_flag(found)
    # upward: the promise went, advertising came; nothing says ads were removed
    assert any(f.category == "purposes" and f.rule.endswith("-added") for f in every)
    assert not any(f.category == "purposes" and f.rule.endswith("-removed") for f in every)
    assert any(f.rule == "negation-removed" for f in every)


# --- names that are not parties ---------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Med Assistenten kan du planera resor. Assistenten sparar dina frågor.",
     "Med Hjälpappar kan du planera resor. Hjälpappar sparar dina frågor."),
    ("en", "With Assistant you can plan trips. Assistant stores your requests.",
     "With Helper Apps you can plan trips. Helper Apps stores your requests."),
])
def test_a_product_renamed_one_for_one_is_no_new_party(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    _quiet(found)
    assert any(f.rule == "renamed" and f.severity == "low" for f in found)


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Du ändrar dina val i inställningarna.",
     "Du ändrar dina val i [Annonsval och spårning](https://exempel.se/val)."),
    ("en", "You change your choices in Settings.",
     "You change your choices in Ad Preferences Hub."),
    ("en", "The app works with your phone.", "The app works with Fitness Tracker Pro."),
])
def test_cue_words_inside_setting_product_or_link_names_raise_nothing(
        language: str, old: str, new: str) -> None:
    _quiet(merged(old, new, language))


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vårt kontor ligger i Göteborg.", "Vårt kontor ligger i Malmö."),
    ("en", "Our office is in Leeds.", "Our office is in Bristol."),
])
def test_a_place_renamed_outside_any_transfer_is_no_new_party(
        language: str, old: str, new: str) -> None:
    _quiet(merged(old, new, language))


# --- structure noise -------------------------------------------------------------

def _with_preamble(preamble: str, language: str) -> Policy:
    sections = [
        Section(heading="Insamling" if language == "sv" else "Collection", id="s1",
                body="Vi samlar in din e-postadress." if language == "sv"
                else "We collect your email address."),
        Section(heading="Barn" if language == "sv" else "Children", id="s2",
                body="Tjänsten riktar sig inte till barn." if language == "sv"
                else "The service is not meant for children."),
        Section(heading="Lagring" if language == "sv" else "Retention", id="s3",
                body="Vi sparar uppgifterna i ett år." if language == "sv"
                else "We keep the data for one year."),
    ]
    return Policy(title="Policy", language=language, preamble=preamble, sections=sections)


@pytest.mark.parametrize("language, banner", [
    ("sv", "_Den här policyn gäller från den 1 mars 2025 för nya användare och från den "
     "1 april 2025 för befintliga användare._\n\nDin integritet är viktig för oss."),
    ("en", "_This Policy takes effect on 14 August 2025 for new users. It takes effect for "
     "existing users on 15 September 2025._\n\nYour privacy matters to us."),
])
def test_a_dated_banner_removed_raises_nothing(language: str, banner: str) -> None:
    kept = banner.split("\n\n", 1)[1]
    found = detect_flags(compare(_with_preamble(banner, language),
                                 _with_preamble(kept, language))).flags
    _quiet(found)


@pytest.mark.parametrize("language, contents", [
    ("sv", "Innehåll:\n\n- Insamling\n- Barn\n- Lagring\n\nDin integritet är viktig för oss."),
    ("en", "Contents:\n\n- Collection\n- Children\n- Retention\n\nYour privacy matters to us."),
])
def test_a_table_of_contents_removed_raises_no_children_or_retention_flag(
        language: str, contents: str) -> None:
    kept = contents.split("\n\n")[-1]
    found = detect_flags(compare(_with_preamble(contents, language),
                                 _with_preamble(kept, language))).flags
    _quiet(found)


@pytest.mark.parametrize("language, old, new", [
    ("sv", ["Vi delar inte dina uppgifter med annonsörer. Vi sparar dem i ett år.",
            "Du kan kontakta oss."],
     ["Vi sparar dem i ett år.",
      "Vi delar inte dina uppgifter med annonsörer. Du kan kontakta oss."]),
    ("en", ["We do not share your data with advertisers. We keep it for a year.",
            "You can contact us."],
     ["We keep it for a year.",
      "We do not share your data with advertisers. You can contact us."]),
])
def test_a_sentence_moved_to_another_section_raises_nothing(
        language: str, old: list[str], new: list[str]) -> None:
    _quiet(merged(old, new, language))


# --- exceptions and scope ------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi använder inte ditt innehåll för att förbättra våra modeller om du har "
     "Pro eller Business.",
     "Vi använder inte ditt innehåll för att förbättra våra modeller om du har Business."),
    ("en", "We do not use your content to improve our models if you use the Pro or "
     "Business plan.",
     "We do not use your content to improve our models if you use the Business plan."),
])
def test_an_exception_that_covers_less_widens_the_processing(
        language: str, old: str, new: str) -> None:
    _only(merged(old, new, language), "polarity", "high")


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Om du bor utanför EU, delar vi dina uppgifter med våra partner.",
     "Vi delar dina uppgifter med våra partner."),
    ("en", "Outside the EU, we share your data with our partners.",
     "We share your data with our partners."),
])
def test_a_carve_out_deleted_changes_who_the_rule_applies_to(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    flag = _only(found, "polarity", "high")
    assert flag.rule.startswith("exception-scope")
    assert not any(f.category == "transfers" and f.severity != "low" for f in every_flag(found))


# --- places ----------------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Du kan avregistrera dig via e-post.",
     "Om du bor i USA kan du avregistrera dig via e-post."),
    ("en", "You can opt out by email.",
     "If you live in the United States, you can opt out by email."),
])
def test_a_country_named_where_no_data_goes_is_no_transfer(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    assert not any(f.category == "transfers" for f in every_flag(found))


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Uppgifterna lagras i USA och Kanada.", "Uppgifterna lagras i USA."),
    ("en", "Data is stored in the United States and Canada.",
     "Data is stored in the United States."),
])
def test_a_country_still_named_after_an_edit_has_not_been_removed(
        language: str, old: str, new: str) -> None:
    found = merged(old, new, language)
    assert not any(f.category == "transfers" and f.severity != "low"
                   for f in every_flag(found))


# --- data categories ----------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new, severity", [
    ("sv", "När du registrerar dig samlar vi in namn och e-postadress.",
     "När du registrerar dig samlar vi in namn, e-postadress och ungefärlig position.",
     "medium"),
    ("en", "When you register we collect your name and email address.",
     "When you register we collect your name, email address and general location.", "medium"),
    ("sv", "När du registrerar dig samlar vi in namn och e-postadress.",
     "När du registrerar dig samlar vi in namn, e-postadress och en ansiktsbild.", "high"),
    ("en", "When you register we collect your name and email address.",
     "When you register we collect your name, email address and a photo of your face.", "high"),
])
def test_data_named_in_a_new_place_is_a_data_categories_flag(
        language: str, old: str, new: str, severity: str) -> None:
    _only(merged(old, new, language), "data-categories", severity)


# --- one security measure named instead of another --------------------------------

@pytest.mark.parametrize("language, old, new, removed", [
    ("sv", "Vi krypterar många av våra tjänster med SSL.",
     "Vi krypterar alla våra tjänster med TLS.", "Vi krypterar våra tjänster."),
    ("en", "We encrypt many of our services with SSL.",
     "We encrypt all of our services with TLS.", "We protect our services."),
])
def test_a_security_measure_swapped_for_another_is_low_but_one_removed_stays_high(
        language: str, old: str, new: str, removed: str) -> None:
    swapped = [f for f in merged(old, new, language) if f.category == "security"]
    assert [(f.severity, f.rule) for f in swapped] == [("low", "security-replaced")]
    assert "“ssl” → “tls”" in swapped[0].explanation
    gone = [f for f in merged(old, removed, language) if f.category == "security"]
    assert [f.severity for f in gone] == ["high"]


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi krypterar dina uppgifter. Vi sparar dem i Sverige.",
     "Vi sparar dem i Sverige. Vi har en brandvägg."),
    ("en", "We encrypt your data. We keep it in Sweden.",
     "We keep it in Sweden. We have a firewall."),
])
def test_a_measure_removed_in_one_sentence_and_another_added_elsewhere_stays_high(
        language: str, old: str, new: str) -> None:
    security = [f for f in merged(old, new, language) if f.category == "security"]
    assert "high" in {f.severity for f in security}
    assert not any(f.rule == "security-replaced" for f in security)
