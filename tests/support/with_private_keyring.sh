#!/bin/sh
# Runs a test against a real Secret Service without touching the user's:
# called inside `dbus-run-session`, it starts a fresh GNOME Keyring in a
# temporary home, unlocked with a throw-away password, then runs the test
# with CONVIVIUM_TEST_KEYRING=1. The keyring exits with the D-Bus session.
# Usage: dbus-run-session -- sh with_private_keyring.sh GNOME_KEYRING_DAEMON TEST [ARGS…]
set -eu
daemon=$1
shift
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/data" "$home/cache" "$home/config" "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
       XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
unset DISPLAY WAYLAND_DISPLAY
printf 'convivium-test' | "$daemon" --unlock --components=secrets >/dev/null
CONVIVIUM_TEST_KEYRING=1 "$@"
