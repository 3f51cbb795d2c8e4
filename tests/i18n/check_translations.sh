#!/usr/bin/env bash
# Fails when a user-visible string has no French translation (or no English
# plural form): lupdate runs on the sources into copies of the .ts files,
# which must come out with nothing left unfinished.
set -euo pipefail
lupdate=$1; sources_file=$2; ts_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts_dir/convivium_fr.ts" "$ts_dir/convivium_en.ts" "$work/"
mapfile -t sources < "$sources_file"
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$work/convivium_fr.ts" 2>/dev/null
"$lupdate" -silent -pluralonly -no-obsolete -locations none "${sources[@]}" -ts "$work/convivium_en.ts" 2>/dev/null
status=0
for ts in "$work"/convivium_fr.ts "$work"/convivium_en.ts; do
  missing=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$missing" -ne 0 ]; then
    echo "$(basename "$ts"): $missing strings without translation:"
    grep -B2 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
    status=1
  fi
done
total=$(grep -c '<message' "$work/convivium_fr.ts")
echo "convivium_fr.ts: $total messages, all translated"
exit $status
