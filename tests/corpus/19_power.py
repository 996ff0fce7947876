# `**`: int ** non-negative int stays an int (possibly big), a negative
# exponent gives a float, float operands give floats.

print(2 ** 0, 2 ** 1, 2 ** 10)
print(0 ** 0, 0 ** 5, 1 ** 1000)
print((-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1)
print(2 ** -2)
print(10 ** -2)
print(10 ** -3)
print((-2) ** -3)
print(4 ** 0.5)
print(2 ** 0.5)
print(2.0 ** 10)
print(1.5 ** 2)
print(9 ** 0.5 == 3)
print(10.0 ** -1)
print(2 ** 3 ** 2)
print((2 ** 3) ** 2)
print(7 ** 23)
print((-3) ** 41)
print(1.0000001 ** 1000000)

result = 1
base = 3
for e in range(6):
    print(base, "**", e, "=", base ** e, result)
    result = result * base
