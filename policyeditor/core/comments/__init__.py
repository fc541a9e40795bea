"""Review comments on section text: anchoring (:mod:`.anchor`), undoable edits (:mod:`.edits`)."""
