# Benchmark: naive doubly recursive fibonacci (call-heavy). Prints the result.

N = 34


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("recursive_fib", N, fib(N))
