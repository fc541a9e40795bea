"""Review comments of the new version's sections as Word comments in the redline .docx.

Each thread goes on its quoted words where one run of the new text holds them
(the run is split so the comment covers exactly those words), else on the
paragraph that reads them, else on the section's heading; a detached thread
(its words were deleted) goes on the heading. The thread's author and date are
the comment's; each reply is a further comment on the same words, and a
resolved thread says so, in the document's language.

Runs are split before the flags are anchored, and a thread's run is named by
the run itself, so later splits in the same paragraph do not move it.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyeditor.core.comments.anchor import locate
from policyeditor.core.compare.result import Comparison
from policyeditor.core.model import Comment
from policyeditor.core.wordexport.tracked.paragraphs import Paragraph, Run

_HIDDEN_IN_NEW = ("del", "moveFrom")


@dataclass(frozen=True)
class ReviewPlace:
    """Where one thread goes: its paragraph and (if its words are one run) that run."""

    comment: Comment
    paragraph: int
    run: Run | None

    def run_index(self, paragraphs: list[Paragraph]) -> int | None:
        """The run's index now (after every split), None for the whole paragraph."""
        if self.run is None:
            return None
        runs = paragraphs[self.paragraph].runs
        return next(i for i, run in enumerate(runs) if run is self.run)


def _split(paragraph: Paragraph, index: int, start: int, end: int) -> Run:
    """Cut run ``index`` so ``[start, end)`` of its text is a run of its own; returns it."""
    run = paragraph.runs[index]
    parts = [Run(run.mark, text, run.emphasis)
             for text in (run.text[:start], run.text[start:end], run.text[end:])]
    paragraph.runs[index:index + 1] = [p for p in parts if p.text]
    return parts[1]


def _place(comment: Comment, paragraphs: list[Paragraph], indexes: list[int]
           ) -> tuple[int, Run | None]:
    quote = " ".join(comment.quote.split())
    if quote and not comment.detached:
        body = [i for i in indexes if not paragraphs[i].heading] + [
            i for i in indexes if paragraphs[i].heading]
        for i in body:
            for r, run in enumerate(paragraphs[i].runs):
                if run.mark in _HIDDEN_IN_NEW:
                    continue
                span = locate(run.text, quote)
                if span is not None:
                    return i, _split(paragraphs[i], r, *span)
        for i in body:
            if quote in " ".join(paragraphs[i].view_text("new").split()):
                return i, None
    heading = next((i for i in indexes if paragraphs[i].heading), indexes[0])
    return heading, None


def review_places(comparison: Comparison, paragraphs: list[Paragraph]) -> list[ReviewPlace]:
    """Every thread of the new version's sections, placed (runs split as needed)."""
    by_section: dict[str, list[int]] = {}
    for index, paragraph in enumerate(paragraphs):
        # a moved section is in the document twice: its new place is where it is read
        if paragraph.section_id and not paragraph.move_from:
            by_section.setdefault(paragraph.section_id, []).append(index)
    places: list[ReviewPlace] = []
    for change in comparison.sections:
        section = change.new_section
        indexes = by_section.get(change.new_id or "") if section is not None else None
        if section is None or not indexes:
            continue
        for comment in section.comments:
            places.append(ReviewPlace(comment, *_place(comment, paragraphs, indexes)))
    return places
