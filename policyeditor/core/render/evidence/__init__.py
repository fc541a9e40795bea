"""The evidence pack of a published version, rendered for Qt's PDF pages.

:mod:`.words` holds its fixed words (in the policy's language), :mod:`.pack`
the front pages (cover, fingerprint check, timeline, flags and how each was
resolved) and the body (the published text, the redline).
"""
