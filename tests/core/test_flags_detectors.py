"""Each detector on small before/after texts, in Swedish and in English."""

from __future__ import annotations

import math

import pytest

from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.durations import periods
from tests.core.flag_cases.pairs import flags, rules_of, significant


def _one(found: list[Flag], rule: str) -> Flag:
    matching = [f for f in found if f.rule == rule]
    assert len(matching) == 1, [(f.rule, f.severity) for f in found]
    return matching[0]


# --- cue words added or removed -------------------------------------------------

@pytest.mark.parametrize("language, old, new, rule, severity", [
    ("sv", "Vi sparar dina uppgifter.", "Vi sparar och delar dina uppgifter.",
     "sharing-added", "high"),
    ("en", "We keep your data.", "We keep and share your data.", "sharing-added", "high"),
    ("sv", "Vi lämnar ut uppgifter till myndigheter.", "Vi sparar uppgifter hos oss.",
     "sharing-removed", "medium"),
    ("sv", "Uppgifterna lagras i Sverige.", "Uppgifterna lagras i USA.",
     "third-country-added", "high"),
    ("en", "Data is stored in Ireland.", "Data is stored outside the EEA.",
     "third-country-added", "high"),
    ("sv", "Vi behandlar namn och adress.", "Vi behandlar namn, adress och hälsouppgifter.",
     "special-categories-added", "high"),
    ("en", "We process your name.", "We process your name and biometric data.",
     "special-categories-added", "high"),
    ("sv", "Vi behandlar namn och adress.", "Vi behandlar namn, adress och personnummer.",
     "national-id-added", "high"),
    ("sv", "Vi skickar kvitton.", "Vi skickar kvitton och marknadsföring.",
     "marketing-added", "medium"),
    ("en", "We process data to run the service.", "We process data based on your consent.",
     "consent-added", "medium"),
    ("sv", "Vi behandlar uppgifterna med ditt samtycke.", "Vi behandlar uppgifterna.",
     "consent-removed", "high"),
    ("en", "You have the right to erasure of your data.", "You can ask us about your data.",
     "rights-removed", "high"),
    ("sv", "Vi skyddar data med kryptering.", "Vi skyddar data.", "security-removed", "high"),
    ("en", "We use session storage.", "We use cookies and pixels.", "tracking-added", "medium"),
    ("sv", "Tjänsten är öppen för alla.", "Tjänsten är öppen för barn under 13 år.",
     "children-added", "medium"),
    ("en", "We may update this policy.", "We may update this policy and notify you by email of "
     "changes.", "change-notice-added", "medium"),
])
def test_cue_words_added_or_removed(language: str, old: str, new: str, rule: str,
                                    severity: str) -> None:
    flag = _one(flags(old, new, language), rule)
    assert flag.severity == severity
    assert flag.section == "1" and flag.section_id == "s1"


def test_inflected_forms_of_the_same_cue_are_no_change() -> None:
    assert not significant(flags("Vi delar uppgifterna.", "Vi delade uppgifterna."))
    assert not significant(flags("We share the data.", "We shared the data.", "en"))


def test_sentences_reordered_within_a_section_stay_quiet() -> None:
    old = "Vi delar uppgifter med partner. Vi sparar dem i USA. Du kan ge samtycke."
    new = "Du kan ge samtycke. Vi sparar dem i USA. Vi delar uppgifter med partner."
    assert not significant(flags(old, new))


def test_a_sentence_moved_to_another_section_stays_quiet() -> None:
    old = ["Vi delar uppgifter med partner i USA.", "Du har rätt till registerutdrag."]
    new = ["Vi hanterar uppgifter.", "Du har rätt till registerutdrag. Vi delar uppgifter med "
           "partner i USA."]
    old[0] = "Vi hanterar uppgifter. " + old[0]
    assert not significant(flags(old, new))


def test_a_typo_fixed_in_a_cue_word_stays_quiet() -> None:
    assert not significant(flags("Vi behöver ditt samtyke.", "Vi behöver ditt samtycke."))
    assert not significant(flags("We need your consnet.", "We need your consent.", "en"))


def test_evidence_shows_the_changed_words_and_explanations_both_languages() -> None:
    flag = _one(flags("Vi sparar dina uppgifter.", "Vi sparar och säljer dina uppgifter."),
                "selling-added")
    assert "säljer" in flag.evidence and "→" in flag.evidence
    assert flag.explanation == flag.explanations["sv"]
    assert flag.explanation.startswith("Tillkommit: “sälj”")
    assert flag.explanations["en"].startswith("Added: “sälj”")
    english = _one(flags("We keep your data.", "We keep and sell your data.", "en"),
                   "selling-added")
    assert english.explanation == english.explanations["en"]


