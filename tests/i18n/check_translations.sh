#!/usr/bin/env bash
# Fails when a user-visible string has no French translation (or no English
# plural form). lupdate runs exactly as the update_translations target does
# (same project: sources and include paths), but into copies of the .ts files,
# which must come out with nothing left unfinished.
set -euo pipefail
lupdate=$1; cmake=$2; generator=$3; project_in=$4; ts_dir=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts_dir/convivium_fr.ts" "$ts_dir/convivium_en.ts" "$work/"
"$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generator"
"$lupdate" -project "$work/project.json" -silent -no-obsolete -locations none -ts "$work/convivium_fr.ts" 2>/dev/null
"$lupdate" -project "$work/project.json" -silent -pluralonly -no-obsolete -locations none -ts "$work/convivium_en.ts" 2>/dev/null
status=0
for ts in "$work"/convivium_fr.ts "$work"/convivium_en.ts; do
  missing=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$missing" -ne 0 ]; then
    echo "$(basename "$ts"): $missing strings without translation:"
    grep -B2 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
    status=1
  fi
done
echo "convivium_fr.ts: $(grep -c '<message' "$work/convivium_fr.ts") messages checked"
exit $status
