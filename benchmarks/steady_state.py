"""CPython's steady state for benchmarks/SteadyState.java (a benchmark, not a test).

Runs a benchmark program's work again and again in one warm CPython process: each run reads,
compiles and execs the program file in fresh globals (as `python3 FILE` would, minus start-up),
with stdout captured and compared with the program's .out file.

  python3 benchmarks/steady_state.py --serve          one program path per stdin line; answers
                                                       microseconds (or "error: ...") per line
  python3 benchmarks/steady_state.py [--runs N] FILE  N timed runs of FILE, one line each
"""
import contextlib
import io
import os
import sys
import time


def run_once(path):
    """One run of the program at path; returns its wall time in microseconds."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    expected_path = os.path.splitext(path)[0] + ".out"
    captured = io.StringIO()
    start = time.perf_counter_ns()
    with contextlib.redirect_stdout(captured):
        exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})
    micros = (time.perf_counter_ns() - start) // 1000
    if os.path.exists(expected_path):
        with open(expected_path, encoding="utf-8") as f:
            if captured.getvalue() != f.read():
                raise RuntimeError(f"{path} printed {captured.getvalue()!r}, not its .out file")
    return micros


def serve():
    for line in sys.stdin:
        try:
            answer = str(run_once(line.strip()))
        except Exception as e:  # reported to the harness, which stops with it
            answer = f"error: {e!r}"
        print(answer, flush=True)


def main(argv):
    if argv == ["--serve"]:
        serve()
        return
    runs = 3
    if len(argv) >= 2 and argv[0] == "--runs":
        runs, argv = int(argv[1]), argv[2:]
    for path in argv:
        for _ in range(runs):
            print(path, run_once(path))


if __name__ == "__main__":
    main(sys.argv[1:])
