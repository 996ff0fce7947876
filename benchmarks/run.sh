#!/usr/bin/env bash
# The benchmark suite in one command, one session, one report: benchmarks/results/report.md with
# runtime.png and steady-state.png. Sections, in the order they run:
#   runtime, end to end   benchmarks/runtime.sh       whole processes, start-up measured separately
#   ordinary programs     benchmarks/runtime.sh       benchmarks/ordinary/*.py, whole processes, against CPython
#   start-up              benchmarks/startup.sh       empty program, ./casegen check, tests/corpus one process each
#   runtime, steady state benchmarks/steady-state.sh  in process, warm JVM / warm CPython
#   JIT coverage          benchmarks/coverage.sh      one --jit --stats run per program: share in machine code, upcalls
#   toolchain             benchmarks/casegen.sh (cold and warm), benchmarks/stencils.sh (cold and
#                         cached stencil builds), benchmarks/jit-compile.sh (per trace and uop),
#                         benchmarks/StencilSizes.java, benchmarks/ExecutorMemory.java
# Every table comes from this run alone and each ratio from numbers of one table; the previous
# report is replaced as a whole. The defaults take about 16 minutes on the shared 2-core machine.
#
# usage: benchmarks/run.sh
# environment (defaults in brackets):
#   PROGRAMS        benchmark programs for the runtime tables and executor memory [benchmarks/programs/*.py]
#   ORDINARY        issue 17's ordinary programs, end to end against CPython [benchmarks/ordinary/*.py]
#   CONFIGS         runtime configurations, the first is the ratios' baseline [tier1 tier2 jit cpython]
#   RUNS            whole-process runs per program and configuration [2]
#   STARTUP_RUNS    rounds of the start-up table (empty program, casegen check, the corpus vs CPython) [2]
#   STEADY_RUNS     in-process runs per program and configuration [3]
#   STEADY_WARMUP   in-process warm-up runs, not reported [2]: the first program runs in a cold JVM, and
#                   after one warm-up C2 was still compiling the uop cells during its measured runs
#   CASEGEN_RUNS    cold ./casegen check runs [5]
#   CASEGEN_WARMUP, CASEGEN_ITERATIONS   warm in-process generator runs [20, 50]
#   STENCIL_RUNS    stencil builds with an empty and with a filled cache [1] (a cold build is ~30 s)
#   JIT_ITERATIONS  compilations of every trace for the JIT compile times [2000]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
source scripts/select-jdk.sh
results=benchmarks/results
mkdir -p "$results"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [[ -n "${PROGRAMS:-}" ]]; then read -r -a programs <<<"$PROGRAMS"; else programs=(benchmarks/programs/*.py); fi
if [[ -n "${ORDINARY:-}" ]]; then read -r -a ordinary <<<"$ORDINARY"; else ordinary=(benchmarks/ordinary/*.py); fi
started=$(date +%s)

# The 1-minute load average at each section's start, for the report: it says whether the machine
# was quiet, which absolute times depend on (ratios are measured interleaved either way).
loads=()
section() {
    echo "== $1 ($(date -u +%T))" >&2
    local load _
    read -r load _ </proc/loadavg
    loads+=("$load")
}
without_title() { sed '1,3d' "$1"; }  # drops a sub-report's title and machine line: the report states them once

section "runtime, end to end"
RESULTS="$scratch" RUNS="${RUNS:-2}" benchmarks/runtime.sh "${programs[@]}" >/dev/null
section "ordinary programs"
# CPython first: the ratios say how a user's `./pyvm run` compares with `python3`.
mkdir -p "$scratch/ordinary"
RESULTS="$scratch/ordinary" RUNS="${RUNS:-2}" CONFIGS="cpython tier1 jit" benchmarks/runtime.sh "${ordinary[@]}" >/dev/null
section "start-up"
RESULTS="$scratch" RUNS="${STARTUP_RUNS:-2}" benchmarks/startup.sh >/dev/null
section "runtime, steady state"
RESULTS="$scratch" STEADY_RUNS="${STEADY_RUNS:-3}" STEADY_WARMUP="${STEADY_WARMUP:-2}" benchmarks/steady-state.sh "${programs[@]}" >/dev/null
section "JIT coverage"
RESULTS="$scratch" benchmarks/coverage.sh "${programs[@]}" >/dev/null
section "toolchain: casegen"
casegen="$(RUNS="${CASEGEN_RUNS:-5}" WARMUP="${CASEGEN_WARMUP:-20}" ITERATIONS="${CASEGEN_ITERATIONS:-50}" \
    benchmarks/casegen.sh)"
section "toolchain: stencils"
stencils="$(RUNS="${STENCIL_RUNS:-1}" benchmarks/stencils.sh)"
section "toolchain: JIT compile"
jit_compile="$(ITERATIONS="${JIT_ITERATIONS:-2000}" benchmarks/jit-compile.sh)"
section "toolchain: stencil sizes, executor memory"
# The stencil tables' types are the runtime kit's: StencilSizes runs on the VM's class path.
source benchmarks/vm-java.sh
stencil_sizes="$("${vm_java[@]}" benchmarks/StencilSizes.java 5)"
executor_memory="$("${vm_java[@]}" benchmarks/ExecutorMemory.java "${programs[@]}")"

report="$results/report.md"
{
    echo "# Benchmark report"
    echo
    benchmarks/machine.sh
    echo "Load average (1 min) at the sections' starts: ${loads[*]} on $(nproc) cores; absolute times are noisy"
    echo "when it is high, and ratios compare configurations measured interleaved in the same rounds. Whole suite: $((($(date +%s) - started) / 60)) min,"
    echo "with RUNS=${RUNS:-2} STEADY_RUNS=${STEADY_RUNS:-3} STEADY_WARMUP=${STEADY_WARMUP:-2}" \
        "STARTUP_RUNS=${STARTUP_RUNS:-2} CASEGEN_RUNS=${CASEGEN_RUNS:-5} STENCIL_RUNS=${STENCIL_RUNS:-1} JIT_ITERATIONS=${JIT_ITERATIONS:-2000}."
    echo
    echo "## Runtime, end to end (whole process)"
    echo
    without_title "$scratch/runtime.md"
    echo
    echo "## Ordinary programs, end to end (whole process, vs CPython 3.11)"
    echo
    echo "Issue 17's ordinary programs ([benchmarks/ordinary](../ordinary/README.md)), one process per run as a user"
    echo "runs them; goal: \`./pyvm run --jit\` faster than \`python3\` (jit / cpython below 1)."
    echo
    without_title "$scratch/ordinary/runtime.md" | grep -v '^!\['
    echo
    echo "## Start-up and short programs (whole process, vs CPython 3.11)"
    echo
    without_title "$scratch/startup.md"
    echo
    echo "## Runtime, steady state (in process)"
    echo
    without_title "$scratch/steady-state.md"
    echo
    echo "## JIT coverage (\`--jit --stats\`, one run per program)"
    echo
    without_title "$scratch/coverage.md"
    echo
    echo "## Toolchain: parse + analyze + generate of bytecodes.def"
    echo
    echo "$casegen"
    echo
    echo "## Toolchain: stencil build (\`./casegen check\`, all targets)"
    echo
    echo "$stencils"
    echo
    echo "## Toolchain: JIT compile time (warm, in process, the programs' optimized traces)"
    echo
    echo "$jit_compile"
    echo
    echo "## Stencil sizes (bytes of code + data per uop, from the generated tables)"
    echo
    echo "$stencil_sizes"
    echo
    echo "## Memory used by executors (\`--jit\`, traces installed at the end of each program)"
    echo
    echo "Trace + exit arrays: what every executor holds, JIT or not (the trace's uop, oparg and target ints and"
    echo "operand longs, and the side-exit counters, with 16-byte array headers); the uop interpreter needs nothing more."
    echo "Machine code and stencil data: what the JIT copies per trace; mapped: the whole pages the traces own."
    echo
    echo "$executor_memory"
} >"$report"
cp "$scratch/runtime.png" "$scratch/steady-state.png" "$results/"
# Standalone runtime.sh / startup.sh reports of another run must not sit next to this one.
rm -f "$results/runtime.md" "$results/startup.md" "$results/coverage.md"
cat "$report"
echo "wrote $report, $results/runtime.png and $results/steady-state.png" >&2
