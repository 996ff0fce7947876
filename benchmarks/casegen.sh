#!/usr/bin/env bash
# Benchmarks the cases generator (a benchmark, not a test):
#   1. cold: whole-process wall time of `./casegen check --def DEF_FILE`, RUNS times (JVM start-up
#      included; the stencil tables are checked from the filled stencil cache);
#   2. warm: parse + analyze + generate with every generator of ./casegen (stencils from the
#      cache) in one JVM (dev.bytecodedsl.casegen.CasegenBenchmark).
# Prints a markdown table of min/median/max in milliseconds (benchmarks/stats.awk).
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

# The warm benchmark prints one time per iteration; stats.awk makes the min/median/max of them and of the cold runs.
row() { echo "| $1 | $(awk -v summary=1 -v scale="$2" -f benchmarks/stats.awk) |"; }  # label, unit; times on stdin

echo "| measurement | min (ms) | median (ms) | max (ms) |"
echo "|---|---:|---:|---:|"
printf '%s\n' "${times[@]}" | row "cold \`./casegen check --full\` ($runs runs, whole process, stencils cached)" 1000
warmup="${WARMUP:-20}" iterations="${ITERATIONS:-50}"
CASEGEN_MAIN_CLASS=dev.bytecodedsl.casegen.CasegenBenchmark ./casegen --warmup "$warmup" --iterations "$iterations" "$def" |
    row "warm in-process pipeline, every generator ($iterations runs after $warmup warm-up)" 1
# A DSL ten times this one's size (extra constants; see CasegenBenchmark --scale): analysis must stay linear.
CASEGEN_MAIN_CLASS=dev.bytecodedsl.casegen.CasegenBenchmark ./casegen --warmup 2 --iterations 5 --scale 10 "$def" |
    row "warm in-process pipeline, every generator (5 runs after 2 warm-up, 10x the lines)" 1
