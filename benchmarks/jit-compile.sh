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
./pyvm --help >/dev/null  # builds the VM outside the measurements
source scripts/select-jdk.sh
cp="dsl-grammar/target/classes:generated/target/classes:python-frontend/target/classes:runtime/target/classes"
cp="$cp:$(cat runtime/target/pyvm.classpath)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED -Xss16m -cp "$cp" \
    dev.bytecodedsl.runtime.jit.bench.JitCompileBenchmark --iterations "${ITERATIONS:-2000}" "${programs[@]}"
