#!/usr/bin/env bash
# The benchmark suite in one command: the toolchain (benchmarks/casegen.sh) and the runtime against
# CPython (benchmarks/runtime.sh), one after the other in one session, into one report:
# benchmarks/results/report.md (+ runtime.png). Each table's ratios come from a single run of its
# own; no ratio mixes numbers from different runs.
#
# usage: benchmarks/run.sh          environment: as benchmarks/casegen.sh and benchmarks/runtime.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
mkdir -p benchmarks/results
report=benchmarks/results/report.md
toolchain="$(benchmarks/casegen.sh)"
benchmarks/runtime.sh >/dev/null
{
    echo "# Benchmark report"
    echo
    echo "## Toolchain: parse + analyze + generate of bytecodes.def"
    echo
    echo "$toolchain"
    echo
    echo "Stencil build and JIT compile times, stencil sizes and executor memory come with the JIT (issue 5)."
    echo
    sed 's/^# Runtime benchmark/## Runtime: the VM against CPython/' benchmarks/results/runtime.md
} >"$report"
cat "$report"
echo "wrote $report" >&2
