#!/usr/bin/env bash
# run-fuzzers.sh BUILD_DIR [SECONDS]: runs every fuzz_* harness of BUILD_DIR (a clang build with
# -DAKS_FUZZ=ON, as `./dev test` makes) for SECONDS (default 30) on its seed corpus and fixed
# crashes, two at a time. A crash fails the run; its input is kept in BUILD_DIR/fuzz/crashes/<name>/:
# fix the bug, then copy the input into tests/fuzz/regressions/<name>/, where CTest replays it.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS]}
seconds=${2:-30}
out=$build/fuzz
ls "$build"/bin/fuzz_* >/dev/null 2>&1 || { echo "no fuzz harnesses in $build/bin (configure with -DAKS_FUZZ=ON)" >&2; exit 1; }
mkdir -p "$out/crashes" "$out/logs"
status=0
run_one() {
    local bin=$1 name
    name=$(basename "$bin")
    name=${name#fuzz_}
    local work=$out/corpus-work/$name
    mkdir -p "$work" "$out/crashes/$name"
    local seeds=()
    [ -d "tests/fuzz/corpus/$name" ] && seeds+=("tests/fuzz/corpus/$name")
    [ -d "tests/fuzz/regressions/$name" ] && seeds+=("tests/fuzz/regressions/$name")
    if ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -max_len=1048576 -artifact_prefix="$out/crashes/$name/" "$work" "${seeds[@]}" \
        >"$out/logs/$name.log" 2>&1; then
        printf 'fuzz %-24s ok  %s\n' "$name" "$(grep -E '^(#[0-9]+|Done)' "$out/logs/$name.log" | tail -n 1)"
    else
        printf 'fuzz %-24s FAILED, see %s\n' "$name" "$out/logs/$name.log"
        tail -n 30 "$out/logs/$name.log"
        return 1
    fi
}
pids=()
for bin in "$build"/bin/fuzz_*; do
    [ -x "$bin" ] || continue
    run_one "$bin" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$(nproc)" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
