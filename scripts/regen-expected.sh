#!/usr/bin/env bash
# Regenerates the CPython 3.11 expected results of one program set, after checking that every
# program compiles with the VM's front end (./pyvm check, which defines the language subset):
#   corpus      tests/corpus/NN_name.py (the differential tests): writes NN_name.out (the exact
#               stdout) and NN_name.expected (two lines: `exit=<status>` and `error=<last line of
#               stderr>`, nothing after `error=` when stderr is empty); programs named NN_err_*.py
#               must end with a non-zero status and an error line, all others exit 0 with an empty
#               stderr; warns about programs that take a second or more.
#   benchmarks  benchmarks/programs/NAME.py: writes NAME.out (the exact stdout, a line ending in the
#               program's checksum); every program must exit 0 with an empty stderr; prints a timing
#               table and warns about runs outside 0.5-2 s.
#   ordinary    benchmarks/ordinary/NAME.py (issue 17's ordinary programs): as benchmarks.
#
# usage: scripts/regen-expected.sh corpus|benchmarks|ordinary [--check]
#   --check   write nothing; compare freshly produced results with the committed ones and exit 1
#             on any difference (for CI / review).
# environment: PYTHON (default python3) must be CPython 3.11.x.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
usage() { echo "usage: $0 corpus|benchmarks|ordinary [--check]" >&2; exit 2; }
# Per set: directory, program glob, extensions written, timeout (s), warning range (ms), timing table.
case "${1:-}" in
    corpus) dir="$root/tests/corpus" glob='[0-9][0-9]_*' exts=(out expected) limit=20 fast=0 slow=999 table=0 ;;
    benchmarks) dir="$root/benchmarks/programs" glob='[a-z]*' exts=(out) limit=60 fast=500 slow=2000 table=1 ;;
    ordinary) dir="$root/benchmarks/ordinary" glob='[a-z]*' exts=(out) limit=60 fast=500 slow=2000 table=1 ;;
    *) usage ;;
esac
set_name="$1"
check=0
case "${2:-}" in
    "") ;;
    --check) check=1 ;;
    *) usage ;;
esac

source "$root/scripts/select-cpython.sh"

cd "$dir"
shopt -s nullglob
# shellcheck disable=SC2206 # the glob is meant to expand
programs=($glob.py)
if ((${#programs[@]} == 0)); then
    echo "$0: no programs in $dir" >&2
    exit 1
fi

# The language subset is what the VM's front end accepts: compile every program with it, run nothing.
"$root/pyvm" check "${programs[@]}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=0
changed=0
((table)) && printf '| program | CPython 3.11 (s) | output |\n|---|---|---|\n'
for prog in "${programs[@]}"; do
    base="${prog%.py}"
    start=$(date +%s%N)
    status=0
    # -I: isolated mode (ignores PYTHON* environment variables and the user site directory).
    # The working directory is the program's; only the last stderr line is recorded, so the
    # absolute paths in tracebacks never reach the expected files.
    LC_ALL=C.UTF-8 timeout "$limit" "$python" -I "$prog" </dev/null >"$tmp/$base.out" 2>"$tmp/$base.err" || status=$?
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    error=""
    if [[ -s "$tmp/$base.err" ]]; then
        error="$(tail -n 1 "$tmp/$base.err")"
    fi
    printf 'exit=%s\nerror=%s\n' "$status" "$error" >"$tmp/$base.expected"
    ((table)) && printf '| %s | %d.%03d | `%s` |\n' "$prog" $((ms / 1000)) $((ms % 1000)) "$(tail -n 1 "$tmp/$base.out")"

    if [[ "$base" == [0-9][0-9]_err_* ]]; then
        if ((status == 0)) || [[ -z "$error" ]]; then
            echo "$prog: meant to end with an uncaught error, but exit=$status error=$error" >&2
            failed=1
        fi
    elif ((status != 0)) || [[ -s "$tmp/$base.err" ]]; then
        echo "$prog: meant to succeed, but exit=$status; stderr:" >&2
        cat "$tmp/$base.err" >&2
        failed=1
    fi
    if ((status == 124)); then
        echo "$prog: timed out" >&2
        failed=1
    fi
    if ((ms < fast || ms > slow)); then
        echo "$prog: warning: took ${ms} ms (aim for $fast-$slow ms on CPython 3.11)" >&2
    fi

    for ext in "${exts[@]}"; do
        if ! cmp -s "$tmp/$base.$ext" "$base.$ext" 2>/dev/null; then
            changed=1
            if ((check)); then
                echo "$base.$ext: differs from a fresh CPython run" >&2
                if [[ -f "$base.$ext" ]]; then
                    diff -u "$base.$ext" "$tmp/$base.$ext" | head -n 20 >&2 || true
                else
                    echo "  (missing)" >&2
                fi
            else
                cp "$tmp/$base.$ext" "$base.$ext"
                echo "wrote $base.$ext" >&2
            fi
        fi
    done
done

# Expected files whose program is gone.
for ext in "${exts[@]}"; do
    for f in $glob.$ext; do
        if [[ ! -f "${f%.*}.py" ]]; then
            changed=1
            if ((check)); then
                echo "$f: no program ${f%.*}.py" >&2
            else
                rm -f "$f"
                echo "removed $f" >&2
            fi
        fi
    done
done

if ((failed)); then
    exit 1
fi
if ((check && changed)); then
    echo "fix: run scripts/regen-expected.sh $set_name" >&2
    exit 1
fi
echo "${#programs[@]} programs, $($python --version 2>&1)" >&2
