# Factorial, recursive and iterative; factorial(21) and up no longer fit in
# 64 bits, so results must switch to arbitrary precision.


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def factorial_iter(n):
    result = 1
    i = 2
    while i <= n:
        result = result * i
        i += 1
    return result


for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, factorial(n), factorial_iter(n), factorial(n) == factorial_iter(n))
print(factorial(30) // factorial(28))
print(factorial(50))
