#!/usr/bin/env bash
# Build the standalone PolicyEditor application folder with PyInstaller.
#
#   packaging/build.sh            -> dist/PolicyEditor/PolicyEditor (Linux)
#                                    dist/PolicyEditor.app            (macOS)
#
# The build runs in its own virtual environment (build/venv by default,
# POLICYEDITOR_BUILD_VENV to override) holding PyInstaller and the runtime
# dependencies only, so neither the shared development .venv nor the bundle
# picks up test or dev tools. The script prints the build time and the bundle
# size at the end. Windows: see packaging/README.md (same spec, no shell).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

venv="${POLICYEDITOR_BUILD_VENV:-$root/build/venv}"
python="${PYTHON:-python3}"
start=$(date +%s)

if [ ! -x "$venv/bin/python" ]; then
  echo "build: creating build environment $venv"
  "$python" -m venv "$venv"
fi

# Runtime dependencies come from pyproject.toml, so the bundle ships exactly
# what a wheel install would. pip's cache makes a repeated build cheap.
mapfile -t deps < <("$venv/bin/python" - "$root/pyproject.toml" <<'EOF'
import sys, tomllib
with open(sys.argv[1], "rb") as fh:
    print("\n".join(tomllib.load(fh)["project"]["dependencies"]))
EOF
)
echo "build: installing PyInstaller and ${#deps[@]} runtime dependencies into $venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  "pyinstaller>=6.10,<7" "${deps[@]}"

echo "build: PyInstaller $("$venv/bin/pyinstaller" --version), $("$venv/bin/python" --version)"
# nice: the build is CPU-heavy and should not starve an interactive session.
nice -n 10 "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
  "$here/policyeditor.spec"

if [ "$(uname)" = "Darwin" ]; then
  bundle="$root/dist/PolicyEditor.app"
else
  bundle="$root/dist/PolicyEditor"
fi
[ -e "$bundle" ] || { echo "build: $bundle was not produced" >&2; exit 1; }

elapsed=$(( $(date +%s) - start ))
size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "build: bundle $bundle: $size in $files files"
echo "build: took ${elapsed} s"

if [ "$(uname)" = "Linux" ] && [ "${POLICYEDITOR_NO_TARBALL:-0}" != 1 ]; then
  # The release tarball: the bundle plus its desktop integration, installed
  # by the user with PolicyEditor/desktop/install-desktop.sh.
  version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/policyeditor/__init__.py")"
  desk="$bundle/desktop"
  rm -rf "$desk"
  mkdir -p "$desk/linux" "$desk/icons"
  cp "$here/install-desktop.sh" "$desk/"
  cp "$here"/linux/se.policyeditor.PolicyEditor.* "$desk/linux/"
  cp -r "$here/icons/hicolor" "$desk/icons/"
  tarball="$root/dist/PolicyEditor-$version-linux-$(uname -m).tar.gz"
  tar -C "$root/dist" -cf - PolicyEditor | gzip -6 > "$tarball"
  echo "build: release tarball $tarball: $(du -h "$tarball" | cut -f1)"
  echo "build: total with tarball ${elapsed}+$(( $(date +%s) - start - elapsed )) s"
fi
