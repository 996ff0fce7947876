#!/usr/bin/env bash
# Start-up benchmark (a benchmark, not a test): what a user sees first, whole processes only.
#   - an empty program under ./pyvm run (tier 1) and under CPython;
#   - ./casegen check on this repository with the stencil cache filled;
#   - the short programs of tests/corpus/, one process each, under ./pyvm run and CPython: the total
#     of the per-program medians, the median of the per-program ratios and their geometric mean.
# Everything runs RUNS rounds, interleaved (program by program, VM then CPython) so that machine
# noise hits both alike. Each run's stdout must equal the program's .out file and its exit status
# the .expected file's. Wall time and CPU time (user + sys of the process and its children) are
# both reported: on a shared machine CPU time is the steadier of the two. The launchers are built
# (with their AOT caches) before anything is measured.
#
# usage: benchmarks/startup.sh [PROGRAM.py ...]   (default: every tests/corpus/NN_*.py)
# environment:
#   RESULTS  where startup.md goes (default benchmarks/results)
#   RUNS     rounds (default 3)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
source scripts/select-jdk.sh
runs="${RUNS:-3}"
if (($# > 0)); then programs=("$@"); else programs=(tests/corpus/[0-9][0-9]_*.py); fi
results="${RESULTS:-benchmarks/results}"
mkdir -p "$results"
# The interpreter itself, not a version-manager shim (pyenv's shims cost ~100 ms per start).
python="$(python3 -c 'import sys; print(sys.executable)')"

# Build both launchers and their AOT caches, and fill the stencil cache, outside the measurements.
./casegen check >/dev/null 2>&1 || true
./pyvm --help >/dev/null

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "pass" >"$scratch/empty.py"
: >"$scratch/empty.out"
samples="$scratch/samples"  # lines: name config wall_ms cpu_ms

run_once() {  # name config expected-stdout-file expected-status command...
    local name="$1" config="$2" expected="$3" want="$4" t status=0
    shift 4
    local TIMEFORMAT='%3R %3U %3S'
    t="$( { time "$@" >"$scratch/out" 2>"$scratch/err"; } 2>&1 )" || status=$?
    if [[ "$status" != "$want" ]] || { [[ -n "$expected" ]] && ! cmp -s "$scratch/out" "$expected"; }; then
        echo "benchmarks/startup.sh: $config on $name exited $status (expected $want) or printed something else:" >&2
        tail -5 "$scratch/err" >&2
        exit 1
    fi
    read -r real user sys <<<"$t"
    awk -v n="$name" -v c="$config" -v r="$real" -v u="$user" -v s="$sys" \
        'BEGIN { printf "%s %s %.1f %.1f\n", n, c, r * 1000, (u + s) * 1000 }' >>"$samples"
}

expected_status() {  # the exit= line of a corpus program's .expected file (0 when there is none)
    local file="${1%.py}.expected"
    if [[ -f "$file" ]]; then sed -n 's/^exit=//p' "$file"; else echo 0; fi
}

for ((round = 1; round <= runs; round++)); do
    run_once "(empty-program)" pyvm "$scratch/empty.out" 0 ./pyvm run "$scratch/empty.py"
    run_once "(empty-program)" cpython "$scratch/empty.out" 0 "$python" "$scratch/empty.py"
    run_once "(casegen-check)" casegen "" 0 ./casegen check
    # The same two without the AOT cache (the launchers pass their options before these, the last wins).
    run_once "(empty-program)" pyvm-noaot "$scratch/empty.out" 0 env PYVM_JAVA_OPTS=-XX:AOTMode=off ./pyvm run "$scratch/empty.py"
    run_once "(casegen-check)" casegen-full "" 0 ./casegen check --full
    for program in "${programs[@]}"; do
        name="$(basename "$program" .py)"
        status="$(expected_status "$program")"
        run_once "$name" pyvm "${program%.py}.out" "$status" ./pyvm run "$program"
        run_once "$name" cpython "${program%.py}.out" "$status" "$python" "$program"
    done
    echo "round $round of $runs done" >&2
done

report="$results/startup.md"
{
    echo "# Start-up benchmark"
    echo
    benchmarks/machine.sh
    echo "Whole processes, $runs runs each, interleaved in one session; medians in ms, wall time and CPU time (user + sys);"
    echo "ratio = \`./pyvm run\` (tier 1, with its AOT cache) / CPython 3.11. Goals from issue 18 in the last column."
    echo
    awk -f benchmarks/stats.awk -f benchmarks/startup-report.awk "$samples"
} >"$report"
cat "$report"
echo "wrote $report" >&2
