# fibonacci(100) with the loop from 01: the values overflow 64 bits at n = 93.


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in [90, 91, 92, 93, 94, 100, 150]:
    print(n, fibonacci(n))

# Consecutive ratios stay sane even when the values are big ints.
print(fibonacci(101) - fibonacci(100) == fibonacci(99))
print(fibonacci(100) / fibonacci(99))
