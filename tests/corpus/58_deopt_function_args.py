# A function warmed up with ints and then called with floats, big ints and
# bools, so type-specialized code must fall back; a second function is
# warmed up with ints and then given strings, lists and tuples.


def combine(a, b):
    c = a * 2 + b
    if c > a:
        return c - a
    return c


total = 0
for i in range(1000):
    total += combine(i, 3)
print(total)
print(combine(1.5, 0.25))
print(combine(2 ** 70, 1))
print(combine(True, False))
print(combine(-2 ** 70, 2 ** 69))

total = 0.0
for i in range(1000):
    total += combine(i * 0.1, 1)
print(total)
total = 0
for i in range(1000):
    total += combine(i, 3)
print(total)


def pair_sum(a, b):
    return a + b


for i in range(500):
    pair_sum(i, i)
print(pair_sum(1, 2), pair_sum("ab", "c"), pair_sum([1], [2]), pair_sum((1,), ()), pair_sum(0.5, 1))


def index_of(seq, i):
    return seq[i]


print(index_of([10, 20, 30], 1), index_of("xyz", -1), index_of((7, 8), 0), index_of({"k": "v"}, "k"))
