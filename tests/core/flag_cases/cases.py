"""Known-answer edits of the Swedish seed and an English corpus version.

Each significant case names the category, section and minimum severity a
reviewer must see; each editorial case must raise no medium or high flag.
:func:`evaluate` runs them all; ``tests/core/test_flags_quality.py`` asserts
on the outcome and ``benchmarks/flag_quality.py`` prints recall and quiet rate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from policyeditor.core.compare import compare
from policyeditor.core.compare.result import Flag
from policyeditor.core.flags.engine import detect_flags
from policyeditor.core.flags.rules import RuleSet, load_rules
from policyeditor.core.importing import import_text

BASES = {
    "sv": ("seed/sekretesspolicy.txt", "txt"),
    "en": ("privacy-policy-histories/Telegram/005_2023-05-28.md", "md"),
}
_RANK = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class Case:
    """One edit of a base text and what the flags must say about it."""

    name: str
    language: str
    find: str = ""
    replace: str = ""
    category: str | None = None  # None: an editorial edit that must stay quiet
    section: str | None = None
    severity: str = "medium"  # the least severity that counts as found
    transform: Callable[[str], str] | None = None

    @property
    def significant(self) -> bool:
        """Whether the edit matters legally (must be flagged)."""
        return self.category is not None

    def apply(self, text: str) -> str:
        """The edited text; raises if the edit does not apply (a broken case)."""
        if self.transform is not None:
            edited = self.transform(text)
        else:
            if self.find not in text:
                raise ValueError(f"case {self.name}: {self.find!r} is not in the base text")
            edited = text.replace(self.find, self.replace, 1)
        if edited == text:
            raise ValueError(f"case {self.name}: the edit changes nothing")
        return edited


def _swap_seed_sections_4_and_5(text: str) -> str:
    four = text.index("4. Information som du delar")
    five = text.index("5. Komma åt och uppdatera personuppgifter")
    six = text.index("6. Information som vi delar")
    block4 = text[four:five].replace("4. Information", "5. Information", 1)
    block5 = text[five:six].replace("5. Komma", "4. Komma", 1)
    return text[:four] + block5 + block4 + text[six:]


def _swap_seed_bullets(text: str) -> str:
    first = "- Vi krypterar många av våra tjänster med SSL.\n"
    second = ("- Vi granskar våra rutiner för insamling, lagring och behandling av data, inklusive "
              "fysiska säkerhetsåtgärder, i syfte att skydda mot obehörig åtkomst till system.\n")
    return text.replace(first + second, second + first, 1)


def _double_spaces(text: str) -> str:
    return text.replace("Vi samlar in data som du uppger", "Vi  samlar in data  som du uppger", 1)


def _swap_en_sections(text: str) -> str:
    start = text.index("#### [](#5-3-spam-and-abuse)")
    middle = text.index("#### [](#5-4-cross-device-functionality)")
    end = text.index("#### [](#5-5-advanced-features)")
    return text[:start] + text[middle:end] + text[start:middle] + text[end:]


def _non_breaking_hyphens(text: str) -> str:
    nb = "\u2011"
    return text.replace("end-to-end", f"end{nb}to{nb}end").replace("2-step-", f"2{nb}step{nb}")


SV = "sv"
EN = "en"

CASES: list[Case] = [
    # --- Swedish seed: significant ---
    Case("sv-recipients-share", SV,
         "När du kontaktar oss sparar vi dina meddelanden",
         "Vi delar dina kontaktuppgifter med våra annonspartner. När du kontaktar oss sparar vi "
         "dina meddelanden", "recipients", "2", "high"),
    Case("sv-recipients-sell", SV,
         "- följa tillämpliga lagar, regelverk",
         "- sälja uppgifter till datamäklare\n- följa tillämpliga lagar, regelverk",
         "recipients", "6.3", "high"),
    Case("sv-transfers", SV,
         "Dina personuppgifter kan hanteras på en server i ett annat land än det du bor i.",
         "Dina personuppgifter kan hanteras på en server i ett annat land än det du bor i och "
         "överföras till USA.", "transfers", "2", "high"),
    Case("sv-purposes-marketing", SV,
         "för att informera dig om våra tjänster,",
         "för marknadsföring av våra och våra partners produkter,", "purposes", "2"),
    Case("sv-purposes-profiling", SV,
         "Genom att spara dina språkinställningar",
         "Vi använder informationen för profilering. Genom att spara dina språkinställningar",
         "purposes", "2", "high"),
    Case("sv-special-category", SV,
         "inklusive telefonnummer).",
         "inklusive telefonnummer) samt uppgifter om din hälsa.",
         "data-categories", "1.2.1", "high"),
    Case("sv-personnummer", SV,
         "Vi kan använda ditt namn, din e-postadress",
         "Vi kan använda ditt namn, ditt personnummer, din e-postadress",
         "data-categories", "2", "high"),
    Case("sv-polarity-main-clause", SV,
         "Vi delar inte personuppgifter med företag",
         "Vi delar personuppgifter med företag", "polarity", "6", "high"),
    Case("sv-polarity-subordinate", SV,
         "förutsatt att informationen inte måste sparas",
         "förutsatt att informationen måste sparas", "polarity", "5", "high"),
    Case("sv-restrictor", SV,
         "Vi vidarebefordrar personuppgifter till våra närstående bolag",
         "Vi vidarebefordrar personuppgifter endast till våra närstående bolag",
         "polarity", "6.2"),
    Case("sv-legal-basis", SV,
         "frågar vi först efter ditt samtycke.",
         "gör vi det med stöd av vårt berättigade intresse.", "legal-basis", "2", "high"),
    Case("sv-rights", SV,
         "Om uppgifterna är felaktiga",
         "Du har rätt att begära registerutdrag och rättelse. Om uppgifterna är felaktiga",
         "rights", "5"),
    Case("sv-rights-removed", SV,
         "- Du kan stänga av cookies genom att ändra säkerhetsinställningarna i webbläsaren och "
         "du kan också radera tidigare lagrade cookies via din webbläsares inställningar.",
         "- Du kan stänga av cookies genom att ändra säkerhetsinställningarna i webbläsaren.",
         "rights", "3", "high"),
    Case("sv-controller", SV,
         "Vår sekretesspolicy kan ändras",
         "Personuppgiftsansvarig är Intensive Code AB, som nås på dataskydd@intensivecode.se. "
         "Vår sekretesspolicy kan ändras", "controller", "8"),
    Case("sv-retention", SV,
         "kan informationen finnas kvar i våra säkerhetskopieringssystem.",
         "kan informationen finnas kvar i våra säkerhetskopieringssystem i upp till tio år.",
         "retention", "5"),
    Case("sv-retention-unlimited", SV,
         "När du kontaktar oss sparar vi dina meddelanden i syfte att lösa",
         "När du kontaktar oss sparar vi dina meddelanden tills vidare i syfte att lösa",
         "retention", "2", "high"),
    Case("sv-automated-decisions", SV,
         "Om vi vill använda information",
         "Vi använder automatiserat beslutsfattande för att bedöma din kreditvärdighet. "
         "Om vi vill använda information", "automated-decisions", "2", "high"),
    Case("sv-modality", SV,
         "Vi kan använda din e-postadress för att informera dig",
         "Vi kommer att använda din e-postadress för att informera dig", "modality", "2"),
    Case("sv-hedge", SV,
         "Loggdata innehåller följande:",
         "Loggdata innehåller bland annat följande:", "modality", "1.2.2"),
    Case("sv-tracking", SV,
         "En cookie är en liten fil",
         "Vi använder också spårningspixlar i våra nyhetsbrev. En cookie är en liten fil",
         "tracking", "1.2.5"),
    Case("sv-new-tracker-name", SV,
         "med hjälp av Hotjar, Facebook pixels",
         "med hjälp av Hotjar, Mixpanel, Facebook pixels", "tracking", "1.2"),
    Case("sv-security", SV,
         "- Vi krypterar många av våra tjänster med SSL.\n", "", "security", "7", "high"),
    Case("sv-change-notice", SV,
         ", om ändringarna är betydande kommer vi att tillhandahålla ett mer framträdande "
         "meddelande.", ".", "change-notice", "8"),
    Case("sv-children", SV,
         "När du riktar en kontaktförfrågan",
         "Vi samlar in uppgifter om barn under 13 år med vårdnadshavarens samtycke. "
         "När du riktar en kontaktförfrågan", "children", "1.1"),
    Case("sv-completeness-transfers", SV,
         "Vi hanterar personuppgifter och annan information på våra servrar i många länder runt "
         "om i världen. Dina personuppgifter kan hanteras på en server i ett annat land än det "
         "du bor i.", "", "completeness", "2"),
    Case("sv-structure-removed", SV,
         "4. Information som du delar\n\nI många av våra tjänster kan du dela information med "
         "andra. Kom ihåg att information som du delar offentligt eventuellt kan indexeras av "
         "Google och andra sökmotorer. I våra tjänster kan du välja hur du vill dela och ta bort "
         "innehåll.\n\n", "", "structure", "4"),
    # --- Swedish seed: editorial (must stay quiet) ---
    Case("sv-spelling-skall", SV, "skall synas", "ska synas"),
    Case("sv-abbreviation-tex", SV, "t.ex. pixeltaggar", "till exempel pixeltaggar"),
    Case("sv-abbreviation-tex-2", SV, "– t.ex. utgivare", "– till exempel utgivare"),
    Case("sv-date-line", SV, "Senast ändrad: 2021-01-24", "Senast ändrad: 2022-03-01"),
    Case("sv-typography-hyphen", SV, "e-postadress och ditt namn",
         "e\u2011postadress och ditt namn"),
    Case("sv-double-spaces", SV, transform=_double_spaces),
    Case("sv-reorder-bullets", SV, transform=_swap_seed_bullets),
    Case("sv-renumber-sections", SV, transform=_swap_seed_sections_4_and_5),
    Case("sv-typo-in-cue-word", SV, "ditt aktiva samtycke", "ditt aktiva samtyke"),
    Case("sv-kommer-att-to-ska", SV, "eventuella ändringar kommer att publiceras",
         "eventuella ändringar ska publiceras"),
    Case("sv-quotes-and-dash", SV, "partner – t.ex.", "partner - t.ex."),
    # --- English (Telegram 2023-05-28): significant ---
    Case("en-recipients-share", EN,
         "As such, we do not share your personal data with such data centers.",
         "As such, we share your personal data with such data centers and our advertising "
         "partners.", "recipients", "4.1", "high"),
    Case("en-recipients-sell", EN,
         "Telegram only stores the information it needs",
         "We may sell aggregated user data to brokers. Telegram only stores the information it "
         "needs", "recipients", "5.6", "high"),
    Case("en-transfers", EN,
         "your data is stored in data centers in the Netherlands.",
         "your data is stored in data centers in the United States.", "transfers", "4.1", "high"),
    Case("en-purposes", EN,
         "we don't use your data for ad targeting or other commercial purposes.",
         "we use your data for ad targeting and marketing.", "purposes", "5.6", "high"),
    Case("en-special-category", EN,
         "You provide your mobile number and basic account data",
         "You provide your mobile number, your biometric face geometry and basic account data",
         "data-categories", "3.1", "high"),
    Case("en-national-id", EN,
         "you can opt to set up a password recovery email.",
         "you can opt to set up a password recovery email and must upload a copy of your "
         "passport.", "data-categories", "3.2", "high"),
    Case("en-polarity", EN,
         "We do not use cookies for profiling or advertising.",
         "We use cookies for profiling or advertising.", "polarity", "3.6", "high"),
    Case("en-restrictor", EN,
         "* We only store the data that Telegram needs",
         "* We store the data that Telegram needs", "polarity", "1.1", "high"),
    Case("en-legal-basis", EN,
         "necessary to further our legitimate interests",
         "necessary to further our legitimate interests and on the basis of your consent",
         "legal-basis", "2"),
    Case("en-rights", EN,
         " and _(5)_ lodge a complaint with national data protection authorities regarding our "
         "processing of your personal data.", ".", "rights", "9.1", "high"),
    Case("en-controller", EN,
         "please contact EDPO, our representative in the EEA,",
         "please contact our data protection officer at dpo@telegram.org,",
         "controller", "12"),
    Case("en-retention-longer", EN,
         "do not come online for at least 6 months,",
         "do not come online for at least 24 months,", "retention", "10.4", "medium"),
    Case("en-retention-unlimited", EN,
         "will only be stored for as long as it is necessary",
         "will be stored indefinitely, even after it is no longer necessary",
         "retention", "4.3", "high"),
    Case("en-automated-decisions", EN,
         "No user data is mined or analyzed to display ads or sponsored messages.",
         "No user data is mined or analyzed to display ads or sponsored messages. We use "
         "automated decision-making to suspend accounts.", "automated-decisions", "5.6", "high"),
    Case("en-modality", EN,
         "we may disclose your IP address and phone number",
         "we will disclose your IP address and phone number", "modality", "8.3"),
    Case("en-hedge", EN,
         "You have a right to: _(1)_", "You have rights such as the right to: _(1)_",
         "modality", "9.1"),
    Case("en-tracking", EN,
         "The only cookies we use are those to operate and provide our Services on the web.",
         "We use cookies and third-party analytics pixels on the web.", "tracking", "3.6"),
    Case("en-new-processor-name", EN,
         "These are third-party provided data centers",
         "These are data centers operated by Hetzner", "recipients", "4.1"),
    Case("en-security", EN,
         "All data is stored heavily encrypted so that local Telegram engineers or physical "
         "intruders cannot get access.", "", "security", "4.1", "high"),
    Case("en-change-notice", EN,
         "Important changes made to this Privacy Policy will be notified to you via Telegram.",
         "", "change-notice", "11"),
    Case("en-children", EN,
         "Telegram is a communication service.",
         "Telegram is a communication service. Children under 13 may use Telegram with "
         "parental consent.", "children", "3.1"),
    Case("en-completeness-complaint", EN,
         "; and _(5)_ lodge a complaint with national data protection authorities regarding our "
         "processing of your personal data.", ".", "completeness", "9.1", "high"),
    Case("en-structure-removed", EN,
         transform=lambda t: t.replace(
             t[t.index("#### [](#3-6-cookies)"):t.index("### [](#4-keeping")], "", 1),
         category="structure", section="3.6"),
    # --- English: editorial (must stay quiet) ---
    Case("en-typo", EN, "fundamental principles", "fundamentel principles"),
    Case("en-abbreviation", EN, "(e.g., delete synced contacts)",
         "(for example, delete synced contacts)"),
    Case("en-date-line", EN, "**April 24, 2023**", "**April 25, 2023**"),
    Case("en-typography", EN, transform=_non_breaking_hyphens),
    Case("en-curly-quotes", EN, "That's right", "That’s right"),
    Case("en-reorder-sections", EN, transform=_swap_en_sections),
    Case("en-contraction", EN, "We don't use your data to show you ads.",
         "We do not use your data to show you ads."),
    Case("en-wording", EN, "kindly use the contact details", "please use the contact details"),
]


@dataclass
class Outcome:
    """What the flags said about one case."""

    case: Case
    passed: bool
    flags: list[Flag]

    def describe(self) -> str:
        """One line for a report."""
        shown = "; ".join(f"{f.severity} {f.rule} §{f.section}" for f in self.flags
                          if f.severity != "low") or "no medium/high flag"
        return f"{'ok  ' if self.passed else 'MISS'} {self.case.name}: {shown}"


def _found(case: Case, flags: list[Flag]) -> bool:
    if not case.significant:
        return not any(f.severity in ("medium", "high") for f in flags)
    # one flag per change: the category may lead the flag or be one of its secondary ones
    return any((f.category == case.category or case.category in f.secondary)
               and f.section == case.section
               and _RANK[f.severity] >= _RANK[case.severity] for f in flags)


def evaluate(corpus_dir: Path, cases: list[Case] | None = None,
             rules: RuleSet | None = None) -> list[Outcome]:
    """Run every case against its base text."""
    rules = rules or load_rules()
    bases: dict[str, tuple[str, str]] = {}
    outcomes: list[Outcome] = []
    for case in cases if cases is not None else CASES:
        if case.language not in bases:
            relative, fmt = BASES[case.language]
            bases[case.language] = ((corpus_dir / relative).read_text(encoding="utf-8"), fmt)
        text, fmt = bases[case.language]
        old = import_text(text, fmt=fmt, language=case.language).policy
        new = import_text(case.apply(text), fmt=fmt, language=case.language).policy
        flags = detect_flags(compare(old, new), rules=rules).flags
        outcomes.append(Outcome(case, _found(case, flags), flags))
    return outcomes


def rates(outcomes: list[Outcome]) -> tuple[float, float]:
    """(recall over significant cases, quiet rate over editorial cases)."""
    significant = [o for o in outcomes if o.case.significant]
    editorial = [o for o in outcomes if not o.case.significant]
    recall = sum(o.passed for o in significant) / len(significant) if significant else 1.0
    quiet = sum(o.passed for o in editorial) / len(editorial) if editorial else 1.0
    return recall, quiet

