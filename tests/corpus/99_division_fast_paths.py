# Int %, // and numeric / in hot loops (their specializations BINARY_OP_REMAINDER_INT,
# BINARY_OP_FLOOR_DIVIDE_INT and BINARY_OP_TRUE_DIVIDE_NUMBER): signs of remainders and floored
# quotients, the small-int limits (SMALL_INT_MIN // -1 leaves the small ints), ints beyond 2**53
# divided exactly, mixed int/float division, and zero divisors raising after the fast path ran.

def rem(a, b):
    return a % b

def fdiv(a, b):
    return a // b

def tdiv(a, b):
    return a / b

vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 13, -13, 100, -100, 4611686018427387903, -4611686018427387904,
        9007199254740992, 9007199254740993, -9007199254740993, 2**62, -(2**62) - 1]
out = []
for k in range(3):
    for a in vals:
        for b in vals:
            if b != 0:
                out.append(rem(a, b))
                out.append(fdiv(a, b))
                out.append(tdiv(a, b))
            else:
                try:
                    rem(a, b)
                except ZeroDivisionError as e:
                    out.append("zr")
                try:
                    fdiv(a, b)
                except ZeroDivisionError as e:
                    out.append("zf")
                try:
                    tdiv(a, b)
                except ZeroDivisionError as e:
                    out.append("zt")
fl = [0.5, -0.25, 3.0, 1e300, 1e-300, -7.5]
for k in range(3):
    for a in fl + vals[:8]:
        for b in fl + vals[:8]:
            if b != 0:
                out.append(tdiv(a, b))
total = 0
for i in range(30000):
    total += (i * 7919) % 13 - (i // 7) % 5 + int(i / 3)
out.append(total)
s = 0.0
for i in range(1, 30000):
    s += 1.0 / i + i / 7 - (i % 10) / 3.0
out.append(s)
print(len(out), out[:40], out[-5:])
print(out)
