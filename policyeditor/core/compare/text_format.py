"""The comparison as text for a terminal (``compare --format text``).

One block per section that changed or moved: its numbers old → new, what
happened, and the heading and body with changed words marked. Unchanged
sections in place are summed up, not repeated. Without colour, changes are
marked like ``git diff --word-diff``: ``[-deleted-]`` and ``{+inserted+}``;
with colour (the caller decides, e.g. on a tty) deletions are red and struck
through, insertions blue and underlined, moves green: the legal convention.
"""

from __future__ import annotations

from policyeditor.core.compare import noise
from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange

_RED = "\x1b[31;9m"
_BLUE = "\x1b[34;4m"
_GREEN = "\x1b[32m"
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"


def render_ops(ops: list[DiffOp], *, color: bool, quiet: bool = False) -> str:
    """Diff ops as one string with deletions and insertions marked.

    With ``quiet`` (``--ignore-formatting``) a deletion and insertion that
    differ only in formatting are shown as the new text, unmarked; the JSON
    keeps both, so nothing is lost.
    """
    out: list[str] = []
    index = 0
    while index < len(ops):
        op, text = ops[index]
        if (
            quiet
            and op < 0
            and index + 1 < len(ops)
            and ops[index + 1][0] > 0
            and noise.same_but_formatting(text, ops[index + 1][1])
        ):
            out.append(ops[index + 1][1])
            index += 2
            continue
        if op == 0:
            out.append(text)
        elif color:
            out.append((_RED if op < 0 else _BLUE) + text + _RESET)
        else:
            out.append(f"[-{text}-]" if op < 0 else f"{{+{text}+}}")
        index += 1
    return "".join(out)


def _status(change: SectionChange) -> str:
    words: list[str] = [change.change]
    if change.moved:
        words.append("moved")
    if change.split_from is not None:
        words.append(f"split from {change.split_from[1]}")
    if change.merged_into is not None:
        words.append(f"merged into {change.merged_into[1]}")
    return ", ".join(words)


def _section(change: SectionChange, *, color: bool, quiet: bool) -> list[str]:
    numbers = f"{change.old_number or '(new)'} → {change.new_number or '(removed)'}"
    status = _status(change)
    if color:
        status = (_GREEN if change.moved else _BOLD) + status + _RESET
    heading = render_ops(change.heading, color=color, quiet=quiet)
    lines = [f"§ {numbers}  [{status}]  {heading}"]
    if change.change != "unchanged":
        body = render_ops(change.body, color=color, quiet=quiet)
        if body:
            lines.extend("    " + line for line in body.splitlines())
    return lines


def format_text(comparison: Comparison, *, color: bool) -> str:
    """The whole comparison as terminal text, ending with a newline."""
    counts = comparison.counts()
    old, new = comparison.old_info, comparison.new_info
    lines = [
        f"old: {old.source or old.title}" + (f" @ {old.label}" if old.label else ""),
        f"new: {new.source or new.title}" + (f" @ {new.label}" if new.label else ""),
        "summary: " + ", ".join(f"{counts[k]} {k}" for k in
                                ("added", "removed", "modified", "moved", "unchanged"))
        + f"; {comparison.assessment}",
    ]
    if any(op != 0 for op, _ in comparison.title):
        lines += ["", "title: " + render_ops(comparison.title, color=color)]
    if any(op != 0 for op, _ in comparison.preamble):
        lines += ["", "preamble:"]
        preamble = render_ops(comparison.preamble, color=color, quiet=comparison.ignore_formatting)
        lines.extend("    " + line for line in preamble.splitlines())
    for change in comparison.sections:
        if change.change == "unchanged" and not change.moved:
            continue
        lines.append("")
        lines.extend(_section(change, color=color, quiet=comparison.ignore_formatting))
    if comparison.flags:
        lines += ["", "flags:"]
        for flag in comparison.flags:
            lines.append(f"  {flag.severity:<6} § {flag.section}  {flag.rule}: {flag.explanation}")
    return "\n".join(lines) + "\n"
