#!/usr/bin/env bash
# check-translations.sh SOURCE_DIR: every .ts file is up to date with the sources (lupdate adds
# nothing and removes nothing) and complete (no unfinished or obsolete entry).
set -euo pipefail
src=$1
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    # A bounded run: lupdate has hung on some C++ before, which must fail here, not stall CI.
    (cd "$src" && timeout 120 "$lupdate" app backend models ui -locations none -no-obsolete -silent \
        -ts "$work/$name") || { echo "FAIL: lupdate failed or hung on $name"; status=1; continue; }
    if ! diff -q "$ts" "$work/$name" >/dev/null; then
        echo "FAIL: $name is out of date with the sources; run: cmake --build build --target update_translations"
        diff -u "$ts" "$work/$name" | grep -E '^[+-] *<source>' | head -n 20
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    obsolete=$(grep -cE 'type="(obsolete|vanished)"' "$work/$name" || true)
    total=$(grep -c '<message' "$work/$name" || true)
    echo "$name: $total messages, $unfinished unfinished, $obsolete obsolete"
    [ "$unfinished" = 0 ] || { echo "FAIL: $name has $unfinished unfinished translations"; grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -n 20; status=1; }
    [ "$obsolete" = 0 ] || { echo "FAIL: $name has $obsolete obsolete entries"; status=1; }
done
[ $status = 0 ] && echo "translations ok"
exit $status
