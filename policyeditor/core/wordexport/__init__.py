"""Policies and comparisons as Word documents (.docx), written with python-docx and lxml."""
