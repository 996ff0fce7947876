# Calls as arguments to calls, early returns from inside loops, and
# functions stored in lists and dicts and called through them.


def square(x):
    return x * x


def double(x):
    return x + x


def negate(x):
    return -x


def apply_all(fs, x):
    for f in fs:
        x = f(x)
    return x


def first_negative(xs):
    for i in range(len(xs)):
        if xs[i] < 0:
            return i
    return -1


print(square(double(negate(3))))
print(apply_all([square, double, negate], 3))
print(apply_all([], 7))
ops = {"sq": square, "dbl": double}
print(ops["sq"](5), ops["dbl"](ops["sq"](2)))
print(first_negative([3, 1, -4, -1]), first_negative([1, 2]), first_negative([]))
print(max(square(3), double(5), abs(negate(11))))
print(len(str(square(square(square(99))))))
f = square
print(f(12), f is square)
