#!/usr/bin/env bash
# Prints what a benchmark report must state about the machine, as one markdown paragraph: date,
# cores and CPU model, the JDK the VM and casegen actually run on (scripts/select-jdk.sh picks it,
# not the java on PATH), clang 19 (the stencils), python3 (the CPython peer) and the kernel.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
source scripts/select-jdk.sh
python="$(python3 -c 'import sys; print(sys.executable)')"
cpu="$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores (${cpu:-unknown CPU}, $(uname -m), Linux $(uname -r));" \
    "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) at \`$JAVA_HOME\`;" \
    "$("$python" --version 2>&1) (\`$python\`);" \
    "clang: $( (clang-19 --version 2>/dev/null || echo 'clang-19 not installed') | head -1)."
