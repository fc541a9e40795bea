"""The one stylesheet, generated from the palette for a browser and for Qt.

What carries meaning — insertions, deletions, moves, links, section numbers,
change marks, severities — is defined once, in :func:`marking_rules`, and
written out for both targets; the few declarations a target cannot take
(Qt draws no dotted underline and prints no background tints) are the only
difference. Layout is per target because the two engines share so little of
CSS: the browser's (flexbox, media queries for phones and print) lives in
``resources/export/*.css``, which holds no colour but ``var(--…)`` of the
palette; Qt's (point sizes for the 72 dpi PDF device, shared by the preview
and the compare view so they look like the printed record) is
:data:`QT_LAYOUT` below.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from policyeditor.core.render.palette import PALETTE, Palette
from policyeditor.core.render.target import Target

Declarations = dict[str, str]
Rule = tuple[str, Declarations]

# Browser layout files, per kind of page (the redline report adds its own).
LAYOUT_FILES: dict[str, tuple[str, ...]] = {
    "policy": ("policy.css",),
    "redline": ("policy.css", "redline.css"),
}


def _link(target: Target) -> Declarations:
    """Links: their own colour; a dotted underline in browsers, none in Qt.

    An insertion is a solid underline, so in a browser the dotted one says
    "link" even without colour (a reader of the published page needs some cue
    besides colour); Qt has only the solid kind, so there a link is not
    underlined at all.
    """
    if target is Target.QT:
        return {"color": PALETTE.link, "text-decoration": "none"}
    return {"color": PALETTE.link, "text-decoration": "underline dotted",
            "text-decoration-thickness": "1px", "text-underline-offset": "0.22em"}


def marking_rules(target: Target, palette: Palette = PALETTE) -> list[Rule]:
    """The rules that mean something, for ``target``: same colours and cues everywhere."""
    tinted = target is Target.HTML  # Qt also lays out the PDF: no tints on paper
    rules: list[Rule] = [
        ("ins, .ins", {"color": palette.insertion, "text-decoration": "underline",
                       **({"background-color": palette.insertion_background} if tinted else {})}),
        ("del, .del", {"color": palette.deletion, "text-decoration": "line-through",
                       **({"background-color": palette.deletion_background} if tinted else {})}),
        (".moved", {"color": palette.move}),
        ("a", _link(target)),
        (".num", {"color": palette.accent}),
        (".draft-mark", {"color": palette.draft}),
        (".mark-added", {"color": palette.insertion}),
        (".mark-removed", {"color": palette.deletion}),
        (".mark-modified", {"color": palette.modified}),
        (".mark-moved", {"color": palette.move}),
    ]
    rules += [
        (f".sev-{name}", {"background-color": palette.severity(name), "color": palette.background})
        for name in ("high", "medium", "low")
    ]
    return rules


def css(rules: list[Rule]) -> str:
    """``selector { property: value; … }`` lines."""
    return "\n".join(
        f"{selector} {{ {' '.join(f'{k}: {v};' for k, v in declarations.items())} }}"
        for selector, declarations in rules
    )


def palette_variables(palette: Palette = PALETTE) -> str:
    """``:root { --insertion: #0b57c9; … }``: the palette for the browser layout files."""
    names = " ".join(f"--{name.replace('_', '-')}: {value};" for name, value in palette.items())
    return f":root {{ {names} }}"


@lru_cache(maxsize=16)
def export_resource(name: str) -> str:
    """Text of a file in ``resources/export/`` (cached: files do not change at run time)."""
    return (files("policyeditor.resources") / "export" / name).read_text(encoding="utf-8")


_P = PALETTE
# Lengths are points (the PDF layout device is 72 dpi, so px == pt there).
# Qt sizes a heading block by a step relative to the default font, and that
# step overrides any point size of the heading or of a span inside it; so
# sizes of and in headings are keywords, which set the step (small 0.8,
# medium 1, large 1.2, x-large 1.5, xx-large 2 × the default font).
QT_LAYOUT = f"""
p {{ margin-top: 0px; margin-bottom: 7px; line-height: 135%; }}
li {{ margin-top: 0px; margin-bottom: 3px; line-height: 135%; }}
ul, ol {{ margin-top: 0px; margin-bottom: 7px; }}
h1 {{ font-size: xx-large; font-weight: bold; color: {_P.accent}; margin-bottom: 10px; }}
h2 {{ font-size: x-large; font-weight: bold; margin-top: 18px; margin-bottom: 7px; }}
h3 {{ font-size: large; font-weight: bold; margin-top: 14px; margin-bottom: 5px; }}
h4, h5, h6 {{ font-size: medium; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }}
blockquote {{ margin-left: 14px; color: {_P.muted}; }}
pre, code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }}
pre {{ white-space: pre-wrap; }}
td, th {{ line-height: 125%; }}
th {{ text-align: left; background-color: {_P.tint}; }}
.title {{ font-size: 24pt; font-weight: bold; color: {_P.accent}; margin-bottom: 14px; }}
.label, .meta {{ color: {_P.muted}; }}
.toc-title {{ font-size: 14pt; font-weight: bold; margin-top: 22px; margin-bottom: 8px; }}
.fp {{ font-size: 8pt; }}
.notice-title {{ font-weight: bold; font-size: 11pt; margin-bottom: 4px; }}
.report-title {{ font-size: 20pt; font-weight: bold; color: {_P.accent}; margin-bottom: 4px; }}
.report-sub {{ font-size: 12pt; color: {_P.muted}; margin-bottom: 14px; }}
.part {{ font-size: 14pt; font-weight: bold; margin-top: 16px; margin-bottom: 8px; }}
.mark {{ font-size: small; font-weight: normal; }}
.flag-group {{ margin-top: 10px; font-weight: bold; }}
.flag-head {{ font-weight: bold; }}
.flag-evidence {{ font-style: italic; color: {_P.muted}; }}
.flag-ref {{ font-size: 8.5pt; color: {_P.muted}; }}
.flag-signoff {{ margin-top: 4px; }}
.counts {{ font-size: 11pt; }}
.legend {{ margin-top: 14px; }}
.folded {{ margin-top: 4px; margin-bottom: 2px; }}
.folded-top {{ font-size: large; }}
a.fold, .unchanged-body, .absent {{ color: {_P.muted}; text-decoration: none; }}
.absent {{ margin-top: 6px; font-size: large; font-weight: bold; }}
.absent-note {{ font-style: italic; font-weight: normal; }}
.badge {{ font-size: small; font-weight: bold; }}
"""


@lru_cache(maxsize=4)
def stylesheet(target: Target, kind: str = "policy") -> str:
    """The stylesheet of ``target``: for a browser page of ``kind`` (``policy`` or
    ``redline``) the palette, the marking rules and the layout files; for Qt
    (any kind) the marking rules and :data:`QT_LAYOUT`."""
    rules = css(marking_rules(target))
    if target is Target.QT:
        return rules + "\n" + QT_LAYOUT
    # The marking rules come before the layout so that its print rules win.
    layout = "\n".join(export_resource(name) for name in LAYOUT_FILES[kind])
    return f"{palette_variables()}\n{rules}\n{layout}"
