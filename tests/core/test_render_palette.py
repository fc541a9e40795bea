"""The palette is the one source of colours; the stylesheets are generated from it."""

from __future__ import annotations

import re

import pytest

from policyeditor.core.render.palette import PALETTE
from policyeditor.core.render.style import (
    LAYOUT_FILES,
    export_resource,
    marking_rules,
    palette_variables,
    stylesheet,
)
from policyeditor.core.render.target import Target

TEXT_COLOURS = ("text", "muted", "accent", "draft", "insertion", "deletion", "move",
                "modified", "link", "severity_high", "severity_medium", "severity_low")


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("name", sorted({n for files in LAYOUT_FILES.values() for n in files}))
def test_layout_files_take_every_colour_from_the_palette(name: str) -> None:
    css = re.sub(r"/\*.*?\*/", "", export_resource(name), flags=re.DOTALL)
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(", css)
    colour_properties = (r"(?<![\w-])(?:color|background(?:-color)?"
                         r"|border(?:-(?:top|right|bottom|left))?(?:-color)?)")
    named = re.findall(colour_properties + r"\s*:\s*[^;]*?\b([a-z]+)\s*;", css)
    assert set(named) <= {"transparent", "inherit", "none", "solid", "normal", "currentcolor"}
    defined = {f"--{n.replace('_', '-')}" for n, _ in PALETTE.items()}
    assert set(re.findall(r"var\((--[\w-]+)\)", css)) <= defined


def test_every_text_colour_reads_on_the_page() -> None:
    for name in TEXT_COLOURS:
        assert contrast(getattr(PALETTE, name), PALETTE.background) >= 4.5, name


def test_links_are_told_apart_from_insertions_in_both_stylesheets() -> None:
    for target in Target:
        rules = dict(marking_rules(target))
        ins, link = rules["ins, .ins"], rules["a"]
        assert ins["color"] == PALETTE.insertion and ins["text-decoration"] == "underline"
        assert link["color"] == PALETTE.link != PALETTE.insertion
        assert link["text-decoration"] != ins["text-decoration"]
    # Qt has a single underline only: there a link has none at all.
    assert dict(marking_rules(Target.QT))["a"]["text-decoration"] == "none"


def test_generated_stylesheets_carry_the_palette() -> None:
    page = stylesheet(Target.HTML, "redline")
    assert page.startswith(palette_variables())
    assert f"--insertion: {PALETTE.insertion};" in page and f"--link: {PALETTE.link};" in page
    qt = stylesheet(Target.QT)
    assert "var(" not in qt  # Qt's CSS has no custom properties
    for colour in (PALETTE.insertion, PALETTE.deletion, PALETTE.move, PALETTE.link):
        assert colour in qt and colour in page
