"""Files: new, open, import, save, recent files, close."""
