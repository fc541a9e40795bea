"""Policies and comparisons as Word documents (.docx), written with python-docx and lxml:
the document export and the redline with tracked changes (``tracked/``)."""
