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
    awk -v programs="${#programs[@]}" '
        function median(key,    n, i, j, t, v) {
            n = split(list[key], v, " ")
            for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
            return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        }
        { list[$1 SUBSEP $2 SUBSEP "wall"] = list[$1 SUBSEP $2 SUBSEP "wall"] " " $3
          list[$1 SUBSEP $2 SUBSEP "cpu"] = list[$1 SUBSEP $2 SUBSEP "cpu"] " " $4
          if (!($1 in seen) && $1 !~ /^\(/) { seen[$1] = 1; order[++count] = $1 } }
        END {
            for (i = 1; i <= count; i++) {
                p = order[i]
                vw[p] = median(p SUBSEP "pyvm" SUBSEP "wall"); vc[p] = median(p SUBSEP "pyvm" SUBSEP "cpu")
                cw[p] = median(p SUBSEP "cpython" SUBSEP "wall"); cc[p] = median(p SUBSEP "cpython" SUBSEP "cpu")
                tvw += vw[p]; tvc += vc[p]; tcw += cw[p]; tcc += cc[p]
                rw[i] = vw[p] / cw[p]; rc[i] = vc[p] / cc[p]
                lw += log(rw[i]); lc += log(rc[i])
            }
            # medians of the per-program ratios
            for (i = 2; i <= count; i++) { t = rw[i]; for (j = i - 1; j >= 1 && rw[j] > t; j--) rw[j + 1] = rw[j]; rw[j + 1] = t }
            for (i = 2; i <= count; i++) { t = rc[i]; for (j = i - 1; j >= 1 && rc[j] > t; j--) rc[j + 1] = rc[j]; rc[j + 1] = t }
            mw = count % 2 ? rw[(count + 1) / 2] : (rw[count / 2] + rw[count / 2 + 1]) / 2
            mc = count % 2 ? rc[(count + 1) / 2] : (rc[count / 2] + rc[count / 2 + 1]) / 2
            e = "(empty-program)"
            ew = median(e SUBSEP "pyvm" SUBSEP "wall"); ec = median(e SUBSEP "pyvm" SUBSEP "cpu")
            pw = median(e SUBSEP "cpython" SUBSEP "wall"); pc = median(e SUBSEP "cpython" SUBSEP "cpu")
            gw = median("(casegen-check)" SUBSEP "casegen" SUBSEP "wall"); gc = median("(casegen-check)" SUBSEP "casegen" SUBSEP "cpu")
            nw = median(e SUBSEP "pyvm-noaot" SUBSEP "wall"); nc = median(e SUBSEP "pyvm-noaot" SUBSEP "cpu")
            hw = median("(casegen-check)" SUBSEP "casegen-full" SUBSEP "wall"); hc = median("(casegen-check)" SUBSEP "casegen-full" SUBSEP "cpu")
            print "| measurement | ./pyvm wall | CPython wall | ratio (wall) | ./pyvm CPU | CPython CPU | ratio (CPU) | goal |"
            print "|---|---:|---:|---:|---:|---:|---:|---|"
            printf "| empty program | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | ./pyvm 100 ms wall |\n", ew, pw, ew / pw, ec, pc, ec / pc
            printf "| empty program, without the AOT cache (`-XX:AOTMode=off`) | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | |\n", nw, pw, nw / pw, nc, pc, nc / pc
            if (count > 0) {
                printf "| %d corpus programs, total of the per-program medians | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | within 4x of CPython |\n", count, tvw, tcw, tvw / tcw, tvc, tcc, tvc / tcc
                printf "| corpus: median of the per-program ratios | | | %.2f | | | %.2f | |\n", mw, mc
                printf "| corpus: geometric mean of the per-program ratios | | | %.2f | | | %.2f | |\n", exp(lw / count), exp(lc / count)
            }
            printf "| `./casegen check` (nothing changed since the last full run: inputs and outputs hashed) | %.0f | | | %.0f | | | 500 ms wall |\n", gw, gc
            printf "| `./casegen check --full` (everything generated again in memory; stencil cache filled) | %.0f | | | %.0f | | | |\n", hw, hc
            if (count == 0) exit
            print ""
            print "<details><summary>Per program (medians in ms)</summary>"
            print ""
            print "| program | ./pyvm wall | CPython wall | ratio (wall) | ./pyvm CPU | CPython CPU | ratio (CPU) |"
            print "|---|---:|---:|---:|---:|---:|---:|"
            for (i = 1; i <= count; i++) {
                p = order[i]
                printf "| %s | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |\n", p, vw[p], cw[p], vw[p] / cw[p], vc[p], cc[p], vc[p] / cc[p]
            }
            print ""
            print "</details>"
        }' "$samples"
} >"$report"
cat "$report"
echo "wrote $report" >&2
