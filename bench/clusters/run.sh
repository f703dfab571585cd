#!/bin/sh
# Usage: bench/clusters/run.sh BUILD_DIR [--refreshes N] [--clusters N] [--import-ms MS]
# Prints PowerShell processes started and time per refresh, long-lived host against per-call.
set -eu
build=${1:?usage: run.sh BUILD_DIR}
shift
cmake --build "$build" --target bench-clusters aks-sim-powershell --parallel 2 >/dev/null
exec "$build/bin/bench-clusters" "$@"
