"""Drafting checks in the editor: spelling underlines, suggestions, the Problems panel."""
