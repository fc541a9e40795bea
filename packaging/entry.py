"""Entry point of the frozen application (PyInstaller's script).

The frozen ``PolicyEditor`` executable is exactly the ``policyeditor``
command: no verb (or just a FILE) opens the editor, every verb runs headless.
Nothing here differs from the installed wheel, so the wheel smoke test and the
bundle smoke test exercise the same code path.
"""

from policyeditor.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
