"""Accept or reject the changes of a comparison and build the resulting document.

:mod:`changes` lists the decidable changes of a comparison (a run of changed
words in a heading or body, an added or removed section, a move, the title,
the preamble, a metadata value, the language); :mod:`build` makes the policy
that a set of decisions gives; :mod:`draft_edits` turns "the draft should now
read like this" into invertible edits, applied as one undo step.
"""
