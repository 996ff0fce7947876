#!/usr/bin/env bash
# JIT coverage: where each benchmark program's work goes with --jit, from one `./pyvm run --jit
# --stats` per program (the counts are exact and do not vary between runs, so one run is enough).
# Per program: traces (loop traces + side traces), the share of work units run as machine code,
# helper upcalls per 1,000 machine-code uops, and the loops left in tier 1 with the reasons
# (docs/runtime.md, "Statistics"). The goals line states what issue-level targets the table is read
# against. Each run's stdout must equal the program's .out file.
#
# usage: benchmarks/coverage.sh [PROGRAM.py ...]   (default: benchmarks/programs/*.py)
# environment:
#   RESULTS  where coverage.md goes (default benchmarks/results)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
source scripts/select-jdk.sh
if (($# > 0)); then programs=("$@"); else programs=(benchmarks/programs/*.py); fi
results="${RESULTS:-benchmarks/results}"
mkdir -p "$results"
./pyvm --help >/dev/null
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

table="$scratch/table"
for program in "${programs[@]}"; do
    name="$(basename "$program" .py)"
    if ! ./pyvm run --jit --stats "$program" >"$scratch/out" 2>"$scratch/err" \
        || ! cmp -s "$scratch/out" "${program%.py}.out"; then
        echo "benchmarks/coverage.sh: $name failed or printed something else:" >&2
        tail -5 "$scratch/err" >&2
        exit 1
    fi
    # The --stats rows this table reads: "  <name>   <value>" under "Tier 2:" and "Coverage:".
    awk -v name="$name" '
        function value(label, line) { sub("^  " label " +", "", line); return line }
        /^  traces created /         { traces = value("traces created", $0) }
        /^  side traces created /    { sides = value("side traces created", $0) }
        /^  share in machine code /  { share = value("share in machine code", $0) }
        /^  upcalls per 1,000 uops / { per1000 = value("upcalls per 1,000 uops", $0) }
        /^  loops left in tier 1 /   { left = value("loops left in tier 1", $0) }
        END {
            count = left; sub(/ .*/, "", count)
            why = left; if (!sub(/^[0-9]+ [(]/, "", why)) why = ""; sub(/[)]$/, "", why)
            printf "| %s | %s + %s | %s | %s | %s | %s |\n", name, traces, sides, share, per1000, count, why
        }' "$scratch/err" >>"$table"
done

{
    echo "# JIT coverage"
    echo
    benchmarks/machine.sh
    echo
    echo "One \`./pyvm run --jit --stats\` per program. *Traces*: loop (and recursive function) traces + side traces (return traces included). *Machine code*: uops run"
    echo "as machine code, as a share of all work units (tier-1 instructions + uops in the uop interpreter + uops in"
    echo "machine code). *Upcalls*: helper calls from machine code per 1,000 machine-code uops. *Left*: hot loops"
    echo "that got no trace, by reason (helper-bound: helper call sites costing more than one per two uops, or a trace ending inside a call after helper calls; abandoned at X:"
    echo "projection stopped at instruction X)."
    echo
    echo "Goals: 80% or more in machine code on every program; no loop left in tier 1 as helper-bound."
    echo
    echo "| program | traces | machine code | upcalls / 1,000 uops | left | why left |"
    echo "|---|---:|---:|---:|---:|---|"
    cat "$table"
    echo
    awk -F'|' '{ n++; share = $4 + 0; if (share >= 80) covered++; if ($7 ~ /helper-bound/) bound++ }
        END { printf "Against the goals: %d of %d programs run 80%% or more in machine code; programs with loops left to tier 1 as helper-bound: %d.\n",
              covered, n, bound }' "$table"
} >"$results/coverage.md"
cat "$results/coverage.md"
