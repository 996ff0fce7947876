#!/usr/bin/env bash
# Regenerates benchmarks/programs/NAME.out (the exact stdout of CPython 3.11, a line ending in
# the program's checksum) for every benchmark program, and prints how long each run took.
#
# usage: benchmarks/programs/regen-expected.sh [--check]
#   --check   write nothing; compare fresh results with the committed .out files, exit 1 on any
#             difference.
# environment: PYTHON (default python3) must be CPython 3.11.x.
#
# Every program must exit 0 with an empty stderr and stay inside the language subset
# (tests/corpus/check-subset.py). Programs should take roughly 0.5-2 s on CPython 3.11;
# times outside that range are reported as warnings.
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
programs=([a-z]*.py)
if ((${#programs[@]} == 0)); then
    echo "$0: no programs in $dir" >&2
    exit 1
fi

"$python" "$dir/../../tests/corpus/check-subset.py" "${programs[@]}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=0
changed=0
printf '| program | CPython 3.11 (s) | output |\n|---|---|---|\n'
for prog in "${programs[@]}"; do
    base="${prog%.py}"
    start=$(date +%s%N)
    status=0
    LC_ALL=C.UTF-8 timeout 60 "$python" -I "$prog" </dev/null >"$tmp/$base.out" 2>"$tmp/$base.err" || status=$?
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    printf '| %s | %d.%03d | `%s` |\n' "$prog" $((ms / 1000)) $((ms % 1000)) "$(tail -n 1 "$tmp/$base.out")"
    if ((status != 0)) || [[ -s "$tmp/$base.err" ]]; then
        echo "$prog: exit=$status; stderr:" >&2
        cat "$tmp/$base.err" >&2
        failed=1
        continue
    fi
    if ((ms < 500 || ms > 2000)); then
        echo "$prog: warning: took ${ms} ms (aim for 0.5-2 s on CPython 3.11)" >&2
    fi
    if ! cmp -s "$tmp/$base.out" "$base.out" 2>/dev/null; then
        changed=1
        if ((check)); then
            echo "$base.out: differs from a fresh CPython run" >&2
            if [[ -f "$base.out" ]]; then
                diff -u "$base.out" "$tmp/$base.out" >&2 || true
            fi
        else
            cp "$tmp/$base.out" "$base.out"
            echo "wrote $base.out" >&2
        fi
    fi
done

for f in [a-z]*.out; do
    if [[ ! -f "${f%.out}.py" ]]; then
        changed=1
        if ((check)); then
            echo "$f: no program ${f%.out}.py" >&2
        else
            rm -f "$f"
            echo "removed $f" >&2
        fi
    fi
done

if ((failed)); then
    exit 1
fi
if ((check && changed)); then
    echo "fix: run benchmarks/programs/regen-expected.sh" >&2
    exit 1
fi
