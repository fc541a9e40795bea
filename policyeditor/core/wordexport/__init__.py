"""Word (.docx) output: the document export and the redline with tracked changes."""
