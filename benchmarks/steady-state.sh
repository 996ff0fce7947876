#!/usr/bin/env bash
# Steady state of the VM against CPython on benchmarks/programs (a benchmark, not a test), apart
# from process start-up: benchmarks/SteadyState.java runs every program STEADY_WARMUP + STEADY_RUNS
# times in one JVM, each VM configuration on a fresh VM per run, interleaved round by round with
# a long-lived CPython process (benchmarks/steady_state.py) that execs the same file in fresh
# globals; outputs are checked against the .out files. Writes steady-state.md (min/median/max and
# median ratios to the first configuration) and steady-state.png, and prints the report.
#
# usage: benchmarks/steady-state.sh [PROGRAM.py ...]     (default: every benchmarks/programs/*.py)
# environment:
#   STEADY_RUNS    measured runs per program and configuration (default 3)
#   STEADY_WARMUP  warm-up runs per program and configuration, not reported (default 1)
#   CONFIGS        as benchmarks/runtime.sh, without tier2-noopt's restriction (default "tier1 tier2 jit cpython")
#   RESULTS        where the report and chart go (default benchmarks/results)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
runs="${STEADY_RUNS:-3}"
warmup="${STEADY_WARMUP:-1}"
read -r -a configs <<<"${CONFIGS:-tier1 tier2 jit cpython}"
if (($# > 0)); then programs=("$@"); else programs=(benchmarks/programs/*.py); fi
results="${RESULTS:-benchmarks/results}"
mkdir -p "$results"
source benchmarks/vm-java.sh
source benchmarks/ratios.sh

samples="$(mktemp)"
trap 'rm -f "$samples"' EXIT
"${vm_java[@]}" benchmarks/SteadyState.java --warmup "$warmup" --runs "$runs" --configs "${configs[*]}" \
    --python "$(python3 -c 'import sys; print(sys.executable)')" "${programs[@]}" >"$samples"

report="$results/steady-state.md"
chart="$results/steady-state.png"
{
    echo "# Steady-state benchmark"
    echo
    benchmarks/machine.sh
    echo "In-process wall time of one run of the program in ms (no process start-up; a fresh VM per run in one" \
        "warm JVM, CPython in one warm process), $runs runs each after $warmup warm-up, interleaved;" \
        "ratio = median / median of ${configs[0]} (below 1: faster than ${configs[0]})."
    echo
    ratio_report "$samples" "$chart" "steady state: median time relative to ${configs[0]} (lower is faster)" "${configs[@]}"
} >"$report"
cat "$report"
echo "wrote $report and $chart" >&2
