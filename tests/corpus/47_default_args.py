# Default argument values: evaluated once at def time, can be overridden
# positionally.


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))

base = 10


def add_base(x, b=base):
    return x + b


base = 1000
print(add_base(1), add_base(1, 2))


def power(x, e=2, scale=1.0):
    return x ** e * scale


print(power(3), power(3, 3), power(2, 10, 0.5))


def count_down(n, step=1, stop=0):
    out = []
    while n > stop:
        out.append(n)
        n -= step
    return out


print(count_down(5), count_down(10, 3), count_down(10, 2, 4))


def describe(x, unit=None):
    if unit is None:
        return str(x)
    return str(x) + " " + unit


print(describe(3), describe(3, "kg"))