# --- polarity ------------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi delar inte dina uppgifter med andra.", "Vi delar dina uppgifter med andra."),
    ("sv", "Om vi inte delar dina uppgifter sparas de här.",
     "Om vi delar dina uppgifter sparas de här."),
    ("sv", "Vi säljer aldrig uppgifter.", "Vi säljer uppgifter."),
    ("en", "We do not sell your data.", "We sell your data."),
    ("en", "We don't share your data.", "We share your data."),
    ("en", "We share data only with processors.", "We share data with processors."),
])
def test_a_negation_or_restrictor_removed_is_high(language: str, old: str, new: str) -> None:
    found = flags(old, new, language)
    polarity = [f for f in found if f.category == "polarity"]
    assert [f.severity for f in polarity] == ["high"]


def test_negation_removed_also_counts_the_sentence_cues_as_added() -> None:
    found = flags("We do not share your data with advertisers.",
                  "We share your data with advertisers.", "en")
    assert {"negation-removed", "sharing-added"} <= rules_of(found)


def test_a_cue_freed_by_a_removed_negation_names_the_negation_not_the_cue() -> None:
    # the reviewer's case: "Vi delar inte" → "Vi delar"; "delar" was there before and after
    found = flags("Vi delar inte personuppgifter med andra företag.",
                  "Vi delar personuppgifter med andra företag.")
    sharing = _one(found, "sharing-added")
    assert sharing.explanations["sv"].startswith("Borttaget: “inte”, så att “dela” nu gäller.")
    assert sharing.explanations["en"].startswith("Removed: “inte”, so “dela” now applies.")
    assert "Tillkommit" not in sharing.explanation
    english = _one(flags("We do not share your data with advertisers.",
                         "We share your data with advertisers.", "en"), "sharing-added")
    assert english.explanation.startswith("Removed: “not”, so “shar")


def test_a_cue_denied_by_an_added_negation_names_the_negation() -> None:
    found = flags("Vi delar dina uppgifter med annonsörer.",
                  "Vi delar inte dina uppgifter med annonsörer.")
    sharing = _one(found, "sharing-removed")
    assert sharing.explanation.startswith("Tillkommit: “inte”, så att “dela” inte längre gäller.")
    assert sharing.explanations["en"].startswith("Added: “inte”, so “dela” no longer applies.")


def test_a_cue_really_added_beside_a_freed_one_is_named_as_added() -> None:
    found = flags("Vi delar inte uppgifter.", "Vi delar uppgifter och överför dem.")
    sharing = _one(found, "sharing-added")
    assert sharing.explanation.startswith(
        "Tillkommit: “överför”. Borttaget: “inte”, så att “dela” nu gäller.")


def test_negation_added_is_medium() -> None:
    found = flags("Vi delar dina uppgifter.", "Vi delar inte dina uppgifter.")
    assert _one(found, "negation-added").severity == "medium"


@pytest.mark.parametrize("language, old, new", [
    # Swedish: "inte" after the finite verb in a main clause, before it in a subordinate one
    ("sv", "Vi delar inte dina uppgifter om du inte vill.",
     "Om du inte vill delar vi inte dina uppgifter."),
    ("sv", "Vi delar inte dina uppgifter.", "Vi delar aldrig dina uppgifter."),
    ("en", "We do not share data.", "We never share data."),
    ("en", "We do not sell data.", "We don't sell data."),
])
def test_negation_moved_or_reworded_is_not_a_polarity_change(language: str, old: str,
                                                            new: str) -> None:
    assert not [f for f in flags(old, new, language) if f.category == "polarity"]


def test_not_limited_to_is_a_hedge_not_a_negation() -> None:
    found = flags("We collect your name and email.",
                  "We collect data including but not limited to your name and email.", "en")
    assert "negation-added" not in rules_of(found)
    assert "hedge-added" in rules_of(found)


# --- modality --------------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new, rule", [
    ("sv", "Vi kan dela uppgifter med polisen.", "Vi ska dela uppgifter med polisen.",
     "modality-stronger"),
    ("sv", "Vi kan dela uppgifter med polisen.", "Vi kommer att dela uppgifter med polisen.",
     "modality-stronger"),
    ("sv", "Vi måste radera uppgifterna.", "Vi kan radera uppgifterna.", "modality-weaker"),
    ("en", "We may disclose data to the police.", "We will disclose data to the police.",
     "modality-stronger"),
    ("en", "We will delete the data.", "We may delete the data.", "modality-weaker"),
])
def test_modal_strength_changed_is_medium(language: str, old: str, new: str, rule: str) -> None:
    flag = _one(flags(old, new, language), rule)
    assert flag.severity == "medium" and flag.category == "modality"


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Uppgifterna skall raderas.", "Uppgifterna ska raderas."),
    ("sv", "Ändringar kommer att publiceras här.", "Ändringar ska publiceras här."),
    ("en", "We shall delete the data.", "We will delete the data."),
])
def test_modal_spelling_or_synonyms_stay_quiet(language: str, old: str, new: str) -> None:
    assert not significant(flags(old, new, language))


