"""The redline as a Word document with real tracked changes and flags as comments.

:func:`write_redline_docx` writes the new version of a comparison in which
every difference from the old one is a tracked change (insertions, deletions
with their paragraph marks, moves) by one author at one date, and every medium
or high flag is a comment on the changed words. Accepting all changes gives
the new version's text, rejecting all the old one's (see
:func:`~policyeditor.core.wordexport.tracked.expected.policy_paragraphs` for
what "text" means).
"""

from policyeditor.core.wordexport.tracked.writer import write_redline_docx

__all__ = ["write_redline_docx"]
