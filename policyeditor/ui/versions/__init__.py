"""Versions: the versions panel, saving, opening and restoring versions, release notices."""
