"""Swedish users get Swedish standard dialogs too, not only our own strings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from policyeditor.app.i18n import TranslationManager


def test_swedish_installs_qts_own_translation_for_standard_buttons(qapp: Any) -> None:
    manager = TranslationManager(qapp)
    try:
        assert manager.apply("sv") == "sv"
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        texts = {button.text().replace("&", "") for button in box.buttons()}
        assert texts == {"Avbryt", "Spara"}
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        manager.apply("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text().replace("&", "") == "Cancel"


def test_every_string_of_the_swedish_catalogue_is_translated() -> None:
    """A string added to the code without a Swedish translation would show in English."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "policyeditor_sv.ts"
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert untranslated == []
