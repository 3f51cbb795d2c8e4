#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Convivium (Release) and either
# starts it on the demo community (`run`) or runs the whole test suite (`test`).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: bash tools/quickstart.sh run|test" >&2; exit 2 ;;
esac

packages=(
  g++ cmake ninja-build dpkg-dev file pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
  breeze-icon-theme fonts-dejavu-core sqlite3 libsqlite3-dev iso-codes libical-dev
)
if [ "$mode" = test ]; then
  # dbus-daemon and gnome-keyring: the API key test against a private keyring;
  # postgresql: the core tests run again on a PostgreSQL server of their own.
  packages+=(xvfb xauth poppler-utils dbus-daemon gnome-keyring postgresql)
fi

. tools/ensure_packages.sh
ensure_packages "Convivium needs" "${packages[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
build=build/release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" -j"$jobs"

if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: start Convivium from a desktop session with: $build/app/convivium --demo" >&2
    exit 1
  fi
  exec "$build/app/convivium" --demo
fi

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j"$jobs"
