# Unary minus (also of parenthesised expressions and of itself), bitwise not
# `~` and `not`, on ints, big ints, floats and bools; precedence of -x ** 2.

x = 5
print(-x, --x, -(-x), ~x, ~~x, not x)
print(-0, -0.0, -(2 ** 63), -(-(2 ** 63)), ~(2 ** 63))
print(-2.5, -(1 / 3), -(1e308 * 10))
print(-True, ~True, ~False, not False)
y = -x * 2
z = -(x * 2)
print(y, z, -x ** 2, (-x) ** 2)
v = 3
v = -v
v = -v
print(v)
total = 0
for i in range(5):
    total += -i
print(total, -total)
