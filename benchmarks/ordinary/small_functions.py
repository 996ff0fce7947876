# Ordinary program (issue 17): small functions called from a hot loop, and recursion.
# Prints the loop's sum and fib(FIB_N).

N = 9000000
FIB_N = 28


def sq(x):
    return x * x


def clamp(v, lo, hi):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(n):
    acc = 0
    for i in range(n):
        acc += clamp(sq(i % 100) - 2500, 0, 5000)
    return acc


print("small_functions", N, FIB_N, work(N), fib(FIB_N))
