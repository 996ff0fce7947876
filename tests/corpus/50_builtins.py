# A tour of the small builtins: abs min max sum len int float str bool list
# tuple dict repr round chr ord.

print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 80)))
print(min(4, 2, 8), max(4, 2, 8), min([3.5, -1]), max("hello"))
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(5)), sum([], 0))
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1, "b": 2}), len(range(3, 10, 2)))
print(int("42"), int(4.9), int(-4.9), float("1.25"), float(3), str(10) + "!")
print(bool(1), bool(0.0), bool("x"), bool([]), bool(None))
print(list("hi"), tuple([1, 2]), dict([(1, 2)]))
print(repr("q"), repr([1, "q"]), repr(1.0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3))
print(round(7), round(7.0), round(0.5), round(1.5), round(-0.5))
print(round(1234.5678, -2), round(1234, -2))
print(chr(65), chr(97), ord("A"), ord("z"), ord("0"), chr(ord("a") + 25))
