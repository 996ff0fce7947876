#!/usr/bin/env bash
# The stress suite (issue 20): COUNT random programs of the corpus subset (default 1000) from
# tests/stress/generate.py, each compared with CPython 3.11 on tier 1, tier 2 and the JIT at hot
# threshold 1 (--jit-all), and the JIT with the GC at every safepoint. Prints the report line
# (programs, runs, differences); the differences are in tests/target/stress-report.txt.
#
# usage: tests/stress/run.sh [COUNT] [SEED]      environment: PYTHON (a CPython 3.11, default python3.11)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$root"
source scripts/select-jdk.sh
rm -f tests/target/stress-report.txt
status=0
mvn -B -q -o -pl tests -am test -Dtest=StressTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoker.skip \
    -Dstress.programs="${1:-1000}" -Dstress.seed="${2:-20}" || status=$?
if [[ ! -f tests/target/stress-report.txt ]]; then
    echo "tests/stress/run.sh: no report (was the suite skipped? it needs CPython 3.11)" >&2
fi
exit "$status"
