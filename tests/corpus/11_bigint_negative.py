# Negative big ints, and floor division / modulo of big ints with negative
# operands. Python floors toward negative infinity and the remainder takes
# the sign of the divisor, for big ints exactly as for small ones.

big = 2 ** 100
neg = -big
print(neg)
print(-(10 ** 25))
print(neg + 1)
print(neg - big)
print(neg * neg)
print(neg * 3)
print(abs(neg))
print(-neg == big)

print(big // 7, big % 7)
print(neg // 7, neg % 7)
print(big // -7, big % -7)
print(neg // -7, neg % -7)

print(neg // 1000000007, neg % 1000000007)
print(big // -(10 ** 20), big % -(10 ** 20))
print(neg // -(10 ** 20), neg % -(10 ** 20))

# The identity (a // b) * b + a % b == a holds for every sign combination.
values = [big, neg, big + 12345, -(big + 12345), 3 ** 70, -(3 ** 70)]
divisors = [7, -7, 10 ** 20, -(10 ** 20), 3 ** 40, -(3 ** 40)]
ok = True
for a in values:
    for b in divisors:
        q = a // b
        r = a % b
        if q * b + r != a:
            ok = False
        if b > 0 and (r < 0 or r >= b):
            ok = False
        if b < 0 and (r > 0 or r <= b):
            ok = False
print(ok)

# Shrinking back into the small-int range.
print((big + 5) - big)
print(neg // big)
print(-1 - neg - big)
print(big < -neg + 1, neg < -big + 1, neg < 0)
