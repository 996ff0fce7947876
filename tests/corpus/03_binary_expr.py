# `(a + b) * c`: two binary ops, the result of one feeding the other.
# Called with ints, floats and a mix, so a specializing interpreter sees each.


def f(a, b, c):
    return (a + b) * c


print(f(1, 2, 3))
print(f(-4, 1, 7))
print(f(1.5, 2.5, 2.0))
print(f(1, 2.5, 4))
print(f(0.1, 0.2, 10))
print(f(2, 3, 0))
print(f("ab", "c", 3))
