"""Bundled resources: rules, export styles, fonts, icons, translations, templates."""
