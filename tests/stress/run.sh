#!/usr/bin/env bash
# The stress suite in one command: tests/stress/run.sh [PROGRAMS] [FIRST_SEED]   (default 1000, 1)
#
# Generates PROGRAMS random programs in the corpus's subset (RandomProgram), runs each on tier 1,
# tier 2 at threshold 1, the JIT with --jit-all and that JIT with the GC at every safepoint, and
# compares every run with CPython 3.11 ($PYTHON or python3; without it, with tier 1). Writes
# tests/target/stress/report.md (cases run and differences per mode) and keeps each program that
# differed next to it; exits non-zero on any difference. ./run-tests runs a 60-program sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/select-jdk.sh
programs="${1:-1000}"
seed="${2:-1}"
mvn -B -q -pl tests -am test -Dinvoker.skip -Dtest=StressSuiteTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dstress.programs="$programs" -Dstress.seed="$seed" || status=$?
cat tests/target/stress/report.md
exit "${status:-0}"
