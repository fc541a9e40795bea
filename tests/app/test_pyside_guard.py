"""Guard against the PySide6 6.12.0 crash on Python 3.11 (DESIGN.md §10).

That release corrupts the reference count of ``None`` on every call of a Qt
method that returns nothing; after a few thousand calls the interpreter aborts
with ``Fatal Python error: none_dealloc``. The pin keeps us below 6.12; this
test proves the installed build survives 20,000 such calls.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
obj = QObject()
for i in range(20000):
    obj.setObjectName("guard")   # returns None
print("survived")
"""


def test_twenty_thousand_void_qt_calls_exit_cleanly() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "survived"
    assert "none_dealloc" not in result.stderr
