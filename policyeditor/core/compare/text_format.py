"""The comparison as text for a terminal (``compare --format text``).

One block per section that changed or moved: its numbers old → new, what
happened, and the heading and body with changed words marked; in a long
section only the lines around a change are shown. Unchanged sections in place
are summed up, not repeated. Without colour, changes are
marked like ``git diff --word-diff``: ``[-deleted-]`` and ``{+inserted+}``;
with colour (the caller decides, e.g. on a tty) deletions are red and struck
through, insertions blue and underlined, moves green: the legal convention.
"""

from __future__ import annotations

from policyeditor.core.compare import noise
from policyeditor.core.compare.result import Comparison, DiffOp, SectionChange, SideInfo

_RED = "\x1b[31;9m"
_BLUE = "\x1b[34;4m"
_GREEN = "\x1b[32m"
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"


# Unchanged lines kept around a change, and the longest unchanged stretch
# printed in full before it is cut to "…".
CONTEXT_LINES = 2


def _runs(ops: list[DiffOp], quiet: bool) -> list[DiffOp]:
    """The ops, with formatting-only replacements folded into the new text if ``quiet``."""
    if not quiet:
        return ops
    out: list[DiffOp] = []
    index = 0
    while index < len(ops):
        op, text = ops[index]
        if (
            op < 0
            and index + 1 < len(ops)
            and ops[index + 1][0] > 0
            and noise.same_but_formatting(text, ops[index + 1][1])
        ):
            out.append((0, ops[index + 1][1]))
            index += 2
        else:
            out.append((op, text))
            index += 1
    return out


def _mark(op: int, text: str, color: bool) -> str:
    if op == 0 or not text:
        return text
    if color:
        return (_RED if op < 0 else _BLUE) + text + _RESET
    return f"[-{text}-]" if op < 0 else f"{{+{text}+}}"


def render_ops(ops: list[DiffOp], *, color: bool, quiet: bool = False) -> str:
    """Diff ops as one string with deletions and insertions marked.

    With ``quiet`` (``--ignore-formatting``) a deletion and insertion that
    differ only in formatting are shown as the new text, unmarked; the JSON
    keeps both, so nothing is lost.
    """
    return "".join(_mark(op, text, color) for op, text in _runs(ops, quiet))


def render_lines(
    ops: list[DiffOp], *, color: bool, quiet: bool = False, pilcrows: bool = True
) -> list[str]:
    """Diff ops as lines, each marked on its own line (so colour never spans
    lines), with long unchanged stretches cut to "…" around the changes.
    A changed line break shows as a marked "¶"."""
    lines: list[list[str]] = [[]]
    changed: list[bool] = [False]
    for op, text in _runs(ops, quiet):
        segments = text.split("\n")
        for number, segment in enumerate(segments):
            if number:
                if op != 0:
                    if pilcrows:
                        lines[-1].append(_mark(op, "¶", color))
                    changed[-1] = True
                lines.append([])
                changed.append(False)
            if segment:
                lines[-1].append(_mark(op, segment, color))
                changed[-1] = changed[-1] or op != 0
    keep = [False] * len(lines)
    for index, is_changed in enumerate(changed):
        if is_changed:
            last = min(len(lines), index + CONTEXT_LINES + 1)
            for near in range(max(0, index - CONTEXT_LINES), last):
                keep[near] = True
    out: list[str] = []
    for index, parts in enumerate(lines):
        if keep[index]:
            out.append("".join(parts))
        elif out[-1:] != ["…"]:
            out.append("…")
    return out


def _status(change: SectionChange) -> str:
    words: list[str] = [change.change]
    if change.moved:
        words.append("moved")
    if change.split_from is not None:
        words.append(f"split from {change.split_from[1]}")
    if change.merged_into is not None:
        words.append(f"merged into {change.merged_into[1]}")
    if change.split_into:
        words.append("split into " + ", ".join(number for _, number in change.split_into))
    if change.merged_from:
        words.append("merged from " + ", ".join(number for _, number in change.merged_from))
    return ", ".join(words)


def _section(change: SectionChange, *, color: bool, quiet: bool) -> list[str]:
    numbers = f"{change.old_number or '(new)'} → {change.new_number or '(removed)'}"
    status = _status(change)
    if color:
        status = (_GREEN if change.moved else _BOLD) + status + _RESET
    heading = render_ops(change.heading, color=color, quiet=quiet)
    lines = [f"§ {numbers}  [{status}]  {heading}"]
    if change.change != "unchanged":
        # an added or removed section is all change: shown whole, and its
        # line breaks need no marking
        whole = change.change != "modified"
        body = render_lines(change.body, color=color, quiet=quiet, pilcrows=not whole)
        lines.extend("    " + line for line in body)
    return lines


def _side_line(name: str, info: SideInfo) -> str:
    where = info.source or info.title
    # a source given as WS.policy@LABEL already names its version
    if info.label and not where.endswith(f"@{info.label}"):
        where += f" @ {info.label}"
    return f"{name}: {where}"


def format_text(comparison: Comparison, *, color: bool) -> str:
    """The whole comparison as terminal text, ending with a newline."""
    counts = comparison.counts()
    old, new = comparison.old_info, comparison.new_info
    lines = [
        _side_line("old", old),
        _side_line("new", new),
        "summary: " + ", ".join(f"{counts[k]} {k}" for k in
                                ("added", "removed", "modified", "moved", "unchanged"))
        + f"; {comparison.assessment}",
    ]
    if any(op != 0 for op, _ in comparison.title):
        lines += ["", "title: " + render_ops(comparison.title, color=color)]
    if comparison.language is not None:
        lines += ["", "language: " + render_ops(
            [(-1, comparison.language[0]), (1, comparison.language[1])], color=color)]
    if comparison.metadata:
        lines += ["", "metadata:"]
        for key, (before, after) in comparison.metadata.items():
            ops = [(-1, before or ""), (1, after or "")]
            lines.append(f"    {key}: " + render_ops([op for op in ops if op[1]], color=color))
    if any(op != 0 for op, _ in comparison.preamble):
        lines += ["", "preamble:"]
        quiet = comparison.ignore_formatting
        preamble = render_lines(comparison.preamble, color=color, quiet=quiet)
        lines.extend("    " + line for line in preamble)
    for change in comparison.sections:
        if change.change == "unchanged" and not change.moved:
            continue
        lines.append("")
        lines.extend(_section(change, color=color, quiet=comparison.ignore_formatting))
    if comparison.flags:
        lines += ["", "flags:"]
        for flag in comparison.flags:
            also = f" [+ {', '.join(flag.secondary)}]" if flag.secondary else ""
            lines.append(f"  {flag.severity:<6} § {flag.section}  {flag.rule}{also}: "
                         f"{flag.explanation}")
    return "\n".join(lines) + "\n"
