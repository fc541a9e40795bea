"""Application layer: QtCore/QtGui only (session, undo, settings, paths, translations)."""
