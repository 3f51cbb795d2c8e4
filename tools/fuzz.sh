#!/usr/bin/env bash
# Runs each libFuzzer target of fuzz/ for SECONDS seconds (issue 7):
#   bash tools/fuzz.sh SECONDS [BUILD_DIR]      (BUILD_DIR: build/fuzz)
# Installs clang when missing (as root), builds the core library and the
# targets with clang and the sanitizers (not the GUI), then fuzzes each on a
# copy of fuzz/corpus/<target>, so the repository is left as it was. Exits
# non-zero when a target crashes, hangs, leaks or runs out of memory, naming
# the input that did it: add that input to a regression test in tests/core.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-}
build=${2:-build/fuzz}
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash tools/fuzz.sh SECONDS [BUILD_DIR]" >&2
  exit 2
fi
targets=(csv_reader grist_table backup_file)

# What configuring needs (the whole project is configured, only the core is
# built), with clang and its sanitizer and libFuzzer runtimes.
packages=(
  clang libclang-rt-14-dev cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
  libsqlite3-dev libical-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Fuzzing needs these Debian packages; run as root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${#missing[@]} Debian packages…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}   # FUZZ_JOBS: fewer on a shared machine
if [ ! -f "$build/CMakeCache.txt" ]; then
  # -O1 and line tables: fast enough to fuzz, quick to build, stacks with file:line.
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DBUILD_TESTING=OFF -DCONVIVIUM_FUZZ=ON >/dev/null
fi
cmake --build "$build" -j"$jobs" --target fuzzers

# The backup target writes a SQLite file per input: in memory when possible.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  export TMPDIR=/dev/shm
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export LC_ALL=C.UTF-8

runs="$build/fuzz-runs"
failed=()
for t in "${targets[@]}"; do
  work="$runs/$t"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp fuzz/corpus/"$t"/* "$work/corpus/"
  echo "Fuzzing $t for $seconds s…"
  # -timeout: seconds one input may take; -rss_limit_mb: memory the whole run may use.
  if "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -dict="fuzz/$t.dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
       "$work/corpus" >"$work/log.txt" 2>&1; then
    grep -E '^stat::number_of_executed_units' "$work/log.txt" | sed "s/^stat::/  $t: /" || true
  else
    failed+=("$t")
    echo "FUZZ FAILURE in $t:" >&2
    grep -E 'ERROR: |runtime error:|SUMMARY: ' "$work/log.txt" | head -n 5 >&2 || true
    for input in "$work"/artifacts/*; do
      [ -e "$input" ] && echo "  input: $input" >&2
    done
    echo "  full log: $work/log.txt" >&2
    echo "  reproduce: $build/fuzz/fuzz_$t INPUT" >&2
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzzing found a problem in: ${failed[*]}" >&2
  exit 1
fi
echo "Fuzzing: no crash, hang or leak in ${targets[*]} (${seconds} s each)."
