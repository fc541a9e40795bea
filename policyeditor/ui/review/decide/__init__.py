"""Accept or reject each change in the compare view, then make the draft from the decisions.

``state`` keeps the decisions (by change key, so they survive recomputing),
``change_tree`` lists every change with its decision, ``review_bar`` holds the
Accept/Reject/Apply buttons with their menus, and ``commands`` connects the
actions to them and applies the decisions to the draft as one undo step.
"""
