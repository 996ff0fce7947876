# Benchmark: the fibonacci loop from CPython's specialization/JIT talks, called
# many times. All values stay below 2**63 (n <= 90), so a VM can keep them as
# machine ints. Prints a checksum.

N = 2000000


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main(iterations):
    checksum = 0
    for i in range(iterations):
        checksum = (checksum + fibonacci(i % 40)) % 1000000007
    return checksum


print("fib_loop", N, main(N))
