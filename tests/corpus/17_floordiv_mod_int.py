# `//` and `%` on ints: floor division rounds toward negative infinity and the
# remainder has the sign of the divisor (unlike C/Java truncation).

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (123, 1), (-123, 1)]
for a, b in pairs:
    print(a, b, a // b, a % b)

print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
print(9223372036854775807 // -2, 9223372036854775807 % -2)

# Digit extraction with a negative number shows the floor semantics.
n = -1234
digits = []
while n != 0 and len(digits) < 6:
    digits.append(n % 10)
    n = n // 10
print(digits, n)

# Index wrapping with % is a common idiom.
ring = ["a", "b", "c", "d", "e"]
out = ""
for i in range(-7, 8):
    out = out + ring[i % 5]
print(out)
