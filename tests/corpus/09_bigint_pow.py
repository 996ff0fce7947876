# Big-int arithmetic: powers of two and ten beyond 64 bits, and operations
# mixing small and big ints.

print(2 ** 10)
print(2 ** 62)
print(2 ** 63)
print(2 ** 64)
print(2 ** 100)
print(10 ** 30)
print(2 ** 100 - 1)
print(2 ** 100 + 2 ** 99)
print(2 ** 100 // 2 ** 98)
print(2 ** 100 % 1000007)
print((2 ** 64) * (2 ** 64))
print(2 ** 128 == (2 ** 64) ** 2)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print(3 ** 50)
print(len(str(2 ** 1000)))

x = 1
for i in range(70):
    x = x * 2
print(x)
print(x > 2 ** 69, x < 2 ** 71)
print(float(2 ** 100))
print(int(float(2 ** 60)))
