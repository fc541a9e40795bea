"""Pure-Python engine: model, text formats, workspace, compare, flags, rendering.

Never imports PySide6 (a test enforces it).
"""
