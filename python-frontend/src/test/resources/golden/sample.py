# Exercises every construct of the subset; the dump is in sample.ast.
counter = 0


def fib(n, verbose=False):
    global counter
    a, b = 0, 1
    i = 0
    while i < n:
        a, b = b, a + b
        i += 1
        if verbose and not a == 0:
            print(a, sep=", ", end="")
    counter = counter + 1
    return a


def total_to(n):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        elif i > 100:
            break
        else:
            pass
        total += i
    return total


class Base:
    pass


class Point(Base):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2


def shapes(a, b, c):
    xs = [1, 2.5, 'single', "double\t\n", None, True, False]
    t = (a, b,)
    empty = ()
    one = (a,)
    d = {"k": 1, 2: [3, 4]}
    xs[0] = (a + b) * c
    d["k"] -= -2 ** 2
    p = Point(1, y=2)
    p.x //= 3
    if 0 <= a < b <= c and a is not None or b not in xs:
        print(xs[1:3], xs[:2], xs[1:], xs[::2], xs[-1])
    big = 123456789012345678901234567890 + 0x_ff + 0o17 + 0b101
    bits = a | b ^ c & ~a << 2 >> 1
    s = "a" 'b' """c"""
    sign = "neg" if a < 0 else "pos"
    return big, bits, s


try:
    x = shapes(1, 2, 3)
    print(fib(10), total_to(10), Point(3, 4).norm2())
except ZeroDivisionError as e:
    print(e)
except KeyError:
    raise ValueError("bad")
