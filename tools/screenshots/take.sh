#!/usr/bin/env bash
# Regenerates the guide's screenshots (docs/images/en, docs/images/ja) from the demo environment,
# under Xvfb, in a throwaway home so the user's own demo state is untouched.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
build=${1:-build}
cmake --build "$build" --target aks-screenshots aks-recovery aks-sim-powershell aks-sim-velero aks-sim-kubectl >/dev/null
qm=$(cd "$build/translations" && pwd) # the .qm files the app's build made
# A fixed throwaway home, so the store path the inspector picture shows is the same every time.
home=${TMPDIR:-/tmp}/aks-recovery-screenshots
rm -rf "$home"
mkdir -p "$home"
trap 'rm -rf "$home"' EXIT
for lang in en ja; do
    rm -rf "$home" && mkdir -p "$home" # each language starts from the same seeded demo
    AKS_QM_DIR=$qm HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
        tests/run-session.sh "$build/bin/aks-screenshots" "docs/images/$lang" --lang "$lang"
done
