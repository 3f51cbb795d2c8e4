#!/usr/bin/env bash
# Checks that Convivium installs like a desktop application: validates the
# desktop integration files, builds the .deb from an existing build folder,
# installs it with apt (which must resolve its dependencies by itself), and
# runs the installed programs from /usr/bin, away from the build folder.
#
#   bash tools/check_package.sh BUILD_DIR      (as root: it installs the package)
#
# The package stays installed afterwards; `apt-get remove -y convivium` removes it.
set -euo pipefail
cd "$(dirname "$0")/.."

# Tools this check needs (Debian packages). file: CPack finds the programs
# to hand to dpkg-shlibdeps with it; shared-mime-info: update-mime-database.
packages=(desktop-file-utils appstream man-db groff-base dpkg-dev file shared-mime-info)

build=${1:-}
if [ -z "$build" ] || [ ! -f "$build/CMakeCache.txt" ]; then
  echo "usage: bash tools/check_package.sh BUILD_DIR (a configured and built CMake build folder)" >&2
  exit 2
fi
build=$(cd "$build" && pwd)
app_id=org.convivium.Convivium
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check_package: FAILED: %s\n' "$*" >&2; exit 1; }
SECONDS=0

. tools/ensure_packages.sh
ensure_packages "This check needs" "${packages[@]}"
[ "$(id -u)" -eq 0 ] || fail "installing the package needs root; run this check as root"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# update-mime-database warns on stderr but still exits 0: any output fails.
check_mime() {
  mkdir -p "$work/mime/packages"
  cp "$1" "$work/mime/packages/$app_id.xml"
  local out
  out=$(XDG_DATA_HOME="$work" update-mime-database "$work/mime" 2>&1) || fail "update-mime-database refused $1: $out"
  [ -z "$out" ] || fail "update-mime-database warned about $1: $out"
  [ -f "$work/mime/application/x-convivium.xml" ] || fail "$1 defines no application/x-convivium type"
}

# groff's -ww turns on every warning; man-db's --warnings passes them on.
check_man() {
  local out
  out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$1" 2>&1 >/dev/null) || fail "man cannot render $1: $out"
  [ -z "$out" ] || fail "the man page $1 renders with warnings: $out"
}

step "Validating the desktop integration files (sources)"
desktop-file-validate "packaging/$app_id.desktop" || fail "desktop-file-validate refused packaging/$app_id.desktop"
appstreamcli validate --no-net "packaging/$app_id.metainfo.xml" || fail "appstreamcli refused packaging/$app_id.metainfo.xml"
check_mime "packaging/$app_id.mime.xml"
check_man packaging/convivium-cli.1
echo "desktop entry, metainfo, MIME type and man page are valid"

step "Building the Debian package in $build"
# A no-op on top of a finished build; re-runs CMake if its files changed.
cmake --build "$build" -j"${CHECK_PACKAGE_JOBS:-1}" || fail "the build in $build failed"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPack configuration: configure it again from this source tree"
rm -f "$build"/convivium_*.deb
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB failed (its log is under $build/_CPack_Packages)"
debs=("$build"/convivium_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack wrote no convivium_*.deb in $build"
deb=${debs[0]}
dpkg-deb -f "$deb" Package Version Installed-Size Depends

step "Checking what the package ships"
mkdir "$work/deb"
dpkg-deb -x "$deb" "$work/deb"
for f in usr/bin/convivium usr/bin/convivium-cli \
         "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/mime/packages/$app_id.xml" "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         usr/share/man/man1/convivium-cli.1.gz; do
  [ -s "$work/deb/$f" ] || fail "the package lacks /$f"
done
desktop-file-validate "$work/deb/usr/share/applications/$app_id.desktop" || fail "the packaged .desktop file is invalid"
# validate-tree also checks that the metainfo, the launcher and the icon agree.
appstreamcli validate-tree --no-net "$work/deb" || fail "appstreamcli refused the installed tree (metainfo, launcher, icon)"
check_man "$work/deb/usr/share/man/man1/convivium-cli.1.gz"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libqt6sql6-psql breeze-icon-theme iso-codes libqt6core6; do
  [[ ", $depends," == *", $d"[\ ,]* ]] || fail "the package does not depend on $d (Depends: $depends)"
done
echo "all files present; Depends: $depends"

step "Installing $(basename "$deb") with apt"
export DEBIAN_FRONTEND=noninteractive
# apt resolves the package's dependencies; with stale package lists it may not
# find them, so the lists are refreshed once and the install tried again.
if ! apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
  apt-get update -qq
  apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get install $deb failed"; }
fi
version=$(dpkg-query -W -f='${Version}' convivium)
echo "installed convivium $version"
for b in /usr/bin/convivium /usr/bin/convivium-cli; do
  libs=$(ldd "$b") || fail "ldd cannot read $b"
  if grep "not found" <<<"$libs" >&2; then
    fail "$b needs libraries that the package's dependencies do not bring"
  fi
done
if [ -x /usr/bin/update-mime-database ]; then
  [ -f /usr/share/mime/application/x-convivium.xml ] || fail "the system MIME database does not know application/x-convivium after installation"
fi

step "Running the installed programs"
# A clean environment in an empty folder: nothing may come from the build folder.
run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$@"); }
out=$(run /usr/bin/convivium-cli --version) || fail "convivium-cli --version failed"
echo "$out"
[ "$out" = "convivium-cli $version" ] || fail "convivium-cli --version says \"$out\", the package is $version"
help=$(run /usr/bin/convivium-cli --lang fr --help) || fail "convivium-cli --help failed"
grep -q "^Utilisation" <<<"$help" || fail "convivium-cli --lang fr --help is not in French: the translations are not found"
run /usr/bin/convivium-cli --db "$work/demo.convivium" demo || fail "convivium-cli demo failed"
events=$(run /usr/bin/convivium-cli --db "$work/demo.convivium" list events) || fail "convivium-cli list events failed"
event=$(sed -n '1s/\t.*//p' <<<"$events")
[ -n "$event" ] || fail "the demo community lists no event"
run /usr/bin/convivium-cli --db "$work/demo.convivium" report participants --event "$event" \
  --output "$work/participants.pdf" || fail "convivium-cli report failed"
[ -s "$work/participants.pdf" ] || fail "the report is missing or empty"
[ "$(head -c 5 "$work/participants.pdf")" = "%PDF-" ] || fail "the report is not a PDF file"
echo "participants report of event $event: $(stat -c %s "$work/participants.pdf") bytes of PDF"
# The desktop application opens the community offscreen and pictures its window.
run QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/convivium "$work/demo.convivium" --screenshot "$work/window.png" \
  >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "the installed convivium did not open the demo community"; }
[ "$(head -c 4 "$work/window.png" | tail -c 3)" = "PNG" ] || fail "the installed convivium drew no window picture"
echo "the desktop application opened the demo community"

printf '\ncheck_package: OK (%s s)\n' "$SECONDS"