def test_hedges_widen_a_list_and_abbreviations_do_not() -> None:
    assert "hedge-added" in rules_of(flags("Vi samlar in namn och adress.",
                                           "Vi samlar bland annat in namn och adress."))
    assert "hedge-added" in rules_of(flags("We collect your name and email.",
                                           "We collect data such as your name and email.", "en"))
    assert not significant(flags("Vi samlar in data, t.ex. namn.",
                                 "Vi samlar in data, till exempel namn."))
    assert not significant(flags("We collect data, e.g. names.",
                                 "We collect data, for example names.", "en"))


# --- durations ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("sparas i 30 dagar", [30.0]),
    ("sparas i tre månader", [91.25]),
    ("sparas i två år", [730.0]),
    ("kept for 24 months", [730.0]),
    ("kept for thirty (30) days", [30.0]),
    ("retained for one year and then six weeks", [365.0, 42.0]),
    ("sparas tills vidare", [math.inf]),
    ("stored indefinitely", [math.inf]),
])
def test_periods_are_parsed_in_days(text: str, days: list[float]) -> None:
    assert periods(text) == days


@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi sparar loggar i 36 månader.", "Vi sparar loggar i tre år."),
    ("en", "We keep logs for 12 months.", "We keep logs for one year."),
    ("en", "We keep logs for 2 weeks.", "We keep logs for fourteen days."),
])
def test_the_same_period_written_differently_stays_quiet(language: str, old: str,
                                                        new: str) -> None:
    assert not [f for f in flags(old, new, language) if f.category == "retention"]


@pytest.mark.parametrize("language, old, new, rule, severity", [
    ("sv", "Vi sparar loggar i 30 dagar.", "Vi sparar loggar i 2 år.", "retention-longer", "high"),
    ("sv", "Vi sparar loggar i två år.", "Vi sparar loggar i sex månader.",
     "retention-shorter", "low"),
    ("sv", "Vi sparar loggar i 30 dagar.", "Vi sparar loggar tills vidare.",
     "retention-unlimited", "high"),
    ("en", "We keep logs for 30 days.", "We keep logs for twelve months.",
     "retention-longer", "high"),
    ("en", "We keep logs for as long as necessary.", "We keep logs indefinitely.",
     "retention-unlimited", "high"),
    ("en", "We keep logs for one year.", "We keep logs for 90 days.", "retention-shorter", "low"),
    ("en", "We reply within 30 days.", "We reply within 60 days.", "period-changed", "low"),
])
def test_retention_periods_are_compared(language: str, old: str, new: str, rule: str,
                                        severity: str) -> None:
    flag = _one(flags(old, new, language), rule)
    assert flag.severity == severity and flag.category == "retention"
    assert "→" in flag.explanation


# --- new names ----------------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new, name", [
    ("sv", "Vi använder ett analysverktyg.", "Vi använder analysverktyget Mixpanel.", "Mixpanel"),
    ("sv", "Betalningar hanteras av vår bank.", "Betalningar hanteras av Klarna AB.", "Klarna"),
    ("en", "Payments are handled by our bank.", "Payments are handled by Stripe Inc.", "Stripe"),
])
def test_a_name_the_old_version_never_mentioned_is_flagged(language: str, old: str, new: str,
                                                          name: str) -> None:
    named = [f for f in flags(old, new, language) if f.rule in ("new-name", "new-tracker-name")]
    assert len(named) == 1 and name in named[0].explanation and named[0].severity == "medium"


def test_a_tracker_name_is_in_the_tracking_category() -> None:
    found = flags("Vi mäter besök med cookies.", "Vi mäter besök med cookies från Hotjar.")
    assert _one(found, "new-tracker-name").category == "tracking"


@pytest.mark.parametrize("language, old, new", [
    # sentence-initial capitals are not names
    ("sv", "Vi sparar data.", "Vi sparar data. Dessutom raderar vi gamla loggar."),
    ("en", "We keep data.", "We keep data. Furthermore we delete old logs."),
    # the name is known from another part of the old version
    ("sv", ["Vi använder Google Analytics.", "Vi mäter besök."],
     ["Vi använder Google Analytics.", "Vi mäter besök med Google Analytics."]),
    # an English month in a date line
    ("en", "Last updated on 3 March 2023.", "Last updated on 4 April 2024."),
])
def test_ordinary_capitals_and_known_names_are_not_new_names(language: str, old: object,
                                                             new: object) -> None:
    found = flags(old, new, language)  # type: ignore[arg-type]
    assert not {"new-name", "new-tracker-name"} & rules_of(found)


# --- structure and completeness ---------------------------------------------------------

