# The fibonacci loop from CPython's specialization/JIT talks, unchanged.
# Small n stays in small ints; n >= 93 overflows 64 bits (see 10_bigint_fib.py).


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in range(15):
    print(n, fibonacci(n))
print(fibonacci(50))
print(fibonacci(90))
