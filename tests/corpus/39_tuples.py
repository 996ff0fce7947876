# Tuples: displays, indexing, slicing, unpacking, swapping, returning several
# values, and tuples as dict keys.

t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], t[::-1])
single = (5,)
empty = ()
print(single, empty, len(single), len(empty))
a, b, c = t
print(a, b, c)
x = 1
y = 2
x, y = y, x
print(x, y)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
first, second = "ab"
print(first, second)
m, n = [10, 20]
print(m + n)
(u, v), w = (1, 2), 3
print(u, v, w)


def divmod_pair(a, b):
    return a // b, a % b


qt, rm = divmod_pair(17, 5)
print(qt, rm, divmod_pair(-17, 5))

pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name)

grid = {}
grid[(0, 1)] = "a"
grid[(2, 3)] = "b"
print(grid[(0, 1)], (2, 3) in grid, (3, 2) in grid)
print(tuple([1, 2, 3]), tuple("xy"), (1, 2) + (3,), (0,) * 3)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
