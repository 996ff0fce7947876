# Sourced by the script that writes expected outputs (scripts/regen-expected.sh): sets python to
# $PYTHON (default python3) and exits 1 unless it is CPython 3.11, the interpreter every
# committed .out file comes from.
python="${PYTHON:-python3}"
version="$("$python" --version 2>&1 | head -n 1 || true)"
impl="$("$python" -c 'import platform; print(platform.python_implementation())' 2>/dev/null || true)"
case "$version" in
    "Python 3.11."*) ;;
    *) echo "$0: expected results come from CPython 3.11, but '$python --version' says: $version" >&2
       echo "$0: set PYTHON to a CPython 3.11 interpreter" >&2
       exit 1 ;;
esac
if [[ "$impl" != "CPython" ]]; then
    echo "$0: '$python' is $impl, not CPython" >&2
    exit 1
fi
