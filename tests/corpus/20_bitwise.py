# Bitwise operators on small, negative and big ints. Negative ints behave as
# infinite two's complement.

a = 12
b = 10
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1)
print(a << 2, a >> 2, 1 << 10)
print(-5 >> 1, -1 >> 10, -16 >> 2)
print(-5 & 255, -1 & 65535)
print(-12 | 3, -12 ^ 5)
print(5 & -2, 7 & ~2)
print(1 << 63)
print(1 << 64)
print(1 << 100)
print((1 << 100) >> 98)
print((2 ** 100 + 7) & 15)
print((2 ** 70) | 1)
print((2 ** 70) ^ (2 ** 70))
print(-(2 ** 70) >> 3)
print(~(2 ** 70))
print(True & False, True | False, True ^ True)


def popcount(n):
    count = 0
    while n:
        count += n & 1
        n = n >> 1
    return count


for n in [0, 1, 7, 8, 255, 1023, 2 ** 64 - 1]:
    print(n, popcount(n))

x = 0
for i in range(10):
    x = x ^ (i << i)
print(x)
