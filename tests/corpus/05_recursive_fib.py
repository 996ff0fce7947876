# Naive doubly recursive fibonacci: deep call trees of one small function.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for n in range(21):
    print(n, fib(n))
