#!/usr/bin/env bash
# Usage: bench/inspector/run.sh BUILD_DIR
# Env: AKS_BENCH_OBJECTS (default 50000), AKS_BENCH_RUNS (default 5), AKS_BENCH_KEEP=1 keeps the store.
# Times, in the same run and on the same tarball: tar -tzf (the reference), igzip -dc (the floor:
# inflating alone), aks-recovery inspect --json and aks-recovery verify. Reports medians, the ratio
# to tar -tzf and peak RSS; the targets are ratio <= 1.5 and peak RSS < 150 MB.
set -euo pipefail

build=${1:?usage: run.sh BUILD_DIR}
bin=$(cd "$build/bin" && pwd)
objects=${AKS_BENCH_OBJECTS:-50000}
runs=${AKS_BENCH_RUNS:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/aks-bench-inspector.XXXXXX")
[[ ${AKS_BENCH_KEEP:-0} == 1 ]] || trap 'rm -rf "$work"' EXIT

for tool in /usr/bin/time tar; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
have_igzip=0
command -v igzip >/dev/null && have_igzip=1

echo "Writing a store with about $objects objects into $work/store..."
"$bin/aks-storegen" --out "$work/store" --backups 1 --objects "$objects" --cluster bench
backup=$(ls "$work/store/backups")
tarball="$work/store/backups/$backup/$backup.tar.gz"
echo "Backup $backup: $(stat -c %s "$tarball") bytes compressed"

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    XDG_CACHE_HOME="$work/home/cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

# One timed run: prints "seconds max_rss_kb".
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        echo "command failed: $*" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    }
    cat "$work/time.txt"
}

declare -A times rss
names=(tar inspect verify)
[[ $have_igzip == 1 ]] && names+=(igzip)
for ((i = 0; i < runs; i++)); do
    # Interleaved, so load from other processes hits every command alike.
    read -r t m < <(measure tar -tzf "$tarball"); times[tar]+="$t "; rss[tar]+="$m "
    if [[ $have_igzip == 1 ]]; then
        read -r t m < <(measure igzip -dc "$tarball"); times[igzip]+="$t "; rss[igzip]+="$m "
    fi
    read -r t m < <(measure "$bin/aks-recovery" inspect --store "$work/store" --backup "$backup" --json)
    times[inspect]+="$t "; rss[inspect]+="$m "
    read -r t m < <(measure "$bin/aks-recovery" verify --store "$work/store" --backup "$backup")
    times[verify]+="$t "; rss[verify]+="$m "
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { tr ' ' '\n' | grep -v '^$' | sort -g | tail -1; }

tar_median=$(echo "${times[tar]}" | median)
status=0
printf '%-10s %10s %10s %12s\n' command median_s ratio peak_rss_mb
for n in "${names[@]}"; do
    med=$(echo "${times[$n]}" | median)
    peak_kb=$(echo "${rss[$n]}" | maxof)
    ratio=$(awk -v a="$med" -v b="$tar_median" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    printf '%-10s %10s %10s %12s\n' "$n" "$med" "$ratio" "$((peak_kb / 1024))"
    if [[ $n == inspect || $n == verify ]]; then
        awk -v r="$ratio" 'BEGIN { exit !(r <= 1.5) }' || { echo "  $n: slower than 1.5x tar -tzf" ; status=1; }
        ((peak_kb < 150 * 1024)) || { echo "  $n: peak RSS over 150 MB"; status=1; }
    fi
done
echo "objects=$objects runs=$runs (times are medians; ratio is to tar -tzf)"

# The GUI: the real inspector page opening the same backup (offscreen platform, as set above).
echo "Opening $backup in the inspector page..."
"$bin/bench-inspector-gui" "$work/store" "$backup" "$runs" | tee "$work/gui.txt"
summary=$(tail -n 1 "$work/gui.txt")
first=$(sed -n 's/.*first rows \([0-9.]*\) ms.*/\1/p' <<<"$summary")
stall=$(sed -n 's/.*longest UI stall \([0-9.]*\) ms.*/\1/p' <<<"$summary")
awk -v v="$first" 'BEGIN { exit !(v != "" && v <= 300) }' || { echo "  GUI: first rows later than 300 ms"; status=1; }
awk -v v="$stall" 'BEGIN { exit !(v != "" && v <= 50) }' || { echo "  GUI: UI thread blocked over 50 ms"; status=1; }
exit $status
