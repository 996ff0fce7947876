# Benchmark: the `total += i` loop from CPython's design talks over a big range.
# The running total stays below 2**63. Prints a checksum.

N = 10000000
REPEAT = 4


def total_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def main():
    checksum = 0
    for r in range(REPEAT):
        checksum += total_loop(N + r)
    return checksum


print("total_loop", N, REPEAT, main())
