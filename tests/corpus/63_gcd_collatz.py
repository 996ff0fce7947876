# Small number-theory loops: gcd/lcm (also on big ints), Collatz lengths,
# digit sums.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 80, 6 ** 40))
print(lcm(4, 6), lcm(21, 6))
m = 1
for i in range(1, 31):
    m = lcm(m, i)
print(m)

best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz_length(n)
    if c > best:
        best = c
        best_n = n
print(best_n, best)
print(digit_sum(2 ** 100), digit_sum(0), digit_sum(999))
