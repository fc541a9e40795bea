#!/usr/bin/env bash
# Build the sdist and wheel and prove the wheel works when installed alone.
#
#   packaging/wheel_smoke.sh            (CI runs this; ~1 minute with a warm pip cache)
#
# 1. `python -m build` (sdist, then the wheel built FROM that sdist, so a file
#    missing from the sdist shows up as a broken wheel).
# 2. Checks that the sdist carries resources/, tests/ and packaging/, and that
#    the wheel carries every module of the policyeditor package and every
#    resource file (catching a sub-package forgotten in pyproject.toml).
# 3. Installs the wheel into a fresh virtual environment in a temporary folder
#    (outside the source tree, which is never on sys.path), and runs every
#    headless verb there with no display (packaging/smoke_verbs.sh): --version,
#    import of the seed, export json/html/md/txt/pdf, compare, history,
#    save-version, publish, check.
# pip's cache is reused; nothing is downloaded twice. The seed comes from
# ../shared/corpus beside the checkout, or POLICYEDITOR_SEED.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
python="${PYTHON:-python3}"
seed="${POLICYEDITOR_SEED:-$root/../shared/corpus/seed/sekretesspolicy.txt}"
[ -f "$seed" ] || { echo "wheel_smoke: seed not found at $seed (set POLICYEDITOR_SEED)" >&2; exit 2; }
start=$(date +%s)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/pe-wheel.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
pipq=(--quiet --disable-pip-version-check)

# `build` is a dev tool, not a runtime dependency: use the caller's if it has
# it, else a small cached tool environment under build/ (gitignored).
if "$python" -m build --version >/dev/null 2>&1; then
  builder="$python"
else
  tools="$root/build/wheel-tools"
  if [ ! -x "$tools/bin/python" ]; then "$python" -m venv "$tools"; fi
  "$tools/bin/python" -m pip install "${pipq[@]}" build 2>"$tmp/pip-tools.log" \
    || { cat "$tmp/pip-tools.log" >&2; exit 1; }
  builder="$tools/bin/python"
fi

echo "wheel_smoke: python -m build (sdist, then wheel from the sdist)"
(cd "$root" && "$builder" -m build --outdir "$tmp/dist" . >"$tmp/build.log" 2>&1) \
  || { tail -30 "$tmp/build.log" >&2; echo "wheel_smoke: build failed" >&2; exit 1; }
sdist="$(ls "$tmp"/dist/*.tar.gz)"
wheel="$(ls "$tmp"/dist/*.whl)"
echo "wheel_smoke: built $(basename "$sdist") ($(du -h "$sdist" | cut -f1)), $(basename "$wheel") ($(du -h "$wheel" | cut -f1))"

# --- contents ------------------------------------------------------------------------
"$python" - "$root" "$sdist" "$wheel" <<'EOF'
"""Compare the source tree with what the sdist and the wheel carry."""
import sys
import tarfile
import zipfile
from pathlib import Path

root, sdist, wheel = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
skip = {"__pycache__"}


def files(base: Path) -> set[str]:
    return {
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and not skip & set(p.parts) and p.suffix != ".pyc"
    }


problems = []
with tarfile.open(sdist) as tar:
    names = tar.getnames()
top = names[0].split("/")[0]
in_sdist = {n.split("/", 1)[1] for n in names if "/" in n}
for folder in ("policyeditor", "resources", "tests", "packaging"):
    if not any(n.startswith(folder + "/") for n in in_sdist):
        problems.append(f"sdist has no {folder}/")
for name in ("pyproject.toml", "README.md"):
    if name not in in_sdist:
        problems.append(f"sdist lacks {name}")

in_wheel = set(zipfile.ZipFile(wheel).namelist())
expected = {f"policyeditor/{f}" for f in files(root / "policyeditor") if f.endswith(".py")}
expected |= {f"policyeditor/resources/{f}" for f in files(root / "resources")}
missing = sorted(expected - in_wheel)
if missing:
    folders = sorted({m.rsplit("/", 1)[0] for m in missing})
    problems.append(
        f"wheel lacks {len(missing)} file(s) of the source tree, in: {', '.join(folders)} "
        "(a package not listed in pyproject.toml [tool.setuptools] packages?)"
    )
if problems:
    print("wheel_smoke: FAIL contents:\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"wheel_smoke: contents ok ({len(in_sdist)} files in sdist, {len(in_wheel)} in wheel)")
EOF

# --- install into a fresh venv, far from the source tree ---------------------------------
cd "$tmp"
"$python" -m venv "$tmp/venv"
echo "wheel_smoke: installing the wheel into a fresh venv"
"$tmp/venv/bin/python" -m pip install "${pipq[@]}" "$wheel" 2>"$tmp/pip.log" \
  || { cat "$tmp/pip.log" >&2; echo "wheel_smoke: installing the wheel failed" >&2; exit 1; }

# The installed package must be the wheel's, and resources must resolve from it.
env -i "PATH=/usr/bin:/bin" "HOME=$tmp" "$tmp/venv/bin/python" -I - "$tmp/venv" <<'EOF'
import sys
from importlib import resources
from pathlib import Path

import policyeditor

venv = Path(sys.argv[1]).resolve()
where = Path(policyeditor.__file__).resolve()
assert venv in where.parents, f"policyeditor imported from {where}, not the venv"
res = resources.files("policyeditor.resources")
for name in ("fonts/DejaVuSerif.ttf", "export/policy.css", "icons/policyeditor.svg"):
    assert res.joinpath(name).is_file(), f"resource missing from the installed wheel: {name}"
print(f"wheel_smoke: installed policyeditor {policyeditor.__version__} from the venv, resources found")
EOF

env -i "PATH=$tmp/venv/bin:/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8" "TMPDIR=$tmp" \
  "POLICYEDITOR_CONFIG_DIR=$tmp/home/config" "POLICYEDITOR_DATA_DIR=$tmp/home/data" \
  "POLICYEDITOR_CACHE_DIR=$tmp/home/cache" \
  bash "$here/smoke_verbs.sh" "$tmp/work" "$seed" "$tmp/venv/bin/policyeditor"

echo "wheel_smoke: PASSED in $(( $(date +%s) - start )) s"
