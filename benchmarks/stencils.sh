#!/usr/bin/env bash
# Benchmarks building the JIT stencils (a benchmark, not a test): whole-process wall time of
# `./casegen check` with an empty stencil cache (cold: clang and llvm-objdump for every uop and
# target) and with a filled one (warm: nothing compiled), RUNS times each (default 3), as a
# markdown table. Needs clang-19; the repository's own .stencil-cache/ is not touched.
#
# usage: benchmarks/stencils.sh [extra casegen options, e.g. --stencil-target x86_64-unknown-linux-gnu]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
runs="${RUNS:-3}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

./casegen --help >/dev/null # build outside the measurements

measure() { # $1: cache directory; prints microseconds
    local start end status=0
    start=$(date +%s%N)
    # Exit 1 (drift, e.g. the other targets' tables with --stencil-target) does not matter here.
    ./casegen check --full --stencil-cache "$1" "${@:2}" >"$scratch/out" 2>&1 || status=$?
    end=$(date +%s%N)
    if ((status > 1)); then cat "$scratch/out" >&2; exit 1; fi
    echo $(((end - start) / 1000))
}
row() { # $1: label, rest: microseconds; min/median/max in ms from benchmarks/stats.awk
    local label="$1"; shift
    echo "| $label | $(printf '%s\n' "$@" | awk -v summary=1 -v scale=1000 -f benchmarks/stats.awk) |"
}

cold=(); warm=()
for ((i = 0; i < runs; i++)); do
    cold+=("$(measure "$scratch/cache-$i" "$@")")
    warm+=("$(measure "$scratch/cache-$i" "$@")")
done
grep '^stencils:' "$scratch/out" >&2
echo "| ./casegen check | min (ms) | median (ms) | max (ms) |"
echo "|---|---:|---:|---:|"
row "cold (empty stencil cache)" "${cold[@]}"
row "warm (nothing compiled)" "${warm[@]}"
