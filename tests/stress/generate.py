"""Writes random, well-formed programs in the corpus subset and their CPython 3.11 results.

usage: python3.11 tests/stress/generate.py OUTDIR COUNT [SEED]

Program i of seed S is the same on every machine (random.Random(S * 1_000_003 + i)). Each program
has a few functions with hot loops (up to 300 iterations, so tier 2 and the JIT get traces at
threshold 1) over int, big-int, float, str, list, dict and instance state; values change type
inside hot loops; operations that raise run inside try/except; numbers sit on the 2**62 / 2**63 /
2**64 boundaries; some programs end with an uncaught exception. For every NAME.py it writes
NAME.out (CPython's exact stdout) and NAME.expected (exit=, error= with the last stderr line), the
format of tests/corpus.
"""
import os
import random
import subprocess
import sys

BOUNDARY_INTS = [0, 1, -1, 2, 3, 7, 10, 255, 256, 1000, 2**31 - 1, 2**31, 2**53 + 1,
                 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
                 2**64 + 1, 10**20, -(10**25)]
FLOATS = ["0.0", "-0.0", "0.5", "1.5", "-2.25", "1e16", "1e-07", "3.141592653589793", "0.1",
          "1e300", "-7.75", "2.5e-05"]
STRS = ['"a"', '"xy"', '"hello"', '""', '"Z9"', '"a b c"']
MODULI = ["1000003", "97", "2**61 - 1", "2**64 + 13", "2**89 - 1"]
EXCEPTIONS = {
    "zero": ("ZeroDivisionError", "{v} // ({i} % 3 - 1)"),
    "mod": ("ZeroDivisionError", "{v} % ({i} % 4 - 2)"),
    "index": ("IndexError", "{l}[{i} % 40]"),
    "key": ("KeyError", "{d}[{i} % 11]"),
    "type": ("TypeError", "{v} + {s}"),
    "value": ("ValueError", "int({s} + \"x\")"),
}


