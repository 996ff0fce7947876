#!/usr/bin/env bash
# Regenerates the expected results of the differential-test corpus with CPython 3.11:
# for every tests/corpus/NN_name.py it writes
#   NN_name.out       the exact stdout
#   NN_name.expected  two lines: `exit=<status>` and `error=<last line of stderr>`
#                     (nothing after `error=` when stderr is empty)
#
# usage: tests/corpus/regen-expected.sh [--check]
#   --check   write nothing; compare freshly produced results with the committed ones and
#             exit 1 on any difference (for CI / review).
# environment: PYTHON (default python3) must be CPython 3.11.x.
#
# It also checks that every program stays inside the language subset (check-subset.py), that
# programs named NN_err_*.py end with a non-zero status and an error line while all others exit 0
# with an empty stderr, and it warns about programs that take a second or more.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
check=0
case "${1:-}" in
    "") ;;
    --check) check=1 ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

source "$dir/../../scripts/select-cpython.sh"

cd "$dir"
shopt -s nullglob
programs=([0-9][0-9]_*.py)
if ((${#programs[@]} == 0)); then
    echo "$0: no programs in $dir" >&2
    exit 1
fi

"$python" check-subset.py "${programs[@]}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=0
changed=0
for prog in "${programs[@]}"; do
    base="${prog%.py}"
    start=$(date +%s%N)
    status=0
    # -I: isolated mode (ignores PYTHON* environment variables and the user site directory).
    # The working directory is the corpus directory; only the last stderr line is recorded, so
    # the absolute paths in tracebacks never reach the expected files.
    LC_ALL=C.UTF-8 timeout 20 "$python" -I "$prog" </dev/null >"$tmp/$base.out" 2>"$tmp/$base.err" || status=$?
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    error=""
    if [[ -s "$tmp/$base.err" ]]; then
        error="$(tail -n 1 "$tmp/$base.err")"
    fi
    printf 'exit=%s\nerror=%s\n' "$status" "$error" >"$tmp/$base.expected"

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
    if ((ms >= 1000)); then
        echo "$prog: warning: took ${ms} ms (corpus programs should finish well under 1 s)" >&2
    fi

    for ext in out expected; do
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
                echo "wrote $base.$ext"
            fi
        fi
    done
done

# Expected files whose program is gone.
for f in [0-9][0-9]_*.out [0-9][0-9]_*.expected; do
    if [[ ! -f "${f%.*}.py" ]]; then
        changed=1
        if ((check)); then
            echo "$f: no program ${f%.*}.py" >&2
        else
            rm -f "$f"
            echo "removed $f"
        fi
    fi
done

if ((failed)); then
    exit 1
fi
if ((check && changed)); then
    echo "fix: run tests/corpus/regen-expected.sh" >&2
    exit 1
fi
echo "${#programs[@]} programs, $($python --version 2>&1)"
