"""Regenerates the CPython reference tables under src/test/resources/cpython/.

Run with CPython 3.11 (the subset's reference): python3 gen_tables.py
Each line is tab-separated; expected results are repr() of the value or the traceback's last line.
"""
import math
import os
import random
import struct

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "cpython")

NB = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
CMP = ["<", "<=", "==", "!=", ">", ">="]


def outcome(thunk):
    try:
        return repr(thunk())
    except Exception as e:  # the traceback's last line
        msg = str(e)
        return type(e).__name__ + (": " + msg if msg else "")


def floats():
    random.seed(311)
    values = [0.1, 0.2, 0.30000000000000004, 1e16, 1e-5, 1.5e300, -0.0, 0.0, 100.0, 1234567890123456.0,
              12345678901234567.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              0.0001, 0.00001234, 123456.789, 1 / 3, 2 / 3, math.pi, math.e, 9007199254740993.0, 1e15, 1e16 - 2,
              9.999999999999999e15, 0.5, 1.0, -1.0, 4.35, 2.675, 1e-7, 123e-10, 7e-4, 3.0e-5]
    for _ in range(400):
        bits = random.getrandbits(64)
        d = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isfinite(d):
            values.append(d)
    for _ in range(200):
        values.append(random.uniform(-1e6, 1e6))
        values.append(float(random.randint(1, 10**random.randint(1, 20))) / 10**random.randint(0, 25))
    with open(os.path.join(OUT, "float-repr.tsv"), "w") as f:
        for d in values:
            bits = struct.unpack("<Q", struct.pack("<d", d))[0]
            f.write("%016x\t%s\n" % (bits, repr(d)))


def operands():
    big = 2**62
    ints = [0, 1, -1, 2, -2, 3, -7, 7, 10, 62, 63, 64, big - 1, big, -big, -big - 1, 2**63, -(2**63), 2**64 + 5,
            -(2**100), 3**50, 12345678901234567890]
    fls = [0.0, -0.0, 1.5, -2.5, 0.1, 3.0, -7.0, 1e300, float("inf"), float("-inf"), float("nan"), 2.0**62]
    return ints + fls + [True, False]


def binary_ops():
    vals = operands()
    with open(os.path.join(OUT, "binary-ops.tsv"), "w") as f:
        for op in NB:
            if op == "@":
                continue
            for a in vals:
                for b in vals:
                    if op == "**" and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 100 \
                            and abs(a) > 1:
                        continue
                    if op == "<<" and isinstance(b, int) and b > 200:
                        continue
                    res = outcome(lambda: eval("a %s b" % op, {"a": a, "b": b}))
                    f.write("%s\t%r\t%r\t%s\n" % (op, a, b, res))


def comparisons():
    vals = operands() + [2**53 + 1, 2.0**53, 9007199254740993, "a", "b", "ab", "", None, (1, 2), (1, 3), [1], [1, 2]]
    with open(os.path.join(OUT, "comparisons.tsv"), "w") as f:
        for op in CMP:
            for a in vals:
                for b in vals:
                    res = outcome(lambda: eval("a %s b" % op, {"a": a, "b": b}))
                    f.write("%s\t%r\t%r\t%s\n" % (op, a, b, res))


floats()
binary_ops()
comparisons()
