"""Start to window shown with the seed policy, measured as a user would: a new process.

Runs ``python -c`` that starts the editor on the seed (imported into an unsaved
document) and prints the moment the main window is exposed. Reports the wall
time from spawning the process (interpreter start, imports, Qt start, import of
the seed, layout) to the window shown, over several runs. Prints figures.

    .venv/bin/python benchmarks/bench_editor_startup.py [SEED]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from policyeditor.gui import EditorApp, make_application
app = make_application()
controller = EditorApp(app).start(sys.argv[1])
QTest.qWaitForWindowExposed(controller.window)
print(f"SHOWN {time.time():.6f}", flush=True)
controller.window.close_guard = None
"""


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    seed = sys.argv[1] if len(sys.argv) > 1 else str(
        root.parent / "shared" / "corpus" / "seed" / "sekretesspolicy.txt")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = []
    for _ in range(6):
        with tempfile.TemporaryDirectory() as tmp:
            for var in ("CONFIG", "DATA", "CACHE"):
                env[f"POLICYEDITOR_{var}_DIR"] = str(Path(tmp) / var.lower())
            start = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD, seed], env=env, cwd=root,
                                 capture_output=True, text=True, timeout=120)
            shown = [line for line in out.stdout.splitlines() if line.startswith("SHOWN")]
            if not shown:
                raise SystemExit(f"editor did not start: {out.stderr[-2000:]}")
            runs.append(float(shown[0].split()[1]) - start)
    warm = runs[1:]  # the first run pays for cold file caches
    print(f"start → window shown with the seed (new process, {len(warm)} warm runs): "
          f"median {statistics.median(warm) * 1000:.0f} ms, best {min(warm) * 1000:.0f} ms, "
          f"cold first run {runs[0] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
