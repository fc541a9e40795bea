"""``python -m policyeditor`` is the ``policyeditor`` command."""

from policyeditor.cli import main

raise SystemExit(main())
