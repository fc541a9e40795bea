"""The one palette: every colour a rendered policy or redline shows, defined once.

The web page, the PDF, the editor's preview, the compare view and the review
panels all take their colours from :data:`PALETTE` (through the generated
stylesheets of :mod:`policyeditor.core.render.style`, or directly where a
widget paints), so an insertion is the same blue everywhere.

Redlines follow the legal convention: insertions blue and underlined,
deletions red and struck through, moved sections green. A link must never be
taken for an insertion, so links get their own hue — a purple, as far from
the insertion blue as from the deletion red and the move green — and no
underline wherever an insertion is underlined (Qt's rich text knows only one
kind of underline, so a dotted link underline cannot be told apart there).
Colour is never the only cue: insertions are underlined, deletions struck
through, moves named in words, so a redline survives black-and-white print
and colour-blind readers.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Palette:
    """Named colours (``#rrggbb``); every text colour reads at 4.5:1 or more on white."""

    text: str = "#1d1d1f"
    muted: str = "#5b5b63"  # secondary text: version lines, folded sections, references
    background: str = "#ffffff"
    tint: str = "#f5f6f8"  # table headers, the contents box
    rule: str = "#d9d9de"  # hairlines and boxes
    grid: str = "#b0b0b8"  # table rules in rich text (they must show in print)
    accent: str = "#1f4e79"  # the title and section numbers
    notice: str = "#eef4fa"  # background of the release notice
    draft: str = "#8a1c1c"  # the DRAFT mark of an unpublished export
    insertion: str = "#0b57c9"
    insertion_background: str = "#eaf1fd"
    deletion: str = "#b3261e"
    deletion_background: str = "#fdecea"
    move: str = "#1e7a34"
    modified: str = "#7a5a00"
    modified_rule: str = "#b38600"
    link: str = "#8e24aa"
    change_bar: str = "#46464c"  # the bar beside changed blocks in a printed redline
    # A change the reviewer accepted or rejected: what stays on these, what goes muted.
    accepted_background: str = "#e2f2e4"
    rejected_background: str = "#f4ead6"
    highlight: str = "#ffe27a"  # the evidence of a selected flag on screen
    severity_high: str = "#b3261e"
    severity_medium: str = "#b06000"
    severity_low: str = "#5b5b63"

    def severity(self, name: str) -> str:
        """Colour of a flag severity (``high``, ``medium``, ``low``); muted if unknown."""
        return str(getattr(self, f"severity_{name}", self.muted))

    def change_colours(self) -> tuple[str, ...]:
        """Text in these colours marks a change (a printed redline bars its blocks)."""
        return (self.insertion, self.deletion, self.move)

    def items(self) -> list[tuple[str, str]]:
        """``(name, colour)`` for every colour, in definition order."""
        return [(field.name, getattr(self, field.name)) for field in fields(self)]


PALETTE = Palette()
