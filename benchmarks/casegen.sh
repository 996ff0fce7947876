#!/usr/bin/env bash
# Benchmarks the cases generator (a benchmark, not a test):
#   1. cold: whole-process wall time of `./casegen check --def DEF_FILE`, RUNS times (JVM start-up
#      included; the stencil tables are checked from the filled stencil cache);
#   2. warm: parse + analyze + generate in one JVM (dev.bytecodedsl.bench.CasegenBenchmark).
# Prints a markdown table of min/median/max in milliseconds.
#
# usage: benchmarks/casegen.sh [DEF_FILE]   (relative to the repository root; default: bytecodes.def)
# environment: RUNS (cold runs, default 5), WARMUP and ITERATIONS (warm benchmark, default 20 / 50)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
def="${1:-bytecodes.def}"
runs="${RUNS:-5}"

# Build (if needed) outside the measurements, and fill the stencil cache: with an empty one the
# first check would time clang building every stencil (benchmarks/stencils.sh measures that).
./casegen --help >/dev/null
./casegen check --def "$def" >/dev/null 2>&1 || true

times=()
for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    status=0
    ./casegen check --full --def "$def" >/dev/null 2>&1 || status=$?
    end=$(date +%s%N)
    if ((status > 1)); then
        echo "benchmarks/casegen.sh: ./casegen check --def $def failed (exit $status):" >&2
        ./casegen check --def "$def" >&2 || true
        exit 1
    fi
    times+=($(((end - start) / 1000)))  # microseconds
done
((status == 1)) && echo "note: ./casegen check reports drift or DSL errors; timing it anyway" >&2

mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
ms() { printf '%d.%02d' $(($1 / 1000)) $((($1 % 1000) / 10)); }
n=${#sorted[@]}
if ((n % 2)); then median=${sorted[n / 2]}; else median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi

echo "| measurement | min (ms) | median (ms) | max (ms) |"
echo "|---|---:|---:|---:|"
echo "| cold \`./casegen check --full\` ($runs runs, whole process, stencils cached) | $(ms "${sorted[0]}") | $(ms "$median") | $(ms "${sorted[n - 1]}") |"
CASEGEN_MAIN_CLASS=dev.bytecodedsl.bench.CasegenBenchmark ./casegen \
    --warmup "${WARMUP:-20}" --iterations "${ITERATIONS:-50}" --markdown "$def"
# A DSL ten times this one's size (extra constants; see CasegenBenchmark --scale): analysis must stay linear.
CASEGEN_MAIN_CLASS=dev.bytecodedsl.bench.CasegenBenchmark ./casegen \
    --warmup 2 --iterations 5 --markdown --scale 10 "$def"
