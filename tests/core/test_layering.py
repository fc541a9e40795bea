"""Layers (DESIGN.md §2, §9): core/ never imports PySide6; only the review
package runs the flag engine."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import policyeditor
from policyeditor.core import flags

PACKAGE = Path(policyeditor.__file__).parent
CORE = PACKAGE / "core"
ENGINE = "policyeditor.core.flags.engine"
# Only these may call the engine: the review package (for everyone) and the flags
# package itself (its modules, and __init__ re-exporting the engine's names lazily).
ENGINE_USERS = ("core/review/", "core/flags/")


def test_no_core_module_mentions_pyside6_in_an_import() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "policyeditor."
        + ".".join(p.relative_to(CORE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in CORE.rglob("*.py")
    )
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(
        ".__init__"
    )


def _imported(path: Path, node: ast.Import | ast.ImportFrom) -> list[str]:
    """Full names a statement imports (relative imports resolved, names as submodules)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = _module_name(path if path.name == "__init__.py" else path.parent)
        package = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
        base = f"{package}.{base}" if base else package
    return [f"{base}.{alias.name}" for alias in node.names]


def _engine_importers() -> set[str]:
    """Modules of the package that import the flag engine, in any way and anywhere
    (module level, in functions, under ``if TYPE_CHECKING:``)."""
    # the names policyeditor.core.flags re-exports from the engine count as the engine
    via_package = {f"policyeditor.core.flags.{name}" for name in flags.__all__}
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            names = _imported(path, node)
            if any(n == ENGINE or n.startswith(ENGINE + ".") or n in via_package for n in names):
                found.add(path.relative_to(PACKAGE).as_posix())
    return found


def test_only_the_review_package_imports_the_flag_engine() -> None:
    importers = _engine_importers()
    assert "core/review/flagged.py" in importers  # the check sees real imports
    assert sorted(p for p in importers if not p.startswith(ENGINE_USERS)) == []