def test_a_removed_section_whose_content_is_gone_is_medium_with_its_old_number() -> None:
    found = flags(["Vi samlar in namn.", "Vi sparar kvitton i bokföringen."],
                  ["Vi samlar in namn."])
    removed = _one(found, "section-removed")
    assert removed.severity == "medium" and removed.section == "2" and removed.section_id == "s2"
    assert removed.evidence.startswith("−")


def test_a_removed_section_whose_text_moved_is_low() -> None:
    found = flags(["Vi samlar in namn.", "Vi sparar kvitton i bokföringen i sju år."],
                  ["Vi samlar in namn. Vi sparar kvitton i bokföringen i sju år."])
    assert _one(found, "section-merged").severity == "low"
    assert not significant(found)


def test_an_added_section_is_low_on_its_own() -> None:
    found = flags(["Vi samlar in namn."], ["Vi samlar in namn.", "Läs mer på vår webbplats."])
    assert _one(found, "section-added").severity == "low"


@pytest.mark.parametrize("language, old, new, rule", [
    ("sv", ["Du kan lämna klagomål till Integritetsskyddsmyndigheten (IMY).", "Övrigt."],
     ["Du kan kontakta oss.", "Övrigt."], "missing-complaint"),
    ("en", "You may lodge a complaint with your supervisory authority.",
     "You may write to us.", "missing-complaint"),
    ("en", "You can withdraw your consent at any time.", "You can change settings at any time.",
     "missing-withdraw-consent"),
    ("sv", "Vårt dataskyddsombud nås på dpo@exempel.se.", "Skriv till oss.", "missing-dpo"),
])
def test_an_art_13_item_that_disappeared_is_flagged(language: str, old: object, new: object,
                                                   rule: str) -> None:
    found = flags(old, new, language)  # type: ignore[arg-type]
    flag = _one(found, rule)
    assert flag.category == "completeness" and flag.section == "1"


def test_an_item_still_present_elsewhere_is_not_missing() -> None:
    found = flags(["Du kan klaga hos IMY.", "Klagomål lämnas till IMY."],
                  ["Du kan kontakta oss.", "Klagomål lämnas till IMY."])
    assert "missing-complaint" not in rules_of(found)


# --- editorial changes ------------------------------------------------------------------

@pytest.mark.parametrize("language, old, new", [
    ("sv", "Vi delar e-postadressen med partner.", "Vi delar e\u2011postadressen med partner."),
    ("sv", "Vi delar  uppgifter med partner.", "Vi delar uppgifter med partner."),
    ("en", "We share data with \"partners\".", "We share data with “partners”."),
    ("en", "See [our partners](https://a.example/partners).",
     "See [our partners](https://b.example/about/partners)."),
    ("en", "We keep data.", "We keep data.\n\n[About](https://x.example/a) "
     "[Contact us](https://x.example/c) [Terms](https://x.example/t)"),
])
def test_typography_and_page_furniture_stay_quiet(language: str, old: str, new: str) -> None:
    assert not significant(flags(old, new, language))


@pytest.mark.parametrize("language, old, new", [
    ("en", "We keep your data.", "We keep your data. We never sell your data."),
    ("sv", "Vi sparar dina uppgifter.", "Vi sparar dina uppgifter. Vi säljer aldrig dem."),
])
def test_a_new_sentence_denying_something_does_not_add_it(language: str, old: str,
                                                          new: str) -> None:
    found = flags(old, new, language)
    assert "selling-added" not in rules_of(found)
    assert _one(found, "negation-added").severity == "medium"


def test_a_related_articles_link_line_is_page_furniture() -> None:
    old = "Read more below.\n[Your settings](https://help.example/1)\nWe keep data."
    new = "Read more below.\n[Using the app with or without a profile](https://help.example/2)\n" \
          "We keep data."
    assert not significant(flags(old, new, "en"))


def test_a_changed_e_mail_address_is_shown_as_written() -> None:
    found = flags("Skriv till oss.", "Skriv till oss på dataskydd@exempel.se.")
    controller = _one(found, "controller-added")
    assert "dataskydd@exempel.se" in controller.explanation


def test_no_names_are_guessed_in_a_text_that_capitalises_nouns() -> None:
    filler = " ".join(["Die Daten werden nach der Löschung aus dem System entfernt."] * 30)
    old = filler + " Wir speichern die Angaben."
    new = filler + " Wir speichern die Angaben bei der Justizbehörde."
    assert not {"new-name", "new-tracker-name"} & rules_of(flags(old, new, "sv"))


def test_two_polarity_flips_in_one_section_do_not_cancel_out() -> None:
    found = flags("Vi delar inte namn. Vi säljer adresser.",
                  "Vi delar namn. Vi säljer inte adresser.")
    polarity = sorted(f.rule for f in found if f.category == "polarity")
    assert polarity == ["negation-added", "negation-removed"]
