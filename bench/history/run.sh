#!/bin/sh
# Usage: bench/history/run.sh BUILD_DIR — sort and filter 10,000 backups (budget 50 ms each).
set -eu
build="${1:?usage: run.sh BUILD_DIR}"
cmake --build "$build" --target bench-history --parallel 2 >/dev/null
QT_QPA_PLATFORM=offscreen "$build/bin/bench-history"
