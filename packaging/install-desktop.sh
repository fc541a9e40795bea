#!/usr/bin/env bash
# Install PolicyEditor's Linux desktop integration (and, if built, the bundle).
#
#   packaging/install-desktop.sh [--prefix DIR] [--bundle DIR] [--no-bundle] [--uninstall]
#
#   --prefix DIR   where to install; default ~/.local (per user, no root needed);
#                  /usr/local or /opt/... for a system-wide install
#   --bundle DIR   the built application folder; default: the folder this script
#                  ships in (PolicyEditor/desktop/ in the release tarball), else
#                  dist/PolicyEditor of the checkout
#   --no-bundle    desktop files only (e.g. when `policyeditor` comes from pip)
#   --uninstall    remove what an earlier install put under the prefix
#
# Installs:
#   PREFIX/lib/PolicyEditor/...                          the bundle (if present)
#   PREFIX/bin/policyeditor -> ../lib/PolicyEditor/PolicyEditor
#   PREFIX/share/applications/se.policyeditor.PolicyEditor.desktop
#   PREFIX/share/metainfo/se.policyeditor.PolicyEditor.metainfo.xml
#   PREFIX/share/mime/packages/se.policyeditor.PolicyEditor.xml
#   PREFIX/share/icons/hicolor/<size>/{apps,mimetypes}/...
# then refreshes the MIME, desktop and icon caches when those tools exist.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
app_id="se.policyeditor.PolicyEditor"
mime_icon="application-x-policyeditor-workspace"
prefix="${HOME}/.local"
if [ -x "$here/../PolicyEditor" ] && [ -d "$here/../_internal" ]; then
  bundle="$(cd "$here/.." && pwd)"       # unpacked release: PolicyEditor/desktop/
else
  bundle="$(cd "$here/.." && pwd)/dist/PolicyEditor"  # source checkout: packaging/
fi
with_bundle=1
uninstall=0

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --prefix=*) prefix="${1#*=}"; shift ;;
    --bundle) bundle="${2:?--bundle needs a folder}"; shift 2 ;;
    --bundle=*) bundle="${1#*=}"; shift ;;
    --no-bundle) with_bundle=0; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "install-desktop: unknown argument: $1" >&2; exit 2 ;;
  esac
done
prefix="$(mkdir -p "$prefix" && cd "$prefix" && pwd)"
share="$prefix/share"

refresh_caches() {
  if command -v update-mime-database >/dev/null; then
    update-mime-database "$share/mime"
  fi
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -f "$share/applications/$app_id.desktop" \
        "$share/metainfo/$app_id.metainfo.xml" \
        "$share/mime/packages/$app_id.xml"
  find "$share/icons/hicolor" \( -name "$app_id.png" -o -name "$app_id.svg" \
       -o -name "$mime_icon.png" -o -name "$mime_icon.svg" \) -delete 2>/dev/null || true
  if [ -L "$prefix/bin/policyeditor" ]; then rm -f "$prefix/bin/policyeditor"; fi
  rm -rf "$prefix/lib/PolicyEditor"
  mkdir -p "$share/mime/packages" "$share/applications"
  refresh_caches
  echo "install-desktop: removed PolicyEditor from $prefix"
  exit 0
fi

exec_cmd="policyeditor"
if [ "$with_bundle" = 1 ]; then
  if [ ! -x "$bundle/PolicyEditor" ]; then
    echo "install-desktop: no bundle at $bundle (run packaging/build.sh, or pass --no-bundle)" >&2
    exit 2
  fi
  mkdir -p "$prefix/lib" "$prefix/bin"
  # Copy to a temporary name, then swap, so an interrupted install never
  # leaves a half-copied application behind.
  rm -rf "$prefix/lib/.PolicyEditor.new"
  cp -a "$bundle" "$prefix/lib/.PolicyEditor.new"
  rm -rf "$prefix/lib/PolicyEditor"
  mv "$prefix/lib/.PolicyEditor.new" "$prefix/lib/PolicyEditor"
  ln -sfn "../lib/PolicyEditor/PolicyEditor" "$prefix/bin/policyeditor"
  # Launchers do not always have PREFIX/bin on PATH (~/.local/bin often is
  # not, for graphical sessions): name the program by its absolute path.
  exec_cmd="$prefix/bin/policyeditor"
fi

exec_field="$exec_cmd"
case "$exec_cmd" in
  *[[:space:]]*) exec_field="\"$exec_cmd\"" ;;  # the Exec key's quoting rule
esac
install -d "$share/applications" "$share/metainfo" "$share/mime/packages"
sed -e "s|^Exec=policyeditor |Exec=$exec_field |" -e "s|^TryExec=policyeditor$|TryExec=$exec_cmd|" \
  "$here/linux/$app_id.desktop" > "$share/applications/$app_id.desktop"
install -m 644 "$here/linux/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
install -m 644 "$here/linux/$app_id.xml" "$share/mime/packages/$app_id.xml"

# Icons: the application icon, and the same drawing as the workspace file's
# icon (its freedesktop name is the MIME type with '/' turned into '-').
for dir in "$here"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  for kind in apps mimetypes; do
    install -d "$share/icons/hicolor/$size/$kind"
  done
  for file in "$dir"/"$app_id".*; do
    ext="${file##*.}"
    install -m 644 "$file" "$share/icons/hicolor/$size/apps/$app_id.$ext"
    install -m 644 "$file" "$share/icons/hicolor/$size/mimetypes/$mime_icon.$ext"
  done
done

refresh_caches
echo "install-desktop: installed PolicyEditor into $prefix (launcher runs: $exec_cmd)"
