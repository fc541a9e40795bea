"""Widgets of the desktop editor (QtWidgets)."""
