"""How a flag's severity and category read in the UI language.

One function each, used by every widget that shows them (the flags list, the
redline badges, the sign-off and publish dialogs), so a Swedish UI never says
"High" in one place and "Hög" in another. The Swedish words are those of the
exported reports (``core.render.labels``): Hög, Medel, Låg. The rule files'
ids (``data-categories``...) are not for people and are never shown as such.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# The context is the flags panel's, the first widget to show these words, so
# their translations carry over; lupdate needs it written out in each call.
def severity_name(severity: str) -> str:
    """``high``/``medium``/``low`` in the UI language."""
    names = {
        "high": QCoreApplication.translate("FlagsPanel", "High"),
        "medium": QCoreApplication.translate("FlagsPanel", "Medium"),
        "low": QCoreApplication.translate("FlagsPanel", "Low"),
    }
    return names.get(severity, severity)


def category_name(category: str) -> str:
    """One of the 17 categories of DESIGN.md §6 in the UI language."""
    names = {
        "recipients": QCoreApplication.translate("FlagsPanel", "Recipients"),
        "transfers": QCoreApplication.translate("FlagsPanel", "Transfers abroad"),
        "purposes": QCoreApplication.translate("FlagsPanel", "Purposes"),
        "data-categories": QCoreApplication.translate("FlagsPanel", "Data collected"),
        "polarity": QCoreApplication.translate("FlagsPanel", "Negation"),
        "legal-basis": QCoreApplication.translate("FlagsPanel", "Legal basis"),
        "rights": QCoreApplication.translate("FlagsPanel", "Rights"),
        "controller": QCoreApplication.translate("FlagsPanel", "Controller"),
        "retention": QCoreApplication.translate("FlagsPanel", "Retention"),
        "automated-decisions": QCoreApplication.translate("FlagsPanel", "Automated decisions"),
        "modality": QCoreApplication.translate("FlagsPanel", "Obligation wording"),
        "tracking": QCoreApplication.translate("FlagsPanel", "Tracking"),
        "security": QCoreApplication.translate("FlagsPanel", "Security"),
        "change-notice": QCoreApplication.translate("FlagsPanel", "Change notice"),
        "children": QCoreApplication.translate("FlagsPanel", "Children"),
        "completeness": QCoreApplication.translate("FlagsPanel", "Completeness"),
        "structure": QCoreApplication.translate("FlagsPanel", "Structure"),
    }
    return names.get(category, category)
