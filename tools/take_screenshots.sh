#!/usr/bin/env bash
# Redraws the pictures that the AppStream metainfo describes
# (packaging/screenshots/*.png) from the demo community, with the programs of
# a build folder, offscreen: no display is needed.
#
#   bash tools/take_screenshots.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: bash tools/take_screenshots.sh BUILD_DIR}
out=packaging/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen CONVIVIUM_LANG=en_GB   # English, with day-month dates

"$build/app/convivium-cli" --db "$work/demo.convivium" demo >/dev/null
mkdir -p "$out"
gui() { "$build/app/convivium" "$work/demo.convivium" "$@" 2>/dev/null; }
gui --screenshot "$out/main-window.png"
gui --open-event "Rencontres communautaires d'hiver 2026" --tab 0 --screenshot "$out/registrations.png"
gui --screenshot-reports --screenshot "$out/reports.png"
for f in main-window registrations reports; do
  [ -s "$out/$f.png" ] || { echo "no picture drawn for $f" >&2; exit 1; }
done
echo "wrote $out/main-window.png, registrations.png and reports.png"
