#!/usr/bin/env bash
# Smoke-test the frozen application built by packaging/build.sh.
#
#   packaging/smoke_test.sh [BUNDLE_DIR]      (default: dist/PolicyEditor)
#
# 1. Copies the bundle to a fresh temporary folder (it must not depend on
#    where it was built) and runs every headless verb there with no display
#    (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset: the application has
#    to pick Qt's offscreen platform itself), an empty environment and a
#    throw-away HOME: --version, import of the seed, export json/html/md/txt/
#    pdf, save-version, history, compare json/text/pdf, publish, check, and a
#    bad-input case (see packaging/smoke_verbs.sh).
# 2. When run as root with util-linux `unshare`, it does that inside a private
#    mount namespace where the source tree and every Python installation on
#    the machine are hidden under empty tmpfs mounts, and first proves that
#    `python3` no longer runs: the bundle is tested as on a machine with no
#    Python and no source tree. Otherwise it says so and runs unisolated.
# 3. Starts the GUI on the workspace made in step 1: under Xvfb (xvfb-run +
#    xdotool) it waits for the main window to be mapped and checks its title
#    names the workspace; without them, it checks the GUI stays up for a few
#    seconds on the offscreen platform.
#
# Needs the seed (../shared/corpus/seed/sekretesspolicy.txt beside the
# checkout, or POLICYEDITOR_SEED). Exit 0 only when every check passed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
bundle="$(cd "${1:-$root/dist/PolicyEditor}" 2>/dev/null && pwd)" \
  || { echo "smoke_test: no bundle at ${1:-$root/dist/PolicyEditor}; run packaging/build.sh" >&2; exit 2; }
seed="${POLICYEDITOR_SEED:-$root/../shared/corpus/seed/sekretesspolicy.txt}"
[ -f "$seed" ] || { echo "smoke_test: seed not found at $seed (set POLICYEDITOR_SEED)" >&2; exit 2; }
[ -x "$bundle/PolicyEditor" ] || { echo "smoke_test: $bundle/PolicyEditor is missing" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/pe-smoke.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)
cp -a "$bundle" "$tmp/PolicyEditor"
cp "$seed" "$tmp/seed.txt"
cp "$here/smoke_verbs.sh" "$tmp/smoke_verbs.sh"
mkdir -p "$tmp/home"
app="$tmp/PolicyEditor/PolicyEditor"
echo "smoke_test: bundle $(du -sh "$bundle" | cut -f1) copied to $tmp"

# An empty environment: no display, no Python variables, a private HOME.
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8"
  "TMPDIR=$tmp" "POLICYEDITOR_CONFIG_DIR=$tmp/home/config"
  "POLICYEDITOR_DATA_DIR=$tmp/home/data" "POLICYEDITOR_CACHE_DIR=$tmp/home/cache")

# Folders to hide: the checkout and anything that could supply a Python.
hide=("$root")
for d in /usr/lib/python3* /usr/local/lib/python3* /opt/python* /root/.pyenv \
         "${HOME:-/nonexistent}/.pyenv" "${HOME:-/nonexistent}/.local/lib"; do
  [ -d "$d" ] && hide+=("$d")
done
if command -v python3 >/dev/null; then
  base="$(python3 -c 'import sys; print(sys.base_prefix)' 2>/dev/null || true)"
  case "$base" in ""|/usr|/usr/local) ;; *) [ -d "$base" ] && hide+=("$base") ;; esac
fi
case "$tmp" in "$root"/*) hide=("${hide[@]:1}") ;; esac  # never hide our own workdir
mapfile -t hide < <(printf '%s\n' "${hide[@]}" | awk '!seen[$0]++')

isolated=0
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null \
   && unshare --mount --propagation private true 2>/dev/null; then
  isolated=1
fi

if [ "$isolated" = 1 ]; then
  echo "smoke_test: isolating: hiding ${hide[*]}"
  # shellcheck disable=SC2016
  "${clean_env[@]}" unshare --mount --propagation private bash -c '
    set -e
    tmp="$1"; shift
    for d in "$@"; do
      # A folder inside one hidden earlier is gone already.
      [ -d "$d" ] && mount -t tmpfs -o size=1m,mode=0755 pe-smoke-hidden "$d"
    done
    if command -v python3 >/dev/null && python3 -c "pass" 2>/dev/null; then
      echo "smoke_test: isolation failed: python3 still runs" >&2; exit 1
    fi
    echo "smoke_test: isolation ok: no Python runs, source tree hidden"
    exec bash "$tmp/smoke_verbs.sh" "$tmp/work" "$tmp/seed.txt" "$tmp/PolicyEditor/PolicyEditor"
  ' pe-smoke "$tmp" "${hide[@]}"
else
  echo "smoke_test: not isolated (needs root and unshare); running with a clean environment only"
  "${clean_env[@]}" bash "$tmp/smoke_verbs.sh" "$tmp/work" "$tmp/seed.txt" "$app"
fi

# --- GUI ---------------------------------------------------------------------------
# Opened on the workspace the verbs made, as a file manager would (Exec=... %f).
doc="$tmp/work/ws.policy"
echo "smoke_test: GUI start on $(basename "$doc")"
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  # Under Xvfb the app uses the bundled xcb platform plugin, as on a desktop.
  # shellcheck disable=SC2016  # the inner script expands its own arguments
  "${clean_env[@]}" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    app="$1"; log="$2"; doc="$3"
    "$app" "$doc" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 60); do
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "smoke_test: GUI exited early:" >&2; cat "$log" >&2; exit 1
      fi
      win="$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1 || true)"
      if [ -n "$win" ]; then
        title="$(xdotool getwindowname "$win")"
        kill "$pid"; wait "$pid" 2>/dev/null || true
        echo "smoke_test: GUI window is up (xcb under Xvfb): $title"
        case "$title" in
          *ws.policy*) exit 0 ;;
          *) echo "smoke_test: the window does not show the opened workspace" >&2; exit 1 ;;
        esac
      fi
      sleep 0.5
    done
    echo "smoke_test: no GUI window appeared within 30 s:" >&2; cat "$log" >&2
    kill "$pid" 2>/dev/null; exit 1
  ' gui "$app" "$tmp/gui.log" "$doc"
else
  "${clean_env[@]}" QT_QPA_PLATFORM=offscreen "$app" "$doc" >"$tmp/gui.log" 2>&1 &
  pid=$!
  sleep 5
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "smoke_test: GUI exited early:" >&2; cat "$tmp/gui.log" >&2; exit 1
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "smoke_test: GUI stayed up for 5 s on the offscreen platform (no Xvfb/xdotool here)"
fi
if grep -q "Traceback" "$tmp/gui.log"; then
  echo "smoke_test: GUI printed a traceback:" >&2; cat "$tmp/gui.log" >&2; exit 1
fi

echo "smoke_test: PASSED in $(( $(date +%s) - start )) s"
