#!/usr/bin/env bash
# JIT compile time (a benchmark, not a test): warm, in process, on the real traces of the loop-heavy
# programs. Prints a markdown table of nanoseconds per trace and per uop (copy + patch + mprotect,
# mmap/munmap included) and the cost of the three system calls alone.
#
# usage: benchmarks/jit-compile.sh [PROGRAM.py ...]   (default: the benchmark programs with hot loops)
# environment: ITERATIONS (compilations of every trace, default 2000)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
if (($# > 0)); then programs=("$@"); else
    programs=(benchmarks/programs/{fib_loop,total_loop,nbody,spectral_norm,float_workload,fannkuch}.py)
fi
source benchmarks/vm-java.sh
exec "${vm_java[@]}" dev.bytecodedsl.runtime.jit.bench.JitCompileBenchmark --iterations "${ITERATIONS:-2000}" "${programs[@]}"
