"""Every Python package of the source tree is listed for the wheel.

pyproject.toml lists packages explicitly (resources/ is mapped into the
package), so a new subpackage that is not listed would silently be missing
from an installed wheel.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_shipped() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "policyeditor").rglob("__init__.py")
    }
    assert found - listed == set()
    assert "policyeditor.resources" in listed