class Program:
    def __init__(self, rnd):
        self.r = rnd
        self.lines = []
        self.functions = []

    def emit(self, depth, text):
        self.lines.append("    " * depth + text)

    def int_lit(self):
        if self.r.random() < 0.6:
            return str(self.r.choice(BOUNDARY_INTS))
        return str(self.r.randint(-5000, 5000))

    def small(self):
        return str(self.r.randint(1, 9))

    def int_expr(self, v, i):
        k = self.int_lit()
        return self.r.choice([
            f"{v} + {k}", f"{v} - {i} * {k}", f"{v} * {self.small()} + {i}", f"{v} // {self.small()}",
            f"{v} % {self.small()}", f"({v} & {k}) ^ {i}", f"{v} | {i}", f"({v} << {self.r.randint(0, 70)}) >> {self.r.randint(0, 70)}",
            f"-{v} + {i}", f"abs({v}) + {i}", f"min({v}, {k})", f"max({v}, {i})",
            f"{v} if {i} % 2 == 0 else {k}", f"{v} ** 2 + {i}", f"int({v} / {self.small()})",
        ])

    def num_expr(self, v, i):
        """Valid for ints and floats alike: the variable may have changed type."""
        return self.r.choice([
            f"{v} + {i}", f"{v} * {self.r.choice(['2', '0.5', '3'])} - {i}", f"{v} - {self.r.choice(FLOATS)}",
            f"{v} // {self.small()}", f"{v} % {self.small()}", f"abs({v}) + 1", f"min({v}, {i})", f"max({v}, -{i})",
            f"{v} / {self.small()}",
        ])

    def function(self, index):
        name = f"f{index}"
        n = self.r.choice([1, 2, 5, 17, 64, 150, 300])
        self.emit(0, f"def {name}(n, seed):")
        self.emit(1, f"x = seed")
        self.emit(1, f"y = {self.r.choice(FLOATS)}")
        self.emit(1, f"z = {self.int_lit()}")
        self.emit(1, f"s = {self.r.choice(STRS)}")
        self.emit(1, "lst = []")
        self.emit(1, "d = {}")
        self.emit(1, "caught = 0")
        if self.r.random() < 0.5:
            self.emit(1, f"obj = Box({self.int_lit()})")
        else:
            self.emit(1, "obj = None")
        self.emit(1, "for i in range(n):")
        mod = self.r.choice(MODULI)
        for _ in range(self.r.randint(2, 7)):
            self.statement(2, mod)
        if self.r.random() < 0.3:
            self.emit(1, "k = 0")
            self.emit(1, "while True:")
            self.emit(2, "k += 1")
            self.emit(2, f"if k % {self.r.randint(2, 9)} == 0:")
            self.emit(3, "continue")
            self.emit(2, f"x = (x + k) % ({mod})")
            self.emit(2, f"if k > {self.r.randint(3, 80)}:")
            self.emit(3, "break")
        for previous in self.functions[-2:]:
            if self.r.random() < 0.5:
                self.emit(1, f"x = (x + {previous}({self.r.randint(0, 40)}, x % 1000)[0]) % ({mod})")
        self.emit(1, "return x, y, z, s[-12:], lst[-6:], len(d), caught, obj.v if obj is not None else None")
        self.emit(0, "")
        self.functions.append(name)
        return name, n

    def statement(self, depth, mod):
        kind = self.r.choice(["int", "int", "float", "typechange", "str", "list", "dict", "try", "try", "obj",
                              "rec", "cmp", "big"])
        if kind == "int":
            self.emit(depth, f"x = ({self.int_expr('x', 'i')}) % ({mod})")
        elif kind == "big":
            self.emit(depth, f"z = ({self.int_expr('z', 'i')}) % ({self.r.choice(['2**64 + 13', '2**63', '2**62 + 1', '2**100'])})")
        elif kind == "float":
            self.emit(depth, f"y = y * {self.r.choice(['0.5', '0.25', '-0.5', '1.0'])} + {self.r.choice(['i', 'x % 7', '0.1', 'float(i)'])}")
        elif kind == "typechange":
            at = self.r.randint(0, 200)
            self.emit(depth, f"if i == {at}:")
            self.emit(depth + 1, f"z = {self.r.choice(['float(z % 1000)', 'z % 1000 + 0.5', 'True', 'z % 7 == 0'])}")
            self.emit(depth, f"z = {self.num_expr('z', 'i')}")
            self.emit(depth, "if z > 10**30 or z < -10**30:")
            self.emit(depth + 1, "z = i")
        elif kind == "str":
            self.emit(depth, f"s = s + {self.r.choice(['str(i % 10)', 's[:2]', self.r.choice(STRS), 'str(x % 100)'])}")
            self.emit(depth, "if len(s) > 40:")
            self.emit(depth + 1, f"s = s[{self.r.randint(-20, -1)}:]")
        elif kind == "list":
            self.emit(depth, f"lst.append({self.r.choice(['i', 'x % 1000', 'y', 's[-2:]', 'z'])})")
            self.emit(depth, "if len(lst) > 30:")
            self.emit(depth + 1, "lst.pop(0)")
        elif kind == "dict":
            self.emit(depth, f"d[i % {self.r.randint(2, 13)}] = d.get(i % 5, 0) + 1")
        elif kind == "try":
            key = self.r.choice(sorted(EXCEPTIONS))
            exc, expr = EXCEPTIONS[key]
            self.emit(depth, "try:")
            self.emit(depth + 1, "q = " + expr.format(v="x", i="i", l="lst", d="d", s="s"))
            self.emit(depth + 1, "x = (x + q) % (" + mod + ")" if key in ("zero", "mod") else "caught += 0")
            self.emit(depth, f"except {exc}:")
            self.emit(depth + 1, "caught += 1")
        elif kind == "obj":
            self.emit(depth, "if obj is not None:")
            self.emit(depth + 1, f"x = (x + obj.step(i)) % ({mod})")
        elif kind == "rec":
            self.emit(depth, f"if i % {self.r.randint(5, 60)} == 0:")
            self.emit(depth + 1, f"x = (x + rec(i % {self.r.randint(1, 40)})) % ({mod})")
        elif kind == "cmp":
            condition = self.r.choice(["x < z", "y >= x", "s < 'm'", "x == z", "i in d", "(x, i) < (z, 3)"])
            self.emit(depth, "if " + condition + ":")
            self.emit(depth + 1, "caught += 2")

    def program(self):
        self.emit(0, "class Box:")
        self.emit(1, "def __init__(self, v):")
        self.emit(2, "self.v = v")
        self.emit(1, "def step(self, k):")
        self.emit(2, f"self.v = (self.v * {self.small()} + k) % {self.r.choice(['1009', '2**70 + 1'])}")
        self.emit(2, "if k % 50 == 49:")
        self.emit(3, "self.v = float(self.v % 100)")
        self.emit(2, "return int(self.v)")
        self.emit(0, "")
        self.emit(0, "def rec(n):")
        self.emit(1, "if n <= 0:")
        self.emit(2, "return 0")
        self.emit(1, "return n + rec(n - 1)")
        self.emit(0, "")
        calls = []
        for index in range(self.r.randint(1, 4)):
            calls.append(self.function(index))
        for name, n in calls:
            self.emit(0, f"print({name!r}, {name}({n}, {self.int_lit()}))")
        if self.r.random() < 0.1:
            self.emit(0, self.r.choice([
                "print(1 // (len(str(f0(1, 2))) * 0))",
                "raise ValueError(\"done \" + str(len(f0(2, 3))))",
                "print([1, 2, 3][len(str(f0(1, 1))) + 10])",
                "print({1: 2}[f0(1, 5)[0] + 10**20])",
            ]))
        return "\n".join(self.lines) + "\n"


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: generate.py OUTDIR COUNT [SEED]")
    outdir, count = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) == 4 else 20
    os.makedirs(outdir, exist_ok=True)
    for i in range(count):
        name = f"stress_{seed}_{i:05d}"
        source = Program(random.Random(seed * 1_000_003 + i)).program()
        path = os.path.join(outdir, name + ".py")
        with open(path, "w") as f:
            f.write(source)
        run = subprocess.run([sys.executable, "-I", path], capture_output=True, text=True, timeout=60,
                             stdin=subprocess.DEVNULL)
        err_lines = run.stderr.strip().split("\n")
        with open(os.path.join(outdir, name + ".out"), "w") as f:
            f.write(run.stdout)
        with open(os.path.join(outdir, name + ".expected"), "w") as f:
            f.write(f"exit={run.returncode}\nerror={err_lines[-1] if run.stderr.strip() else ''}\n")


if __name__ == "__main__":
    main()
