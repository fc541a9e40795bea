"""Application services (DESIGN.md §9): the one path from a request to a result.

The command line and the GUI are thin: both call these services for review
(compare + flags + review state), publishing (the gate), export (the format
registry) and the wording of typed errors.
"""
