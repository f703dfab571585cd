#!/usr/bin/env bash
# Builds every harness with clang (ASan+UBSan+libFuzzer) into build-fuzz/ and runs each for SECONDS
# (default 30) on its seed corpus, two at a time. Crashes are kept in build-fuzz/crashes/<name>/;
# copy the input into tests/fuzz/regressions/<name>/ once fixed, where the tests replay it.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
seconds=${1:-30}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAKS_FUZZ=ON -DAKS_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz --parallel "$(nproc)"
mkdir -p build-fuzz/crashes build-fuzz/logs
status=0
run_one() {
    local bin=$1 name
    name=$(basename "$bin")
    name=${name#fuzz_}
    local work=build-fuzz/corpus-work/$name
    mkdir -p "$work" "build-fuzz/crashes/$name"
    local seeds=()
    [ -d "tests/fuzz/corpus/$name" ] && seeds+=("tests/fuzz/corpus/$name")
    [ -d "tests/fuzz/regressions/$name" ] && seeds+=("tests/fuzz/regressions/$name")
    if ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -max_len=1048576 -artifact_prefix="build-fuzz/crashes/$name/" "$work" "${seeds[@]}" \
        >"build-fuzz/logs/$name.log" 2>&1; then
        printf 'fuzz %-28s ok   %s\n' "$name" "$(grep -E '^(#[0-9]+|Done)' "build-fuzz/logs/$name.log" | tail -n 1)"
    else
        printf 'fuzz %-28s FAILED, see build-fuzz/logs/%s.log\n' "$name" "$name"
        tail -n 30 "build-fuzz/logs/$name.log"
        return 1
    fi
}
pids=()
for bin in build-fuzz/bin/fuzz_*; do
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
