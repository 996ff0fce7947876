#!/usr/bin/env bash
# Benchmarks the VM against CPython on benchmarks/programs (a benchmark, not a test).
#
# Every configuration runs every program RUNS times, interleaved round by round (program by
# program, configuration by configuration) so that machine noise hits all of them alike; each run
# is a whole process (start-up included), and its stdout must equal the program's .out file.
# Start-up alone is measured the same way on an empty program. Writes a markdown report and a PNG
# chart of the median ratios to benchmarks/results/ and prints the report.
#
# usage: benchmarks/runtime.sh [PROGRAM.py ...]     (default: every benchmarks/programs/*.py)
# environment:
#   RESULTS  where runtime.md and runtime.png go (default benchmarks/results)
#   RUNS     runs per program and configuration (default 3)
#   CONFIGS  space-separated configurations (default "tier1 tier2 jit cpython"); known ones:
#              tier1    ./pyvm run FILE             the generated tier-1 interpreter
#              tier2    ./pyvm run --tier2 FILE     tier 1 + hot loops as optimized traces on the uop interpreter
#              tier2-noopt  ./pyvm run --tier2 --no-optimize FILE   the same, traces as projected
#              jit      ./pyvm run --jit FILE       tier 1 + hot loops as optimized traces compiled by the copy-and-patch JIT
#              cpython  python3 FILE                CPython (3.11 on the reference machines)
#            The first configuration is the baseline of the ratios.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
source scripts/select-jdk.sh
runs="${RUNS:-3}"
read -r -a configs <<<"${CONFIGS:-tier1 tier2 jit cpython}"
if (($# > 0)); then programs=("$@"); else programs=(benchmarks/programs/*.py); fi
results="${RESULTS:-benchmarks/results}"
mkdir -p "$results"

# The interpreter itself, not a version-manager shim (pyenv's shims cost ~100 ms per start).
python="$(python3 -c 'import sys; print(sys.executable)')"

command_for() {  # config file -> the command line, as words
    case "$1" in
        tier1) echo "./pyvm run $2" ;;
        tier2) echo "./pyvm run --tier2 $2" ;;
        tier2-noopt) echo "./pyvm run --tier2 --no-optimize $2" ;;
        jit) echo "./pyvm run --jit $2" ;;
        cpython) echo "$python $2" ;;
        *) echo "benchmarks/runtime.sh: unknown configuration '$1' (known: tier1 tier2 tier2-noopt jit cpython)" >&2; exit 2 ;;
    esac
}

for config in "${configs[@]}"; do command_for "$config" x >/dev/null; done
if [[ " ${configs[*]} " == *" tier"[12]" "* || " ${configs[*]} " == *" jit "* ]]; then
    [[ -x ./pyvm ]] || { echo "benchmarks/runtime.sh: ./pyvm is missing (the VM's launcher)" >&2; exit 2; }
    ./pyvm --help >/dev/null  # builds the VM outside the measurements
fi

empty="$(mktemp --suffix=.py)"
trap 'rm -f "$empty"' EXIT
echo "pass" >"$empty"

samples="$(mktemp)"  # lines: program config microseconds
run_once() {  # program config file expected-output-or-empty
    local out status start end
    start=$(date +%s%N)
    status=0
    out="$($(command_for "$2" "$3") 2>&1)" || status=$?
    end=$(date +%s%N)
    if ((status != 0)) || { [[ -n "$4" ]] && [[ "$out" != "$(cat "$4")" ]]; }; then
        echo "benchmarks/runtime.sh: $2 on $1 failed (exit $status) or printed something else:" >&2
        echo "$out" | tail -5 >&2
        exit 1
    fi
    echo "$1 $2 $(((end - start) / 1000))" >>"$samples"
}

for ((round = 1; round <= runs; round++)); do
    for config in "${configs[@]}"; do run_once "(start-up)" "$config" "$empty" ""; done
    for program in "${programs[@]}"; do
        name="$(basename "$program" .py)"
        for config in "${configs[@]}"; do
            run_once "$name" "$config" "$program" "${program%.py}.out"
        done
    done
    echo "round $round of $runs done" >&2
done

report="$results/runtime.md"
chart="$results/runtime.png"
source benchmarks/ratios.sh
{
    echo "# Runtime benchmark"
    echo
    benchmarks/machine.sh
    echo "Whole-process wall time in ms, $runs runs each, interleaved in one session;" \
        "ratio = median / median of ${configs[0]} (below 1: faster than ${configs[0]})."
    echo
    ratio_report "$samples" "$chart" "whole process: median time relative to ${configs[0]} (lower is faster)" "${configs[@]}"
} >"$report"
rm -f "$samples"
cat "$report"
echo "wrote $report and $chart" >&2
