"""The text of one version as the Word redline shows it: paragraph texts in order.

Title, metadata lines, preamble paragraphs, then per section in reading order
its heading with its derived number ("1.2 Title") and its body paragraphs (one
per non-empty Markdown line; list items, quotes and table rows too, a row's
cells separated by tabs). Empty paragraphs are not text. Accepting every change
of the redline must give exactly this for the new version; rejecting every
change exactly this for the old one.
"""

from __future__ import annotations

from policyeditor.core.model import Policy, walk
from policyeditor.core.wordexport.tracked.layout import metadata_lines
from policyeditor.core.wordexport.tracked.markdown_lines import (
    line_text,
    markdown_paragraphs,
)


def policy_paragraphs(policy: Policy, language: str | None = None) -> list[str]:
    """Every non-empty paragraph text of ``policy`` in document order.

    ``language`` names the labels of the metadata lines: the redline's document
    language (its new version's) for both sides; by default the policy's own.
    """
    texts = [line_text(policy.title.replace("\n", " "), plain=True)]
    lines = metadata_lines(policy, language or policy.language)
    texts.extend(line_text(line, plain=True) for line in lines)
    texts.extend(markdown_paragraphs(policy.preamble))
    for ref in walk(policy):
        heading = f"{ref.number} {ref.section.heading}".replace("\n", " ")
        texts.append(line_text(heading, plain=True))
        texts.extend(markdown_paragraphs(ref.section.body))
    return [text for text in texts if text]
