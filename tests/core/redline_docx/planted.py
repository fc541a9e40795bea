"""The seed with planted edits a reviewer must see: the fixture of the Word redline tests.

A recipient added, "inte" removed (the sharing sentence flips), a right removed
(a bullet of section 3), two subsections swapped (a move), a section added and
one removed. The benchmark uses the same edits.
"""

from __future__ import annotations

LOCATION = "1.2.3 Platsinformation"
STORAGE = "1.2.4 Lokal lagring"
COOKIES = "1.2.5 Cookies och liknande teknik"
ADDED = (
    "6.4 Överföring till tredje land\n\n"
    "Vi kan överföra personuppgifter till mottagare i USA, till exempel Mixpanel, "
    "med stöd av EU-kommissionens standardavtalsklausuler.\n\n"
)


def _block(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading)
    return text[start : text.index(next_heading, start)]


def planted_seed(seed: str) -> str:
    """The seed text with every planted edit applied (numbers in the text kept consistent)."""
    text = seed.replace("Hotjar, Facebook pixels", "Hotjar, Mixpanel, Facebook pixels", 1)
    text = text.replace("Vi delar inte personuppgifter med", "Vi delar personuppgifter med", 1)
    text = text.replace("- Hämta ut information om dina sparade personuppgifter.\n", "", 1)
    # swap 1.2.3 and 1.2.4 (their numbers follow their new places)
    location = _block(text, LOCATION, STORAGE)
    storage = _block(text, STORAGE, COOKIES)
    swapped = storage.replace("1.2.4 ", "1.2.3 ", 1) + location.replace("1.2.3 ", "1.2.4 ", 1)
    text = text.replace(location + storage, swapped, 1)
    # remove 1.2.5 (the last subsection of 1.2: nothing is renumbered)
    text = text.replace(_block(text, COOKIES, "2. Hur vi använder"), "", 1)
    # add 6.4 after 6.3
    return text.replace("7. Informationssäkerhet", ADDED + "7. Informationssäkerhet", 1)
