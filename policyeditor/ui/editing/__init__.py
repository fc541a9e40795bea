"""Editing a policy: section editor, outline, preview, find and replace, section commands."""
