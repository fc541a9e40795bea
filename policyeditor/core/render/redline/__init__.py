"""The redline renderer: a comparison as HTML for a browser or for Qt.

:mod:`.markup` marks inserted and deleted words inside rendered Markdown
(:mod:`.table_diff` keeps tables whole); :mod:`.sections` renders each part
of the new text with its changes, :mod:`.front` the summary and the flags;
:mod:`policyeditor.core.render.redline_html` makes the HTML report of them,
the PDF report lays out the same parts, and :mod:`.panes` shows them in the
compare view.
"""
