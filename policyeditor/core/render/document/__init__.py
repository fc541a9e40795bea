"""The document renderer: a policy (or one section of it) as HTML for a browser or for Qt.

:mod:`.sections` renders a section — number, heading, body — for the editor's
preview (section by section), the web page and the PDF body alike;
:mod:`.front` the title matter (version, release notice, contents).
:mod:`policyeditor.core.render.html_export` puts them together as the
self-contained page for the website; the PDF lays them out for print.
"""
