"""Tests of the Word redline (compare --format docx)."""
