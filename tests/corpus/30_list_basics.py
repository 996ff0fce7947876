# Lists: append, pop, index, indexing with negative indices, item assignment.

xs = []
for i in range(10):
    xs.append(i * i)
print(xs, len(xs))
print(xs[0], xs[3], xs[-1], xs[-2])
xs[0] = 100
xs[-1] = -1
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(2))
print(xs)
print(xs.index(16), xs.index(100) if 100 in xs else "gone")
ys = xs
ys.append("shared")
print(xs[-1], len(xs) == len(ys))
zs = list(xs)
zs.append("copy")
print(len(xs), len(zs))
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2)
mixed = [1, "two", 3.0, None, [5], (6, 7), {"eight": 8}, True]
print(mixed)
print(len(mixed), mixed[4][0], mixed[5][1], mixed[6]["eight"])
print(list("abc"), list(range(4)), list((1, 2)))
e = []
print(e, len(e), not e)
